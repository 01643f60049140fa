package org.piishield.registry.index;

import java.util.Arrays;

/**
 * A small approximate set of 64-bit name-part probes (a blocked Bloom filter: two bits in one 64-bit word
 * per probe, 16 bits per distinct probe), so a document scanner can reject, from a structure that stays in
 * the CPU cache even with a million people enrolled, the words that belong to no enrolled name. False
 * positives (about 1.5 %) cost one index probe; there are no false negatives. Holds keyed probes only.
 * Immutable and thread-safe.
 *
 * <p>Example: a filter built from {@code {p1, p2}} answers {@code mightContain(p1)} true and, for a probe
 * never added, usually false.
 */
public final class PartFilter {

  private final long[] words;
  private final int mask;

  private PartFilter(long[] words) {
    this.words = words;
    this.mask = words.length - 1;
  }

  /**
   * A filter holding {@code probes[0, count)}; duplicates are allowed (the range is sorted in place and sized
   * by its distinct probes: a million people's ~15M name words are ~100K distinct words, so the filter stays
   * small enough for the CPU cache).
   */
  public static PartFilter of(long[] probes, int count) {
    Arrays.sort(probes, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || probes[i] != probes[i - 1]) {
        probes[distinct++] = probes[i];
      }
    }
    count = distinct;
    long wanted = Math.max(64, (long) count * 16 / 64);
    int n = Integer.highestOneBit((int) Math.min(1 << 30, wanted - 1)) << 1;
    long[] words = new long[n];
    PartFilter f = new PartFilter(words);
    for (int i = 0; i < count; i++) {
      long p = probes[i];
      words[f.word(p)] |= bits(p);
    }
    return f;
  }

  /** Whether {@code probe} may have been added. */
  public boolean mightContain(long probe) {
    long b = bits(probe);
    return (words[word(probe)] & b) == b;
  }

  /** Bytes held. */
  public long memoryBytes() {
    return (long) words.length * Long.BYTES;
  }

  private int word(long probe) {
    return (int) (probe >>> 40) & mask;
  }

  private static long bits(long probe) {
    return (1L << (probe & 63)) | (1L << ((probe >>> 6) & 63));
  }

  @Override
  public String toString() {
    return "PartFilter[" + words.length * 64L + " bits]";
  }
}
