package org.piishield.recognizers.generic;

/**
 * Char-level shape tests for labelled identifiers ({@link LabelledIdRecognizer}): joiners inside a value,
 * glued neighbours, and the year and date shapes that a label such as {@code "historia clínica de 2019"}
 * must not turn into an identifier. All walk the text in place.
 */
final class IdShapes {

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2099;

  private IdShapes() {
  }

  /** Whether {@code c} may join two tokens of one value: {@code "28 45657346 90"}, {@code "7345645/87"}. */
  static boolean isJoiner(char c) {
    return c == ' ' || c == '/' || c == '-' || c == '.';
  }

  /** Whether the char at {@code i} (if any) glues the value to something larger: {@code '@'}, {@code '_'}. */
  static boolean isGlued(CharSequence text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '@' || c == '_' || Character.isLetterOrDigit(c);
  }

  static int countDigits(CharSequence text, int s, int e) {
    int n = 0;
    for (int i = s; i < e; i++) {
      if (Chars.isDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code text[s, e)} is a year ({@code 1900}–{@code 2099}) or a numeric date ({@code 12/03/2019},
   * {@code 1-2-19}, {@code 03.11.2020}): one or two digits, a separator, one or two digits, the same
   * separator, two or four digits.
   */
  static boolean isYearOrDate(CharSequence text, int s, int e) {
    if (e - s == 4 && Chars.digitRun(text, s, 4) == 4) {
      int y = Chars.value(text, s, e);
      return y >= MIN_YEAR && y <= MAX_YEAR;
    }
    int a = Chars.digitRun(text, s, 3);
    if (a < 1 || a > 2 || s + a >= e) {
      return false;
    }
    char sep = text.charAt(s + a);
    int b = Chars.digitRun(text, s + a + 1, 3);
    int i = s + a + 1 + b;
    if (b < 1 || b > 2 || i >= e || text.charAt(i) != sep || sep == ' ') {
      return false;
    }
    int c = Chars.digitRun(text, i + 1, 5);
    return (c == 2 || c == 4) && i + 1 + c == e;
  }
}
