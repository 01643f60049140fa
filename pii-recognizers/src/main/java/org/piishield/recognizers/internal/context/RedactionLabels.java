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

  /** Whether {@code text[s, e)} lies inside a redaction label: {@code "SSN"} in {@code "[US_SSN]"}. */
  public static boolean isInLabel(CharSequence text, int s, int e) {
    int i = s - 1;
    while (i >= 0 && s - i <= MAX_LABEL && isLabelChar(text.charAt(i))) {
      i--;
    }
    if (i < 0 || text.charAt(i) != '[') {
      return false;
    }
    int j = e;
    while (j < text.length() && j - e <= MAX_LABEL && isLabelChar(text.charAt(j))) {
      j++;
    }
    return j < text.length() && text.charAt(j) == ']';
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
}
