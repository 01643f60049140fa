package org.piishield.registry.normalize;

import org.piishield.text.FoldedWordSet;

/**
 * In-place lookups of the USPS Pub 28 words {@link AddressVariants} canonicalises, for scanning documents
 * without allocating: {@code kind("Vive en 742 Evergreen Terrace", 24, 7)} is {@link #SUFFIX}
 * ({@code "Terrace"}); {@code "N"} is a {@link #DIRECTIONAL}, {@code "Apt"} a {@link #UNIT}; a word may
 * have several kinds ({@code "Key"} is a suffix and a unit). Case and accents are folded. The bare
 * {@code #} is a unit sign, not a word, and has no kind. Thread-safe.
 */
public final class StreetWords {

  /** Kind bit of a street suffix word or abbreviation ({@code Street}, {@code St}, {@code Ter}). */
  public static final int SUFFIX = 1;
  /** Kind bit of a directional ({@code North}, {@code N}, {@code NW}). */
  public static final int DIRECTIONAL = 2;
  /** Kind bit of a unit designator word ({@code Apartment}, {@code Apt}, {@code Unit}, {@code Suite}). */
  public static final int UNIT = 4;

  private StreetWords() {}

  /** The kind bits of the word {@code text[off, off+len)}; 0 for any other word. */
  public static int kind(CharSequence text, int off, int len) {
    int k = UspsTables.WORD_KINDS.get(text, off, len);
    return k == FoldedWordSet.ABSENT ? 0 : k;
  }
}
