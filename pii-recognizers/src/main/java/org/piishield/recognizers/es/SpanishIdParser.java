package org.piishield.recognizers.es;

/**
 * Char-level parsing shared by the DNI and NIE recognizers: digit blocks, the mod-23 check letter and the
 * boundaries around an id. Every method reads the text in place and allocates nothing; results that need
 * two values are packed into one {@code long} ({@code value << 32 | endOffset}).
 */
final class SpanishIdParser {

  /** {@code CHECK_LETTERS.charAt(n % 23)} is the check letter of DNI/NIE number {@code n} (Real Decreto 1553/2005). */
  static final String CHECK_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  private SpanishIdParser() {}

  static char checkLetter(int number) {
    return CHECK_LETTERS.charAt(number % 23);
  }

  static boolean isCheckAlphabet(char c) {
    char u = upper(c);
    return u >= 'A' && u <= 'Z' && CHECK_LETTERS.indexOf(u) >= 0;
  }

  static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * Reads {@code count} ASCII digits at {@code pos}: contiguous ({@code 12345678}) or, when {@code grouped},
   * as thousands groups {@code 12.345.678} / {@code 12 345 678} (the same separator twice). Returns
   * {@code value << 32 | end}, or -1. A digit right after the block fails it ({@code 123456789} is not 8 digits).
   */
  static long readNumber(CharSequence text, int pos, int count, boolean grouped) {
    int n = text.length();
    if (pos + count > n) {
      return -1;
    }
    int value = 0;
    int i = pos;
    int contiguous = 0;
    while (i < n && contiguous <= count && isAsciiDigit(text.charAt(i))) {
      value = value * 10 + (text.charAt(i) - '0');
      contiguous++;
      i++;
    }
    if (contiguous == count) {
      return ((long) value << 32) | i;
    }
    int head = count - 6;
    if (!grouped || contiguous != head || i >= n) {
      return -1;
    }
    char sep = text.charAt(i);
    if (sep != '.' && sep != ' ') {
      return -1;
    }
    for (int g = 0; g < 2; g++) {
      if (i + 4 > n || text.charAt(i) != sep) {
        return -1;
      }
      i++;
      for (int k = 0; k < 3; k++, i++) {
        char c = text.charAt(i);
        if (!isAsciiDigit(c)) {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
    }
    if (i < n && isAsciiDigit(text.charAt(i))) {
      return -1;
    }
    return ((long) value << 32) | i;
  }

  /**
   * Finds the check letter after a digit block ending at {@code end}: attached ({@code 12345678Z}, any case),
   * after a dash ({@code 12345678-z}) or after one space, upper case only ({@code 12345678 Z}; a lower-case
   * {@code y}, {@code e} or {@code a} after a space is a Spanish word). Returns the letter's offset or -1.
   */
  static int letterAfter(CharSequence text, int end) {
    int n = text.length();
    if (end >= n) {
      return -1;
    }
    char c = text.charAt(end);
    int at;
    if (isAsciiLetter(c)) {
      at = end;
    } else if ((c == '-' || c == ' ') && end + 1 < n && isAsciiLetter(text.charAt(end + 1))) {
      at = end + 1;
      if (c == ' ' && !(text.charAt(at) >= 'A' && text.charAt(at) <= 'Z')) {
        return -1;
      }
    } else {
      return -1;
    }
    return isBoundaryAfter(text, at + 1) ? at : -1;
  }

  /** Whether nothing before {@code start} glues the id to a longer number: {@code 1.12.345.678}, {@code 7-12345678}. */
  static boolean isBoundaryBefore(CharSequence text, int start) {
    if (start == 0) {
      return true;
    }
    char p = text.charAt(start - 1);
    if (Character.isLetterOrDigit(p)) {
      return false;
    }
    return !((p == '.' || p == '-' || p == '/' || p == ',') && start >= 2 && isAsciiDigit(text.charAt(start - 2)));
  }

  /** Whether the id may end at {@code end}: no letter or digit follows, nor a separator and another digit. */
  static boolean isBoundaryAfter(CharSequence text, int end) {
    int n = text.length();
    if (end >= n) {
      return true;
    }
    char c = text.charAt(end);
    if (Character.isLetterOrDigit(c)) {
      return false;
    }
    return !((c == '-' || c == '/' || c == '.' || c == ',') && end + 1 < n && isAsciiDigit(text.charAt(end + 1)));
  }
}
