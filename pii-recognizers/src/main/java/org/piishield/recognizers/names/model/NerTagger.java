package org.piishield.recognizers.names.model;

import java.util.Arrays;

/**
 * Greedy left-to-right decoding: each token gets the best-scoring label that keeps the BIO sequence well
 * formed ({@link NerLabels#isAllowed}), given its own features and the two labels chosen before it. The
 * margin of a token is its best score minus the runner-up's, a cheap confidence. Used by the recognizer
 * and, with the learner as scorer, by the trainer. Per thread; not thread-safe.
 */
final class NerTagger {

  private final HashingFeatureSink features = new HashingFeatureSink();
  private final HashingFeatureSink history = new HashingFeatureSink();
  private final StringBuilder shape = new StringBuilder();
  private final float[] scores = new float[NerLabels.COUNT];
  private int[] labels = new int[64];
  private float[] margins = new float[64];
  private float lastMargin;

  /** Tags tokens {@code [w.from(), w.to())}; read the result with {@link #label} and {@link #margin}. */
  void tag(TokenWindow w, LabelScorer model) {
    int n = w.to() - w.from();
    if (labels.length < n) {
      labels = new int[Math.max(n, labels.length * 2)];
      margins = new float[labels.length];
    }
    int p1 = NerLabels.START;
    int p2 = NerLabels.START;
    for (int t = w.from(); t < w.to(); t++) {
      features.clear();
      NerFeatures.extract(w, t, shape, features);
      int label = decide(model, features.hashes(), features.size(), p1, p2, NerFeatures.capCode(w.ctx(), t));
      labels[t - w.from()] = label;
      margins[t - w.from()] = lastMargin;
      p2 = p1;
      p1 = label;
    }
  }

  /** The label of the {@code i}-th token of the last window tagged. */
  int label(int i) {
    return labels[i];
  }

  /** The margin of the {@code i}-th token of the last window tagged. */
  float margin(int i) {
    return margins[i];
  }

  /**
   * The best allowed label for a token with static features {@code feats[0, n)}, previous labels
   * {@code p1}, {@code p2} and capitalisation code {@code cap}; its margin is kept for {@link #margin}. The
   * history features stay in {@link #historyFeatures()} until the next call.
   */
  int decide(LabelScorer model, int[] feats, int n, int p1, int p2, int cap) {
    Arrays.fill(scores, 0f);
    model.accumulate(feats, n, scores);
    history.clear();
    NerFeatures.history(p1, p2, cap, history);
    model.accumulate(history.hashes(), history.size(), scores);
    int best = -1;
    float bestScore = Float.NEGATIVE_INFINITY;
    float second = Float.NEGATIVE_INFINITY;
    for (int l = 0; l < NerLabels.COUNT; l++) {
      if (!NerLabels.isAllowed(p1, l)) {
        continue;
      }
      float s = scores[l];
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = l;
      } else if (s > second) {
        second = s;
      }
    }
    lastMargin = bestScore - second;
    return best;
  }

  /** The history features of the last {@link #decide} call. */
  HashingFeatureSink historyFeatures() {
    return history;
  }
}
