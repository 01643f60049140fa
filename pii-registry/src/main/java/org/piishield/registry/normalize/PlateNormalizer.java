package org.piishield.registry.normalize;

/**
 * Licence plates: upper-case ASCII letters and digits only, so {@code "abc-1234"} and {@code "ABC 1234"}
 * both become {@code "ABC1234"}. {@link #confusableFolded(String)} further maps the OCR-confusable letters
 * O→0, I→1, L→1, S→5, B→8, Z→2 ({@code "ABC1234"} → {@code "A8C1234"}), so a matcher that compares folded
 * forms tolerates those confusions. Stateless and thread-safe.
 */
public final class PlateNormalizer {

  /** Reason for an input with no letters or digits. */
  public static final String EMPTY = "plate_empty";
  /** Reason for an input with characters other than letters, digits, spaces, dashes and dots. */
  public static final String INVALID = "plate_invalid";
  /** Longest plate accepted (US plates have at most 8 characters; some countries a few more). */
  public static final int MAX_LENGTH = 10;

  private PlateNormalizer() {}

  /** The canonical plate ({@code "ABC1234"}), or a rejection. */
  public static Normalization normalize(CharSequence raw) {
    if (raw == null) {
      return Normalization.rejected(EMPTY);
    }
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = org.piishield.text.Fold.fold(raw.charAt(i));
      if ((c >= 'a' && c <= 'z')) {
        sb.append((char) (c - 'a' + 'A'));
      } else if (c >= '0' && c <= '9') {
        sb.append(c);
      } else if (c != ' ' && c != '-' && c != '.' && c != '\t' && c != '\u00b7') {
        return Normalization.rejected(INVALID);
      }
    }
    if (sb.length() == 0) {
      return Normalization.rejected(EMPTY);
    }
    if (sb.length() > MAX_LENGTH) {
      return Normalization.rejected(INVALID);
    }
    return Normalization.of(sb.toString());
  }

  /** Maps O→0, I→1, L→1, S→5, B→8, Z→2 in an already {@link #normalize normalised} plate. */
  public static String confusableFolded(String plate) {
    char[] out = plate.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = confusableFold(out[i]);
    }
    return new String(out);
  }

  /** One char of {@link #confusableFolded(String)}. */
  public static char confusableFold(char c) {
    switch (c) {
      case 'O': return '0';
      case 'I':
      case 'L': return '1';
      case 'S': return '5';
      case 'B': return '8';
      case 'Z': return '2';
      default: return c;
    }
  }
}
