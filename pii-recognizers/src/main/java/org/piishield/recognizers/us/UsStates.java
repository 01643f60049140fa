package org.piishield.recognizers.us;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.internal.context.PhraseTable;
import org.piishield.text.FoldedWordSet;

/**
 * US states, DC, territories and military "states" by USPS code ({@code IL}) or full name
 * ({@code Illinois}, {@code New York}, {@code District of Columbia}), from {@code us_states.csv}.
 *
 * <p>A code must be written as two upper-case ASCII letters ({@code "IN 46201"} is Indiana; {@code "in 46201"}
 * is not), and not inside a redaction label ({@code [EMPLOYEE_ID]} is not Idaho). A name must start with an
 * upper-case letter; its other words fold ({@code "New YORK"} matches).
 * Loaded once; immutable and thread-safe.
 */
final class UsStates {

  private static final FoldedWordSet CODES;
  private static final PhraseTable NAMES;

  static {
    List<String[]> rows = UsAddressWords.readCsv("us_states.csv", 3);
    FoldedWordSet.Builder codes = new FoldedWordSet.Builder();
    Map<String, Integer> names = new LinkedHashMap<>();
    for (String[] r : rows) {
      codes.put(r[0], 1);
      names.put(r[1], 1);
    }
    CODES = codes.build();
    NAMES = PhraseTable.of(names);
  }

  private UsStates() {}

  /** Whether token {@code i} is a USPS state code written in capitals. */
  static boolean isCode(ScanContext ctx, int i) {
    if (ctx.tokenLength(i) != 2) {
      return false;
    }
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(i);
    return UsTokens.isAsciiUpper(text.charAt(s)) && UsTokens.isAsciiUpper(text.charAt(s + 1))
        && CODES.contains(text, s, 2) && !UsTokens.isInLabel(text, s, s + 2);
  }

  /** If a state code or name ends at token {@code last}, the index of its first token; else -1. */
  static int firstTokenEndingAt(ScanContext ctx, int last) {
    if (last < 0) {
      return -1;
    }
    if (isCode(ctx, last)) {
      return last;
    }
    int p = NAMES.matchEndingAt(ctx, last);
    if (p < 0) {
      return -1;
    }
    int first = last - NAMES.tokenCount(p) + 1;
    return UsTokens.startsUpper(ctx, first) ? first : -1;
  }

  /** If a state code or name starts at token {@code first}, the index of its last token; else -1. */
  static int lastTokenStartingAt(ScanContext ctx, int first) {
    if (first >= ctx.tokenCount()) {
      return -1;
    }
    if (isCode(ctx, first)) {
      return first;
    }
    if (!UsTokens.startsUpper(ctx, first)) {
      return -1;
    }
    int p = NAMES.matchStartingAt(ctx, first);
    return p < 0 ? -1 : first + NAMES.tokenCount(p) - 1;
  }
}
