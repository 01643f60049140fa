package org.piishield.recognizers.names.model;

import java.util.Arrays;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.names.NameSignals;

/**
 * The cheap gate: the token windows where the tagger runs. A trigger is a capitalised word of two or more
 * letters that is not a redaction label, a function word ({@code "The"}, {@code "El"}), a never-a-name word
 * ({@code "Court"}, {@code "Monday"}), nor a listed common word that only opens a sentence
 * ({@code "Exploración"}, {@code "However"}) without being a name or a place. Triggers at most three tokens
 * apart share a window ({@code "Hospital Universitario de la Princesa"}); a window reaches one token before
 * its first trigger and one after its last. Per thread ({@link #find} refills it); not thread-safe.
 */
final class CandidateWindows {

  /** Triggers this many tokens apart or fewer join one window. */
  private static final int JOIN = 3;

  private int[] from = new int[16];
  private int[] to = new int[16];
  private int count;

  /** Finds the windows of {@code ctx}'s current text. */
  CandidateWindows find(ScanContext ctx) {
    count = 0;
    int n = ctx.tokenCount();
    int first = -1;
    int last = -1;
    for (int k = 0; k < ctx.upperTokenCount(); k++) {
      int t = ctx.upperToken(k);
      if (!isTrigger(ctx, t)) {
        continue;
      }
      if (first >= 0 && t - last > JOIN) {
        add(Math.max(0, first - 1), Math.min(n, last + 2));
        first = -1;
      }
      if (first < 0) {
        first = t;
      }
      last = t;
    }
    if (first >= 0) {
      add(Math.max(0, first - 1), Math.min(n, last + 2));
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
    int s = NameSignals.of(ctx, t);
    if ((s & (NameSignals.FUNCTION_WORD | NameSignals.NEVER)) != 0) {
      return false;
    }
    boolean commonWord = NameSignals.englishLevel(s) != 0 || (s & NameSignals.ES_WORD) != 0;
    boolean nameOrPlace = NameSignals.givenClass(s) != 0 || NameSignals.surnameClass(s) != 0
        || (s & (NameSignals.LOCATION_BEGIN | NameSignals.ORG_WORD | NameSignals.ORG_BEFORE
            | NameSignals.ORG_AFTER | NameSignals.TITLE)) != 0;
    return !(commonWord && !nameOrPlace && (s & NameSignals.SENTENCE_START) != 0);
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
