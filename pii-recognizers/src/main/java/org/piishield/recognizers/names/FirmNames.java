package org.piishield.recognizers.names;

import org.piishield.detect.ScanContext;

/**
 * Partnership names made of surnames: {@code "Davis, Reynolds and Williamson"}, {@code "Barnes & Noble"},
 * {@code "Ernst & Young"} (law, accounting and consulting firms). Each part is one capitalised token that
 * the lexicon knows as a surname more than as a given name, so {@code "Smith, John and Mary"} and {@code "Tom
 * & Jerry"} are not firms. Reads the text in place; allocates nothing.
 */
final class FirmNames {

  private FirmNames() {}

  /**
   * Last token of a firm name starting at token {@code t}: {@code "A, B and C"}, {@code "A, B & C"} or
   * {@code "A & B"}; or -1.
   */
  static int lastToken(ScanContext ctx, TokenValues lex, int t) {
    int n = ctx.tokenCount();
    if (t + 1 >= n || !isSurname(ctx, lex, t) || isJoinedToName(ctx, t - 1, t)) {
      return -1;
    }
    CharSequence text = ctx.text();
    int b = t + 1;
    if (isAmpersand(text, ctx.tokenEnd(t), ctx.tokenStart(b))) {
      return isSurname(ctx, lex, b) && !isJoinedToName(ctx, b, b + 1) ? b : -1;
    }
    int c = t + 2;
    if (c >= n || !isCommaSpace(text, ctx.tokenEnd(t), ctx.tokenStart(b)) || !isSurname(ctx, lex, b)) {
      return -1;
    }
    boolean and = ctx.tokenEquals(c, "and") && TextShape.isSpaces(text, ctx.tokenEnd(b), ctx.tokenStart(c));
    if (and) {
      c++;
      if (c >= n || !TextShape.isSpaces(text, ctx.tokenEnd(c - 1), ctx.tokenStart(c))) {
        return -1;
      }
    } else if (!isAmpersand(text, ctx.tokenEnd(b), ctx.tokenStart(c))) {
      return -1;
    }
    return isSurname(ctx, lex, c) && !isJoinedToName(ctx, c, c + 1) ? c : -1;
  }

  /** A capitalised word listed as a surname at least as often as a given name: {@code "Reynolds"}. */
  private static boolean isSurname(ScanContext ctx, TokenValues lex, int t) {
    if (!ctx.tokenHas(t, ScanContext.UPPER_FIRST) || ctx.tokenHas(t, ScanContext.ALL_UPPER)
        || ctx.tokenLength(t) < 3) {
      return false;
    }
    int v = lex.get(t);
    int surname = NameLexicon.surnameClass(v);
    return surname >= 3 && surname >= NameLexicon.givenClass(v) && (v & NameLexicon.FUNCTION_WORD) == 0;
  }

  /** Whether tokens {@code a} and {@code b} are both capitalised and joined by a space: part of a longer name. */
  private static boolean isJoinedToName(ScanContext ctx, int a, int b) {
    return a >= 0 && b < ctx.tokenCount() && ctx.tokenHas(a, ScanContext.UPPER_FIRST)
        && ctx.tokenHas(b, ScanContext.UPPER_FIRST)
        && TextShape.isSpaces(ctx.text(), ctx.tokenEnd(a), ctx.tokenStart(b));
  }

  private static boolean isAmpersand(CharSequence text, int from, int to) {
    return to - from == 3 && text.charAt(from) == ' ' && text.charAt(from + 1) == '&' && text.charAt(from + 2) == ' ';
  }

  private static boolean isCommaSpace(CharSequence text, int from, int to) {
    return to - from == 2 && text.charAt(from) == ',' && text.charAt(from + 1) == ' ';
  }
}
