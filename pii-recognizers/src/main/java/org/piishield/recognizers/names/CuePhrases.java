package org.piishield.recognizers.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * Phrases that must END right before a token, matched backwards after case and accent folding: with
 * {@code "name is"} and {@code "name"} both listed, {@code "my name is Rubija"} matches at {@code Rubija}
 * and {@code "the name of the ship is Rubija"} does not. Phrases are split the way {@link ScanContext}
 * splits text. Immutable and thread-safe.
 */
final class CuePhrases {

  private final FoldedWordSet lastIndex;
  private final char[][][][] byLast;

  private CuePhrases(FoldedWordSet lastIndex, char[][][][] byLast) {
    this.lastIndex = lastIndex;
    this.byLast = byLast;
  }

  static CuePhrases of(String... phrases) {
    Map<String, List<char[][]>> groups = new LinkedHashMap<>();
    for (String phrase : phrases) {
      ScanContext ctx = new ScanContext().reset(phrase, Language.EN);
      int n = ctx.tokenCount();
      if (n == 0) {
        throw new IllegalArgumentException("cue phrase has no word: '" + phrase + "'");
      }
      char[][] parts = new char[n][];
      for (int i = 0; i < n; i++) {
        parts[i] = Fold.fold(phrase.substring(ctx.tokenStart(i), ctx.tokenEnd(i))).toCharArray();
      }
      groups.computeIfAbsent(new String(parts[n - 1]), k -> new ArrayList<>()).add(parts);
    }
    FoldedWordSet.Builder b = new FoldedWordSet.Builder();
    char[][][][] byLast = new char[groups.size()][][][];
    int g = 0;
    for (Map.Entry<String, List<char[][]>> e : groups.entrySet()) {
      b.put(e.getKey(), g);
      byLast[g++] = e.getValue().toArray(new char[0][][]);
    }
    return new CuePhrases(b.build(), byLast);
  }

  /** Whether some phrase occupies exactly the tokens ending at token {@code t - 1}. */
  boolean endsBefore(ScanContext ctx, int t) {
    int last = t - 1;
    if (last < 0) {
      return false;
    }
    CharSequence text = ctx.text();
    int g = lastIndex.get(text, ctx.tokenStart(last), ctx.tokenLength(last));
    if (g == FoldedWordSet.ABSENT) {
      return false;
    }
    for (char[][] parts : byLast[g]) {
      int first = t - parts.length;
      if (first < 0) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < parts.length - 1 && all; k++) {
        int tk = first + k;
        all = Fold.regionEquals(text, ctx.tokenStart(tk), ctx.tokenLength(tk), parts[k]);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
