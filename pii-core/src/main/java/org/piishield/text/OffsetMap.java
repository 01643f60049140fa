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
 *
 * <p>A derived char may stand for several original chars ({@link Builder#wide}): in {@code "ann&#64;x.org"}
 * (derived {@code "ann@x.org"}) the {@code @} at derived 3 comes from the five chars {@code &#64;}, so a span
 * ending just after it ends at original 8, and a replacement removes the whole reference.
 */
public final class OffsetMap {

  private static final OffsetMap IDENTITY = new OffsetMap(new int[0], new int[0]);

  private final int[] derived;
  private final int[] delta;
  /** Derived offsets of the chars that stand for more than one original char, ascending, and their widths. */
  private final int[] wideAt;
  private final int[] wideLen;

  private OffsetMap(int[] derived, int[] delta) {
    this(derived, delta, new int[0], new int[0]);
  }

  private OffsetMap(int[] derived, int[] delta, int[] wideAt, int[] wideLen) {
    this.derived = derived;
    this.delta = delta;
    this.wideAt = wideAt;
    this.wideLen = wideLen;
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
    return d == 0 ? toOriginal(0) : toOriginal(d - 1) + width(d - 1);
  }

  /** How many original chars the derived char at {@code d} stands for (1 unless {@link Builder#wide}). */
  public int width(int d) {
    int i = Arrays.binarySearch(wideAt, d);
    return i >= 0 ? wideLen[i] : 1;
  }

  /** Builds a map; points must be added in strictly ascending derived order. */
  public static final class Builder {
    private int[] derived = new int[16];
    private int[] delta = new int[16];
    private int n;
    private int[] wideAt = new int[0];
    private int[] wideLen = new int[0];
    private int wn;

    /**
     * The derived char at {@code d} stands for {@code originalLength} original chars (e.g. 5 for
     * {@code &amp;}); calls must ascend in {@code d}.
     */
    public Builder wide(int d, int originalLength) {
      if (originalLength < 2) {
        return this;
      }
      if (wn > 0 && wideAt[wn - 1] >= d) {
        throw new IllegalArgumentException("wide chars must ascend: " + d + " after " + wideAt[wn - 1]);
      }
      if (wn == wideAt.length) {
        wideAt = Arrays.copyOf(wideAt, Math.max(8, wn * 2));
        wideLen = Arrays.copyOf(wideLen, Math.max(8, wn * 2));
      }
      wideAt[wn] = d;
      wideLen[wn] = originalLength;
      wn++;
      return this;
    }

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
      if (n == 0 && wn == 0) {
        return IDENTITY;
      }
      return new OffsetMap(Arrays.copyOf(derived, n), Arrays.copyOf(delta, n), Arrays.copyOf(wideAt, wn),
          Arrays.copyOf(wideLen, wn));
    }
  }
}
