package org.piishield.recognizers.us;

import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * The parts of a US address after the street name and suffix: a post-directional ({@code NW}), a secondary
 * unit ({@code Apt 4B}, {@code Ste. 200}, {@code #12}) and {@code ", City, ST 12345-6789"}. Each method
 * takes the last token consumed so far and the char offset where the address currently ends, and returns
 * the new last token, or -1 when the part is absent. Stateless; thread-safe.
 *
 * <p>Example: for {@code "1600 Pennsylvania Avenue NW, Washington, DC 20500"} the street ends at
 * {@code Avenue}; {@link #postDirectional} adds {@code NW}, {@link #cityStateZip} adds
 * {@code ", Washington, DC 20500"}.
 */
final class UsAddressTail {

  private static final int MAX_CITY_WORDS = 3;
  private static final int MAX_UNIT_ID = 6;

  private UsAddressTail() {}

  /**
   * {@code N}, {@code NW}, {@code S.} in capitals, or a spelled-out {@code North} that ends the line or clause
   * ({@code "Main Street North, Springfield"}); not {@code "Main Street North Hampton"}.
   */
  static int postDirectional(ScanContext ctx, int last, int endOff, boolean anyCase) {
    int d = last + 1;
    if (d >= ctx.tokenCount() || !UsTokens.isBlankGap(ctx.text(), endOff, ctx.tokenStart(d), 2)) {
      return -1;
    }
    int v = valueOf(UsAddressWords.DIRECTIONALS, ctx, d);
    if (v == FoldedWordSet.ABSENT) {
      return -1;
    }
    if ((v & UsAddressWords.FULL_WORD) == 0) {
      return ctx.tokenHas(d, ScanContext.ALL_UPPER) || anyCase ? d : -1;
    }
    return (UsTokens.startsUpper(ctx, d) || anyCase) && endsClause(ctx.text(), ctx.tokenEnd(d)) ? d : -1;
  }

  /** The end offset of token {@code t} plus a directly following {@code '.'} when {@code t} is an abbreviation. */
  static int endWithDot(ScanContext ctx, int t, boolean abbreviation) {
    int e = ctx.tokenEnd(t);
    return abbreviation && e < ctx.text().length() && ctx.text().charAt(e) == '.' ? e + 1 : e;
  }

  /**
   * A unit: designator and id ({@code Apt 4B}, {@code Suite 200}, {@code Fl 3}, {@code Apt. #4},
   * {@code Unit 12-A}), a bare {@code #4}, or a designator that needs no id written in capitals
   * ({@code BSMT}, {@code REAR}). {@code "Apt"} without an id is not a unit.
   */
  static int unit(ScanContext ctx, int last, int endOff, boolean anyCase) {
    CharSequence text = ctx.text();
    int u = last + 1;
    if (u >= ctx.tokenCount()) {
      return -1;
    }
    int gapStart = endOff;
    int gapEnd = ctx.tokenStart(u);
    if (hasHash(text, gapStart, gapEnd)) {
      return isUnitId(ctx, u) ? idEnd(ctx, u) : -1;
    }
    // the unit may sit on its own line: "123 Main St\nApt 4\nSpringfield, IL 62701"
    if (!UsTokens.isAddressGap(text, gapStart, gapEnd)) {
      return -1;
    }
    int v = valueOf(UsAddressWords.UNITS, ctx, u);
    if (v == FoldedWordSet.ABSENT || !(UsTokens.startsUpper(ctx, u) || anyCase)) {
      return -1;
    }
    int designatorEnd = endWithDot(ctx, u, (v & UsAddressWords.FULL_WORD) == 0);
    int id = u + 1;
    if (id < ctx.tokenCount() && ctx.tokenStart(id) - designatorEnd <= 3 && isIdGap(text, designatorEnd,
        ctx.tokenStart(id)) && isUnitId(ctx, id)) {
      return idEnd(ctx, id);
    }
    return (v & UsAddressWords.NEEDS_RANGE) == 0 && ctx.tokenHas(u, ScanContext.ALL_UPPER) ? u : -1;
  }

  /**
   * {@code ", Springfield, IL 62701"}, {@code "\nNew York, NY 10001-1234"}, {@code " Austin Texas"},
   * {@code ", CA 90210"}: 1 to 3 capitalised city words then a state code or name, then an optional ZIP; or a
   * state and ZIP without a city. Returns the last token (the ZIP's when present) or -1.
   */
  static int cityStateZip(ScanContext ctx, int last, int endOff) {
    CharSequence text = ctx.text();
    int c0 = last + 1;
    if (c0 >= ctx.tokenCount() || !UsTokens.isAddressGap(text, endOff, ctx.tokenStart(c0))) {
      return -1;
    }
    for (int words = 1; words <= MAX_CITY_WORDS; words++) {
      int cityLast = c0 + words - 1;
      if (cityLast >= ctx.tokenCount() || !isCityWord(ctx, cityLast)
          || (words > 1 && !UsStreetAddressRecognizer.isNameGap(ctx, cityLast - 1))) {
        break;
      }
      int st = cityLast + 1;
      if (st < ctx.tokenCount() && UsTokens.isInlineGap(text, ctx.tokenEnd(cityLast), ctx.tokenStart(st))) {
        int stateLast = UsStates.lastTokenStartingAt(ctx, st);
        if (stateLast >= 0) {
          int zip = zipAfter(ctx, stateLast);
          return zip >= 0 ? zip : stateLast;
        }
      }
    }
    int stateLast = UsStates.lastTokenStartingAt(ctx, c0);
    return stateLast >= 0 ? zipAfter(ctx, stateLast) : -1;
  }

  /** {@code 62701} or {@code 62701-1234} right after token {@code state}; its last token, or -1. */
  static int zipAfter(ScanContext ctx, int state) {
    int z = state + 1;
    if (z >= ctx.tokenCount() || !UsTokens.isInlineGap(ctx.text(), ctx.tokenEnd(state), ctx.tokenStart(z))
        || !UsTokens.isDigitToken(ctx, z, 5, 5)) {
      return -1;
    }
    int zEnd = z + 1 < ctx.tokenCount() && UsTokens.gapIs(ctx, z, '-') && UsTokens.isDigitToken(ctx, z + 1, 4, 4)
        ? z + 1 : z;
    return UsTokens.isFreeAfter(ctx.text(), ctx.tokenEnd(zEnd)) ? zEnd : -1;
  }

  private static boolean isCityWord(ScanContext ctx, int t) {
    return UsTokens.startsUpper(ctx, t) && !ctx.tokenHas(t, ScanContext.DIGIT);
  }

  /** A unit id: 1 to 6 ASCII letters and digits with a digit ({@code 4B}, {@code 200}), or one letter. */
  private static boolean isUnitId(ScanContext ctx, int t) {
    int len = ctx.tokenLength(t);
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    return len <= MAX_UNIT_ID && UsTokens.isAsciiAlnum(text, s, s + len)
        && (UsTokens.countDigits(text, s, s + len) > 0 || len == 1);
  }

  /** The id's last token, taking a dash-joined second part: {@code 12-A}. */
  private static int idEnd(ScanContext ctx, int t) {
    if (t + 1 < ctx.tokenCount() && UsTokens.gapIs(ctx, t, '-') && ctx.tokenLength(t + 1) <= 3
        && UsTokens.isAsciiAlnum(ctx.text(), ctx.tokenStart(t + 1), ctx.tokenEnd(t + 1))) {
      return t + 1;
    }
    return t;
  }

  /** A gap of at most 4 chars made of blanks, at most one comma and exactly one {@code '#'}: {@code " #"}. */
  private static boolean hasHash(CharSequence text, int a, int b) {
    if (b - a < 1 || b - a > 4) {
      return false;
    }
    int hashes = 0;
    int commas = 0;
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (c == '#') {
        hashes++;
      } else if (c == ',') {
        commas++;
      } else if (!UsTokens.isBlank(c)) {
        return false;
      }
    }
    return hashes == 1 && commas <= 1;
  }

  /** Between a designator and its id: blanks, optionally one {@code '#'} ({@code "Apt #4"}, {@code "Ste 200"}). */
  private static boolean isIdGap(CharSequence text, int a, int b) {
    int hashes = 0;
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (c == '#') {
        hashes++;
      } else if (!UsTokens.isBlank(c)) {
        return false;
      }
    }
    return b > a && hashes <= 1;
  }

  private static boolean endsClause(CharSequence text, int e) {
    if (e >= text.length()) {
      return true;
    }
    char c = text.charAt(e);
    return c == ',' || c == '.' || c == ';' || c == '\n' || c == '\r' || c == ')';
  }

  private static int valueOf(FoldedWordSet set, ScanContext ctx, int t) {
    return set.get(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t));
  }
}
