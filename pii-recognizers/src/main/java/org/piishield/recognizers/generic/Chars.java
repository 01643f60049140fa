package org.piishield.recognizers.generic;

import org.piishield.detect.ScanContext;

/**
 * Allocation-free char tests shared by the generic recognizers. ASCII fast paths; {@link Character} beyond.
 */
final class Chars {

  private Chars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Letter or digit in any script (what {@code ScanContext} puts inside a token). */
  static boolean isAlnum(char c) {
    if (c < 128) {
      return isDigit(c) || isAsciiLetter(c);
    }
    return Character.isLetterOrDigit(c);
  }

  /** Whether the char at {@code i} exists and is a letter or digit. */
  static boolean isAlnumAt(CharSequence text, int i) {
    return i >= 0 && i < text.length() && isAlnum(text.charAt(i));
  }

  /** Whether the char at {@code i} exists and is an ASCII digit. */
  static boolean isDigitAt(CharSequence text, int i) {
    return i >= 0 && i < text.length() && isDigit(text.charAt(i));
  }

  /** Number of ASCII digits starting at {@code from}, counting at most {@code max + 1}. */
  static int digitRun(CharSequence text, int from, int max) {
    int n = text.length();
    int i = from;
    while (i < n && i - from <= max && isDigit(text.charAt(i))) {
      i++;
    }
    return i - from;
  }


  /** The value of the ASCII digits {@code text[from, to)}; the caller bounds the length to 9. */
  static int value(CharSequence text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }
}
