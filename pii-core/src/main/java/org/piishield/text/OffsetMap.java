package org.piishield.text;

import java.util.Arrays;

/**
 * Maps offsets in a derived text (for example HTML with its tags stripped) back to offsets in the original.
 *
 * <p>Stored as correction points: from derived offset {@code derived[i]} onwards, original offset =
 * derived offset + {@code delta[i]}. Lookups are a binary search over two {@code int[]}s. An identity
 * map has no points. Immutable once built; build with {@link Builder} in ascending derived order.
 *
 * <p>Example: original {@code "<b>Ann</b> Lee"} derives {@code "Ann Lee"}; derived 0 maps to 3, derived 3
 * (the space) to 10.
 */
public final class OffsetMap {

  private static final OffsetMap IDENTITY = new OffsetMap(new int[0], new int[0]);

  private final int[] derived;
  private final int[] delta;

  private OffsetMap(int[] derived, int[] delta) {
    this.derived = derived;
    this.delta = delta;
  }

  public static OffsetMap identity() {
    return IDENTITY;
  }

  /** The original offset of the char at derived offset {@code d} (use for span starts). */
  public int toOriginal(int d) {
    int i = Arrays.binarySearch(derived, d);
    if (i < 0) {
      i = -i - 2;
    }
    return i < 0 ? d : d + delta[i];
  }

  /**
   * The original end offset for a derived span ending (exclusively) at {@code d}: one past the original
   * position of the last char, so tags that follow the span stay outside it.
   */
  public int toOriginalEnd(int d) {
    return d == 0 ? toOriginal(0) : toOriginal(d - 1) + 1;
  }

  /** Builds a map; points must be added in strictly ascending derived order. */
  public static final class Builder {
    private int[] derived = new int[16];
    private int[] delta = new int[16];
    private int n;

    /** From derived offset {@code d} on, original = derived + {@code delta}. */
    public Builder add(int d, int deltaValue) {
      if (n > 0 && derived[n - 1] == d) {
        delta[n - 1] = deltaValue;
        return this;
      }
      if (n > 0 && derived[n - 1] > d) {
        throw new IllegalArgumentException("offset points must ascend: " + d + " after " + derived[n - 1]);
      }
      if (n > 0 && delta[n - 1] == deltaValue) {
        return this;
      }
      if (n == derived.length) {
        derived = Arrays.copyOf(derived, n * 2);
        delta = Arrays.copyOf(delta, n * 2);
      }
      derived[n] = d;
      delta[n] = deltaValue;
      n++;
      return this;
    }

    public OffsetMap build() {
      return n == 0 ? IDENTITY : new OffsetMap(Arrays.copyOf(derived, n), Arrays.copyOf(delta, n));
    }
  }
}
