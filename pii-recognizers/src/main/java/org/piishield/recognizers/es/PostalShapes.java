package org.piishield.recognizers.es;

import org.piishield.detect.ScanContext;

/**
 * Char-level tests that keep a five-digit postal code out of longer numbers, amounts and phone numbers
 * ({@link SpanishPostalCodeRecognizer}). All walk the text in place.
 */
final class PostalShapes {

  private PostalShapes() {
  }

  /**
   * Whether token {@code t} starts a number of its own: not after {@code "1."}, {@code "3,"}, {@code "-"}
   * glued to digits, or a currency sign. A digit group one space before is allowed: street numbers
   * ({@code "Pío XII 36 31008 Pamplona"}).
   */
  static boolean isFreeBefore(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    if (s == 0) {
      return true;
    }
    char c = text.charAt(s - 1);
    if (c == '$' || c == '€' || c == '£' || c == '+' || c == '#') {
      return false;
    }
    if ((c == '.' || c == ',' || c == '-' || c == '/' || c == '\'') && s >= 2 && isDigit(text.charAt(s - 2))) {
      return false;
    }
    return true;
  }

  /**
   * Whether the number ending at {@code e} ends there: not {@code "28014,50"}, {@code "28014.5"},
   * {@code "28014-12"}, {@code "28014 123"}, {@code "28014%"}, {@code "28014 €"}.
   */
  static boolean isFreeAfter(CharSequence text, int e) {
    if (e >= text.length()) {
      return true;
    }
    char c = text.charAt(e);
    if (c == '%' || c == '€' || c == '$' || c == '@' || c == '_') {
      return false;
    }
    if (e + 1 >= text.length()) {
      return true;
    }
    char d = text.charAt(e + 1);
    if (isDigit(d) && (c == '.' || c == ',' || c == '-' || c == '/' || c == ':' || c == ' ')) {
      return false;
    }
    return !(c == ' ' && (d == '€' || d == '$' || d == '%'));
  }

  /** The value of the five ASCII digits at {@code s}. */
  static int value(CharSequence text, int s) {
    int v = 0;
    for (int i = s; i < s + 5; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
