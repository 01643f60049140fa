package org.piishield.recognizers.internal.context;

import org.piishield.detect.ScanContext;

/**
 * Tests for redaction labels such as {@code [US_SSN]} or {@code [BADGE_NUMBER]} (an upper-snake id in square
 * brackets, as the replace operator writes it). Context found inside one is the engine's own output, not the
 * author's words: without this check, redacting {@code "badge 4521 ..."} to {@code "badge [BADGE_NUMBER] ..."}
 * would make the label the context for the next number, and a second redaction pass would change the text.
 */
public final class RedactionLabels {

  private static final int MAX_LABEL = 64;

  private RedactionLabels() {
  }

  /**
   * Whether {@code text[s, e)} lies inside a redaction label ({@code "SSN"} in {@code "[US_SSN]"}) or a
   * pseudonym the pseudonym operator wrote ({@code "ZIP"} in {@code "US_ZIP_1"}: capitals and underscores, then
   * an underscore and a number, not glued to other letters or digits).
   */
  public static boolean isInLabel(CharSequence text, int s, int e) {
    int i = s - 1;
    while (i >= 0 && s - i <= MAX_LABEL && isLabelChar(text.charAt(i))) {
      i--;
    }
    int j = e;
    while (j < text.length() && j - e <= MAX_LABEL && isLabelChar(text.charAt(j))) {
      j++;
    }
    if (i >= 0 && text.charAt(i) == '[') {
      return j < text.length() && text.charAt(j) == ']';
    }
    return isPseudonym(text, i + 1, j);
  }

  /** {@code text[a, b)} is {@code "US_ZIP_1"}-shaped and not glued to a letter or digit on either side. */
  private static boolean isPseudonym(CharSequence text, int a, int b) {
    if (b - a < 3 || b - a > MAX_LABEL || text.charAt(a) < 'A' || text.charAt(a) > 'Z'
        || (a > 0 && Character.isLetterOrDigit(text.charAt(a - 1)))
        || (b < text.length() && Character.isLetterOrDigit(text.charAt(b)))) {
      return false;
    }
    int d = b;
    while (d > a && text.charAt(d - 1) >= '0' && text.charAt(d - 1) <= '9') {
      d--;
    }
    return d < b && d - 1 > a && text.charAt(d - 1) == '_';
  }

  /**
   * A token of a redaction label or pseudonym such as {@code [DATE_OF_BIRTH]} or {@code PHONE_NUMBER_2}: all
   * capitals, next to {@code [}, {@code ]} or {@code _}. Its words ("date of birth", "phone") are not
   * context: a re-scan of redacted text must not find more than the first scan did.
   */
  public static boolean isLabelToken(ScanContext ctx, int t) {
    if (!ctx.tokenHas(t, ScanContext.ALL_UPPER)) {
      return false;
    }
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(t);
    char b = s > 0 ? text.charAt(s - 1) : ' ';
    char a = e < text.length() ? text.charAt(e) : ' ';
    return b == '[' || b == '_' || a == ']' || a == '_';
  }

  /** Whether any of tokens {@code first..last} lies inside a redaction label: {@code "[VIN] no."}. */
  public static boolean anyTokenInLabel(ScanContext ctx, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (isInLabel(ctx.text(), ctx.tokenStart(t), ctx.tokenEnd(t))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLabelChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * Whether token {@code t} is what the hash operator writes: 16 lower-case hex digits with at least one digit
   * ({@code "2ee1ebf70152d127"}). It stands for a redacted value of one or more tokens, so context windows
   * treat it like a label: a phone number of three tokens hashed to one must not bring a context word nearer.
   */
  public static boolean isHashToken(ScanContext ctx, int t) {
    if (ctx.tokenLength(t) != 16 || !ctx.tokenHas(t, ScanContext.DIGIT)) {
      return false;
    }
    CharSequence text = ctx.text();
    for (int i = ctx.tokenStart(t); i < ctx.tokenEnd(t); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
