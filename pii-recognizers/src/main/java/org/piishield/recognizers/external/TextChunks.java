package org.piishield.recognizers.external;

/**
 * Where to cut a long text into pieces of at most {@code max} chars for the external model, preferring the cut
 * least likely to split a name: just after the last line break in the second half of the piece, else after the
 * last sentence end ({@code .}, {@code !} or {@code ?} then whitespace) there, else after the last whitespace
 * char that fits, else (a text without one) at {@code max} chars, never between the two halves of a surrogate
 * pair. For {@code "Ana Ruiz lives"} and {@code max = 10} the first piece is {@code [0, 9)} ({@code "Ana Ruiz "}),
 * the second {@code [9, 14)}. A name that still straddles a cut reaches the model in two halves and may be missed.
 */
final class TextChunks {

  private TextChunks() {}

  /** The exclusive end of the piece that starts at {@code start}; {@code start < text.length()}, {@code max >= 2}. */
  static int end(CharSequence text, int start, int max) {
    int n = text.length();
    if (n - start <= max) {
      return n;
    }
    int limit = start + max;
    int half = start + max / 2;
    for (int i = limit; i > half; i--) {
      if (text.charAt(i - 1) == '\n') {
        return i;
      }
    }
    for (int i = limit; i > half + 1; i--) {
      char p = text.charAt(i - 2);
      if (Character.isWhitespace(text.charAt(i - 1)) && (p == '.' || p == '!' || p == '?')) {
        return i;
      }
    }
    for (int i = limit; i > start; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    if (Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit))) {
      return limit - 1;
    }
    return limit;
  }

  /** Whether {@code text[start, end)} is only whitespace (nothing to ask the model about). */
  static boolean isBlank(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
