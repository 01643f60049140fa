package org.piishield.recognizers.us;

import org.piishield.detect.ScanContext;
import org.piishield.recognizers.internal.context.RedactionLabels;
import org.piishield.text.FoldedWordSet;

/**
 * Allocation-free char and token tests shared by the US recognizers: ASCII digit runs, the gaps between
 * tokens, and whether a span is glued to a longer run of digits.
 *
 * <p>Example: in {@code "ref 12-123-45-6789"} the run {@code 123-45-6789} is not free before (a {@code '-'}
 * follows the digit {@code 2}), so it is not an SSN on its own. Stateless; thread-safe.
 */
final class UsTokens {

  private static final int ASCII_DIGITS = ScanContext.ALL_DIGIT | ScanContext.ASCII;

  private UsTokens() {}

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether {@code text[s, e)} is non-empty and only ASCII digits ({@code '٣'} is not). */
  static boolean isAsciiDigits(CharSequence text, int s, int e) {
    if (e <= s) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[s, e)} is non-empty and only ASCII letters and digits. */
  static boolean isAsciiAlnum(CharSequence text, int s, int e) {
    if (e <= s) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (!isAsciiDigit(c) && !isAsciiLetter(c)) {
        return false;
      }
    }
    return true;
  }

  /** Counts ASCII digits in {@code text[s, e)}. */
  static int countDigits(CharSequence text, int s, int e) {
    int n = 0;
    for (int i = s; i < e; i++) {
      if (isAsciiDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The value of the ASCII digits {@code text[s, e)}; the caller checked them and keeps {@code e - s <= 9}. */
  static int parseDigits(CharSequence text, int s, int e) {
    int v = 0;
    for (int i = s; i < e; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  /** Token {@code i} is only ASCII digits, {@code minLen} to {@code maxLen} of them. */
  static boolean isDigitToken(ScanContext ctx, int i, int minLen, int maxLen) {
    int len = ctx.tokenLength(i);
    return len >= minLen && len <= maxLen && (ctx.tokenFlags(i) & ASCII_DIGITS) == ASCII_DIGITS;
  }

  /**
   * Whether a span starting at {@code s} is not the tail of a longer id: the char before it is neither a
   * letter, digit or label bracket, nor a joiner ({@code - . / : , _}) that follows one.
   * {@code "x 123-45-6789"} is free; {@code "12-123-45-6789"} and {@code "A.12345"} are not.
   */
  static boolean isFreeBefore(CharSequence text, int s) {
    if (s == 0) {
      return true;
    }
    char c = text.charAt(s - 1);
    if (isGlue(c)) {
      return false;
    }
    return !(isJoiner(c) && s >= 2 && isGlue(text.charAt(s - 2)));
  }

  /**
   * A char that makes a joiner next to it glue two parts of one id: a letter or digit, or the bracket of a
   * redaction label, which stands for letters or digits that were there before ({@code "Road/1M8G..."} must read
   * the same after the address became {@code "[US_STREET_ADDRESS]/1M8G..."}).
   */
  private static boolean isGlue(char c) {
    if (c < 128) {
      return isAsciiDigit(c) || isAsciiLetter(c) || c == ']' || c == '[';
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * Whether a span ending at {@code e} is not the head of a longer id or a decimal:
   * {@code "6789."} at a sentence end is free; {@code "6789-1"}, {@code "12345.00"} and {@code "12345%"} are not.
   */
  static boolean isFreeAfter(CharSequence text, int e) {
    if (e >= text.length()) {
      return true;
    }
    char c = text.charAt(e);
    if (isGlue(c) || c == '%') {
      return false;
    }
    return !(isJoiner(c) && e + 1 < text.length() && isGlue(text.charAt(e + 1)));
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '.' || c == '/' || c == ':' || c == ',' || c == '_' || c == '\u2010'
        || c == '\u2011' || c == '\u2013';
  }

  /** Whether the gap between token {@code i} and token {@code i + 1} is exactly the char {@code c}. */
  static boolean gapIs(ScanContext ctx, int i, char c) {
    int a = ctx.tokenEnd(i);
    return ctx.tokenStart(i + 1) == a + 1 && ctx.text().charAt(a) == c;
  }

  /** Whether {@code text[a, b)} is 1 to {@code max} blanks (space, tab, no-break space). */
  static boolean isBlankGap(CharSequence text, int a, int b, int max) {
    int len = b - a;
    if (len < 1 || len > max) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the gap after token {@code i} is 1 to {@code max} blanks. */
  static boolean blankGapAfter(ScanContext ctx, int i, int max) {
    return i + 1 < ctx.tokenCount() && isBlankGap(ctx.text(), ctx.tokenEnd(i), ctx.tokenStart(i + 1), max);
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /**
   * Whether {@code text[a, b)} separates parts of one postal address: 1 to 5 chars of blanks with at most one
   * comma and at most one line break ({@code ", "}, {@code ",\n"}, {@code "\r\n"}, {@code " "}).
   */
  static boolean isAddressGap(CharSequence text, int a, int b) {
    int len = b - a;
    if (len < 1 || len > 5) {
      return false;
    }
    int commas = 0;
    int breaks = 0;
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (c == ',') {
        commas++;
      } else if (c == '\n') {
        breaks++;
      } else if (c != '\r' && !isBlank(c)) {
        return false;
      }
    }
    return commas <= 1 && breaks <= 1;
  }

  /** Like {@link #isAddressGap} without a line break: {@code ", "}, {@code " "}, {@code ","}. */
  static boolean isInlineGap(CharSequence text, int a, int b) {
    if (!isAddressGap(text, a, b)) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[s, e)} lies inside a redaction label; see {@link RedactionLabels#isInLabel}. */
  static boolean isInLabel(CharSequence text, int s, int e) {
    return RedactionLabels.isInLabel(text, s, e);
  }

  /** Whether any of tokens {@code first..last} lies inside a redaction label: {@code "[VIN] no."}. */
  static boolean anyTokenInLabel(ScanContext ctx, int first, int last) {
    return RedactionLabels.anyTokenInLabel(ctx, first, last);
  }

  /** Whether the first char of token {@code i} is an ASCII upper-case letter (so it starts a proper name). */
  static boolean startsUpper(ScanContext ctx, int i) {
    return ctx.tokenHas(i, ScanContext.UPPER_FIRST);
  }

  /** Whether token {@code i} equals one of the folded {@code words}. */
  static boolean tokenIn(ScanContext ctx, int i, FoldedWordSet words) {
    return i >= 0 && i < ctx.tokenCount() && words.contains(ctx.text(), ctx.tokenStart(i), ctx.tokenLength(i));
  }
}
