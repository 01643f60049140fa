package org.piishield.registry.normalize;

/**
 * In-place lookups of the USPS Pub 28 words {@link AddressVariants} canonicalises, for scanning documents
 * without allocating: {@code isSuffix("Vive en 742 Evergreen Terrace", 24, 7)} is {@code true}
 * ({@code "Terrace"}), as are {@code isDirectional(…"N"…)} and {@code isUnit(…"Apt"…)}. Case and accents
 * are folded. The bare {@code #} is a unit sign, not a word, and is not in {@link #isUnit}. Thread-safe.
 */
public final class StreetWords {

  private StreetWords() {}

  /** Whether {@code text[off, off+len)} is a street suffix word or abbreviation ({@code Street}, {@code St}, {@code Ter}). */
  public static boolean isSuffix(CharSequence text, int off, int len) {
    return UspsTables.SUFFIX_WORDS.contains(text, off, len);
  }

  /** Whether {@code text[off, off+len)} is a directional ({@code North}, {@code N}, {@code NW}). */
  public static boolean isDirectional(CharSequence text, int off, int len) {
    return UspsTables.DIRECTIONAL_WORDS.contains(text, off, len);
  }

  /** Whether {@code text[off, off+len)} is a unit designator word ({@code Apartment}, {@code Apt}, {@code Unit}). */
  public static boolean isUnit(CharSequence text, int off, int len) {
    return UspsTables.UNIT_WORDS.contains(text, off, len) && !(len == 1 && text.charAt(off) == '#');
  }
}
