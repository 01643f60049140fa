package org.piishield.recognizers.names.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A trained tagger: one weight per (hashed feature bucket, label), {@code 2^featureBits} buckets of
 * {@link NerLabels#STRIDE} weights (the last one unused), the weights of one bucket side by side so a
 * feature costs one cache line.
 * Immutable and thread-safe; stored with {@link #save} and read with {@link #load} (format in
 * {@link NerModelFormat}).
 */
public final class NerModel implements LabelScorer {

  private final int featureBits;
  private final int mask;
  private final float[] weights;

  NerModel(int featureBits, float[] weights) {
    if (featureBits < 4 || featureBits > 24) {
      throw new IllegalArgumentException("feature bits must be 4..24, was " + featureBits);
    }
    if (weights.length != (NerLabels.STRIDE << featureBits)) {
      throw new IllegalArgumentException("expected " + (NerLabels.STRIDE << featureBits) + " weights, got "
          + weights.length);
    }
    this.featureBits = featureBits;
    this.mask = (1 << featureBits) - 1;
    this.weights = weights;
  }

  /** Reads a model written by {@link #save}; {@code name} (e.g. the resource path) is used in error messages. */
  public static NerModel load(InputStream in, String name) throws IOException {
    return NerModelFormat.read(in, name);
  }

  /** Writes this model; the same model always gives the same bytes. */
  public void save(OutputStream out) throws IOException {
    NerModelFormat.write(this, out);
  }

  /** Log2 of the number of feature buckets. */
  public int featureBits() {
    return featureBits;
  }

  float[] weights() {
    return weights;
  }

  @Override
  public void accumulate(int[] features, int n, float[] scores) {
    float[] w = weights;
    for (int i = 0; i < n; i++) {
      int base = (features[i] & mask) << NerLabels.STRIDE_SHIFT;
      for (int l = 0; l < NerLabels.COUNT; l++) {
        scores[l] += w[base + l];
      }
    }
  }
}
