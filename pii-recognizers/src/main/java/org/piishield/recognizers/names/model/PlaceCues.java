package org.piishield.recognizers.names.model;

import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * What may stand right before a place name the gazetteers do not know: a number (the house or suite number
 * before the town in {@code "Apt. 329  Vogelsang"}) or a place preposition ({@code "in"}, {@code "at"},
 * {@code "from"}, {@code "near"}, {@code "en"}, {@code "desde"}). Stateless and thread-safe.
 */
final class PlaceCues {

  private static final FoldedWordSet PREPOSITIONS = FoldedWordSet.of(
      "in", "at", "from", "near", "to", "into", "en", "desde", "hacia", "hasta", "cerca");

  private PlaceCues() {}

  /** Whether token {@code t - 1} is a place cue for token {@code t}. */
  static boolean before(ScanContext ctx, int t) {
    if (t == 0) {
      return false;
    }
    int p = t - 1;
    if (ctx.tokenHas(p, ScanContext.ALL_DIGIT)) {
      return true;
    }
    return ctx.tokenHas(p, ScanContext.LOWER_FIRST)
        && PREPOSITIONS.get(ctx.text(), ctx.tokenStart(p), ctx.tokenLength(p)) != FoldedWordSet.ABSENT;
  }
}
