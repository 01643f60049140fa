package org.piishield.recognizers.names.model;

import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * What may stand right before a place name the gazetteers do not know: a number in the same sentence (the
 * house or suite number before the town in {@code "Apt. 329  Vogelsang"}) or a place preposition ({@code "in"}, {@code "at"},
 * {@code "from"}, {@code "near"}, {@code "en"}, {@code "desde"}). Stateless and thread-safe.
 */
final class PlaceCues {

  private static final FoldedWordSet PREPOSITIONS = FoldedWordSet.of(
      "in", "at", "from", "near", "to", "into", "en", "desde", "hacia", "hasta", "cerca");

  private PlaceCues() {}

  /**
   * Whether the gap {@code text[from, to)} holds a full stop, colon, semicolon, question or exclamation
   * mark: {@code "SSN 122-27-8772. Will"} has no number before {@code "Will"} as far as places go.
   */
  private static boolean endsSentence(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ':' || c == ';' || c == '!' || c == '?') {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code t - 1} is a place cue for token {@code t}. */
  static boolean before(ScanContext ctx, int t) {
    if (t == 0) {
      return false;
    }
    int p = t - 1;
    if (ctx.tokenHas(p, ScanContext.ALL_DIGIT)) {
      return !endsSentence(ctx.text(), ctx.tokenEnd(p), ctx.tokenStart(t));
    }
    return ctx.tokenHas(p, ScanContext.LOWER_FIRST)
        && PREPOSITIONS.get(ctx.text(), ctx.tokenStart(p), ctx.tokenLength(p)) != FoldedWordSet.ABSENT;
  }
}
