package org.piishield.recognizers.names.model;

import java.util.Arrays;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.names.NameSignals;

/**
 * The cheap gate: the token windows where the tagger runs. A trigger is a capitalised organisation word of
 * two or more letters ({@code "Hospital"}, {@code "Court"}, {@code "Department"}); never a function word
 * ({@code "The"}, {@code "El"}). Listed names and places are no triggers: they are the commonest capitalised
 * words, the tagger found no person the rules had missed on any evaluation set, and running around them
 * took a third of the engine's time. A capitalised word no list knows
 * as a common word is a trigger too when a {@link PlaceCues place cue} precedes it
 * ({@code "arrived at Khandallah"}, {@code "Suite 179  Akureyri"}). A span without such
 * a word would score under the threshold anyway ({@link ModelSpanScore}), so text without triggers is not
 * tagged at all. Triggers at most three tokens apart share a window; a window reaches over up to two
 * capitalised words or short connectors ({@code "de"}, {@code "la"}) before its first trigger and up to three
 * after its last ({@code "Hospital Universitario de la Princesa"}). Per thread
 * ({@link #find} refills it); not thread-safe.
 */
final class CandidateWindows {

  /** Triggers this many tokens apart or fewer join one window. */
  private static final int JOIN = 3;
  /** Name-like tokens a window reaches over before its first trigger. */
  private static final int REACH_BEFORE = 2;
  /** Name-like tokens a window reaches over after its last trigger. */
  private static final int REACH_AFTER = 3;

  private int[] from = new int[16];
  private int[] to = new int[16];
  private int count;

  /** Finds the windows of {@code ctx}'s current text. */
  CandidateWindows find(ScanContext ctx) {
    count = 0;
    int first = -1;
    int last = -1;
    for (int k = 0; k < ctx.upperTokenCount(); k++) {
      int t = ctx.upperToken(k);
      if (!isTrigger(ctx, t)) {
        continue;
      }
      if (first >= 0 && t - last > JOIN) {
        addAround(ctx, first, last);
        first = -1;
      }
      if (first < 0) {
        first = t;
      }
      last = t;
    }
    if (first >= 0) {
      addAround(ctx, first, last);
    }
    return this;
  }

  int count() {
    return count;
  }

  int from(int k) {
    return from[k];
  }

  int to(int k) {
    return to[k];
  }

  static boolean isTrigger(ScanContext ctx, int t) {
    int f = ctx.tokenFlags(t);
    if ((f & (ScanContext.LETTER | ScanContext.LABEL)) != ScanContext.LETTER || ctx.tokenLength(t) < 2) {
      return false;
    }
    return NameSignals.isOrganisationWord(ctx, t)
        || (!NameSignals.isCommonWord(ctx, t) && PlaceCues.before(ctx, t));
  }

  /**
   * Adds the window around triggers {@code first..last}, reaching over name-like tokens. No further margin:
   * a reported span starts and ends with a capitalised word, and the features read the neighbours anyway.
   */
  private void addAround(ScanContext ctx, int first, int last) {
    int n = ctx.tokenCount();
    int from = first;
    while (from > 0 && first - from < REACH_BEFORE && isNameLike(ctx, from - 1)) {
      from--;
    }
    int to = last + 1;
    while (to < n && to - last <= REACH_AFTER && isNameLike(ctx, to)) {
      to++;
    }
    add(from, to);
  }

  /** A capitalised word, or a lower-case word of at most three letters ({@code "de"}, {@code "la"}, {@code "van"}). */
  private static boolean isNameLike(ScanContext ctx, int t) {
    return ctx.tokenHas(t, ScanContext.UPPER_FIRST)
        || (ctx.tokenHas(t, ScanContext.LOWER_FIRST) && ctx.tokenLength(t) <= 3);
  }

  private void add(int f, int t) {
    if (count > 0 && f <= to[count - 1]) {
      to[count - 1] = Math.max(to[count - 1], t);
      return;
    }
    if (count == from.length) {
      from = Arrays.copyOf(from, count * 2);
      to = Arrays.copyOf(to, count * 2);
    }
    from[count] = f;
    to[count] = t;
    count++;
  }
}
