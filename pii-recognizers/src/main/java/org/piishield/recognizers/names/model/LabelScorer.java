package org.piishield.recognizers.names.model;

/** Adds the weights of hashed features to per-label scores: the trained {@link NerModel} or the learner. */
interface LabelScorer {

  /** Adds, for every label {@code l}, the weight of each of {@code features[0, n)} for {@code l} to {@code scores[l]}. */
  void accumulate(int[] features, int n, float[] scores);
}
