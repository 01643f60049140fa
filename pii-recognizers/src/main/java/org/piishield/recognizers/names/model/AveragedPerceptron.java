package org.piishield.recognizers.names.model;

/**
 * The learner: a multi-class perceptron over hashed features whose final weights are the average of the
 * weights after every example, which generalises far better than the last weights [1]. Averages are kept
 * lazily: each weight remembers the clock of its last change and its running total [2]. Deterministic: the
 * same examples in the same order give the same model. Not thread-safe.
 */
final class AveragedPerceptron implements LabelScorer {

  /*
   * [1] Freund and Schapire, "Large margin classification using the perceptron algorithm", 1999;
   *     Collins, "Discriminative training methods for hidden Markov models", EMNLP 2002.
   * [2] Daumé III, "A Course in Machine Learning", ch. 4 (averaged perceptron with lazy updates).
   */

  private final int featureBits;
  private final int mask;
  private final float[] weights;
  private final double[] totals;
  private final int[] stamps;
  private int clock = 1;

  AveragedPerceptron(int featureBits) {
    this.featureBits = featureBits;
    this.mask = (1 << featureBits) - 1;
    int size = NerLabels.STRIDE << featureBits;
    this.weights = new float[size];
    this.totals = new double[size];
    this.stamps = new int[size];
  }

  @Override
  public void accumulate(int[] features, int n, float[] scores) {
    for (int i = 0; i < n; i++) {
      int base = (features[i] & mask) << NerLabels.STRIDE_SHIFT;
      for (int l = 0; l < NerLabels.COUNT; l++) {
        scores[l] += weights[base + l];
      }
    }
  }

  /** Moves the weights of {@code features[0, n)} towards {@code gold} and away from {@code guess}. */
  void update(int[] features, int n, int gold, int guess) {
    for (int i = 0; i < n; i++) {
      int base = (features[i] & mask) << NerLabels.STRIDE_SHIFT;
      change(base + gold, 1f);
      change(base + guess, -1f);
    }
  }

  /** Counts one example seen (whether or not it changed the weights). */
  void tick() {
    clock++;
  }

  private void change(int i, float delta) {
    totals[i] += (double) (clock - stamps[i]) * weights[i];
    stamps[i] = clock;
    weights[i] += delta;
  }

  /** The averaged weights as an immutable model. */
  NerModel average() {
    float[] avg = new float[weights.length];
    for (int i = 0; i < weights.length; i++) {
      double total = totals[i] + (double) (clock - stamps[i]) * weights[i];
      avg[i] = (float) (total / clock);
    }
    return new NerModel(featureBits, avg);
  }
}
