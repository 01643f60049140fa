package org.piishield.recognizers.names.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AveragedPerceptronTest {

  /** Four examples, each a bias feature and one feature that decides the label; separable. */
  private static final int[][] FEATURES = {{7, 101}, {7, 202}, {7, 303}, {7, 404}};
  private static final int[] LABELS = {NerLabels.B_PER, NerLabels.B_LOC, NerLabels.B_ORG, NerLabels.O};

  private static int predict(LabelScorer scorer, int[] features) {
    float[] scores = new float[NerLabels.COUNT];
    scorer.accumulate(features, features.length, scores);
    int best = 0;
    for (int l = 1; l < scores.length; l++) {
      if (scores[l] > scores[best]) {
        best = l;
      }
    }
    return best;
  }

  @Test
  void average_separableSet_classifiesEveryExample() {
    AveragedPerceptron p = new AveragedPerceptron(8);
    for (int epoch = 0; epoch < 5; epoch++) {
      for (int i = 0; i < FEATURES.length; i++) {
        int guess = predict(p, FEATURES[i]);
        if (guess != LABELS[i]) {
          p.update(FEATURES[i], FEATURES[i].length, LABELS[i], guess);
        }
        p.tick();
      }
    }
    NerModel model = p.average();
    for (int i = 0; i < FEATURES.length; i++) {
      assertEquals(LABELS[i], predict(model, FEATURES[i]), "example " + i);
    }
  }

  @Test
  void average_untrained_isAllZero() {
    NerModel model = new AveragedPerceptron(4).average();
    float[] scores = new float[NerLabels.COUNT];
    model.accumulate(new int[] {1, 2, 3}, 3, scores);
    assertEquals(0f, scores[NerLabels.B_PER]);
    assertEquals(0f, scores[NerLabels.O]);
  }

  @Test
  void average_oneEarlyUpdate_weighsByTimeHeld() {
    AveragedPerceptron p = new AveragedPerceptron(4);
    p.update(new int[] {5}, 1, NerLabels.B_PER, NerLabels.O); // at clock 1: +1 for B-PER, -1 for O
    p.tick();
    p.tick();
    p.tick(); // clock 4: held for 3 of 4 ticks
    float[] scores = new float[NerLabels.COUNT];
    p.average().accumulate(new int[] {5}, 1, scores);
    assertEquals(0.75f, scores[NerLabels.B_PER], 1e-6);
    assertEquals(-0.75f, scores[NerLabels.O], 1e-6);
  }
}
