package org.piishield.formats.verify;

import org.piishield.text.Fold;

/**
 * Text prepared for finding a value and its variants: case- and accent-folded ({@link Fold}) with all whitespace
 * removed, and its digits alone.
 *
 * <p>{@code "Call  José at (312) 555-0142"} becomes folded {@code "calljoseat(312)555-0142"} and digits
 * {@code "3125550142"}; so {@code "JOSE"}, {@code "jos\u00e9"} and {@code "312-555-0142"} are all found.
 */
public record SearchText(String folded, String digits) {

  /** Values with fewer digits than this are not searched for by their digits alone (too many chance hits). */
  public static final int MIN_DIGITS = 5;

  /** The search form of {@code text}. */
  public static SearchText of(CharSequence text) {
    StringBuilder folded = new StringBuilder(text.length());
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      folded.append(Fold.fold(c));
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return new SearchText(folded.toString(), digits.toString());
  }

  /**
   * Whether {@code value} occurs here folded and without whitespace, or (when {@code byDigits} and the value has
   * at least {@link #MIN_DIGITS} digits) by its digits alone.
   */
  public boolean contains(SearchText value, boolean byDigits) {
    if (!value.folded.isEmpty() && folded.contains(value.folded)) {
      return true;
    }
    return byDigits && value.digits.length() >= MIN_DIGITS && digits.contains(value.digits);
  }

  @Override
  public String toString() {
    return "SearchText[" + folded.length() + " chars]";
  }
}
