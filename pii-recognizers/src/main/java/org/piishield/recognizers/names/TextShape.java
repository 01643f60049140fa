package org.piishield.recognizers.names;

import org.piishield.detect.ScanContext;

/**
 * Character-level shape tests shared by the name and location recognizers. All methods read the text in
 * place and allocate nothing.
 */
final class TextShape {

  private TextShape() {}

  /**
   * Whether {@code text[from, to)}, the gap between two tokens, may sit inside one name or place: one to
   * three chars, each a space, no-break space, hyphen, dot or apostrophe, and at most one of them not a
   * space. {@code "García-López"}, {@code "J. R."}, {@code "O'Brien"} and {@code "St. Louis"} pass;
   * {@code "Ruiz, Ana"} and a line break do not.
   */
  static boolean isJoiner(CharSequence text, int from, int to) {
    int len = to - from;
    if (len < 1 || len > 3) {
      return false;
    }
    int marks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\u00A0') {
        continue;
      }
      if (c == '-' || c == '.' || c == '\'' || c == '\u2019') {
        marks++;
      } else {
        return false;
      }
    }
    return marks <= 1;
  }

  /** Whether the gap {@code text[from, to)} holds a dot. */
  static boolean hasDot(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  /** Whether the gap {@code text[from, to)} is only spaces (one or two). */
  static boolean isSpaces(CharSequence text, int from, int to) {
    int len = to - from;
    if (len < 1 || len > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code t} opens a sentence, line or field, so its capital letter says nothing: it follows
   * an opening quote, {@code ¿} or {@code ¡} directly, or the start of the text, a line break or
   * {@code . ! ? :} (but not the dot of {@code "Dr."} or an initial), possibly through spaces, quotes,
   * brackets or a bullet.
   */
  static boolean isSentenceStart(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int i = ctx.tokenStart(t) - 1;
    if (i >= 0) {
      char q = text.charAt(i);
      if (q == '"' || q == '\u201C' || q == '\u00AB' || q == '\u00BF' || q == '\u00A1') {
        return true; // an opening quote or ¿ ¡ right before the word opens a quoted sentence
      }
    }
    while (i >= 0) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '"' || c == '\u201C' || c == '\u00AB' || c == '(' || c == '['
          || c == '\u00BF' || c == '\u00A1' || c == '\'' || c == '\u2018' || c == '*' || c == '-' || c == '\u2022'
          || c == '>' || c == '\u00A0') {
        i--;
        continue;
      }
      if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ':') {
        return true;
      }
      if (c == '.') {
        // "Dr. Ruiz", "J. Smith": a short capitalised token before the dot is an abbreviation, not a sentence
        return t == 0 || ctx.tokenEnd(t - 1) != i || ctx.tokenLength(t - 1) > 3
            || !ctx.tokenHas(t - 1, ScanContext.UPPER_FIRST);
      }
      return false;
    }
    return true;
  }

  /**
   * Whether {@code text[start, end)} is glued to an e-mail address, URL, path or handle: the char before is
   * {@code @ / . _ \ # + =} (or a letter or digit), or the char after is {@code @}, or a {@code . _ / \}
   * directly followed by a letter or digit. {@code "maria.ruiz@example.org"} and {@code "example.org/Ruiz"}
   * are not names.
   */
  static boolean isEmbedded(CharSequence text, int start, int end) {
    if (start > 0) {
      char b = text.charAt(start - 1);
      if (b == '@' || b == '/' || b == '.' || b == '_' || b == '\\' || b == '#' || b == '+' || b == '='
          || Character.isLetterOrDigit(b)) {
        return true;
      }
    }
    if (end < text.length()) {
      char a = text.charAt(end);
      if (a == '@') {
        return true;
      }
      if ((a == '.' || a == '_' || a == '/' || a == '\\') && end + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(end + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code t} equals one of {@code folded} (lower case, no accents). */
  static boolean tokenIn(ScanContext ctx, int t, String[] folded) {
    for (String w : folded) {
      if (ctx.tokenEquals(t, w)) {
        return true;
      }
    }
    return false;
  }
}
