package org.piishield.recognizers.names;

import java.util.Arrays;
import org.piishield.detect.ScanContext;
import org.piishield.text.Fold;

/**
 * The candidate names of one {@code detect} call, in text order, with what within-document coreference
 * needs. Per call; not thread-safe.
 */
final class FoundNames {
  int size;
  int[] start = new int[16];
  int[] end = new int[16];
  double[] score = new double[16];
  String[] pattern = new String[16];
  int[] firstTok = new int[16];
  int[] lastTok = new int[16];
  boolean[] anchor = new boolean[16];

  void add(int s, int e, double sc, String pat, int first, int last, boolean isAnchor) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      score = Arrays.copyOf(score, cap);
      pattern = Arrays.copyOf(pattern, cap);
      firstTok = Arrays.copyOf(firstTok, cap);
      lastTok = Arrays.copyOf(lastTok, cap);
      anchor = Arrays.copyOf(anchor, cap);
    }
    start[size] = s;
    end[size] = e;
    score[size] = sc;
    pattern[size] = pat;
    firstTok[size] = first;
    lastTok[size] = last;
    anchor[size] = isAnchor;
    size++;
  }

  /**
   * Raises lone-token candidates whose token also appears as a part of a high-scoring multi-part name in
   * the same document ({@code "María Ruiz Peña"} … {@code "Ruiz"}). Anchor parts go into a small
   * open-addressing table keyed by their folded hash, so the pass is linear in the number of candidates.
   */
  void resolveCoreference(ScanContext ctx, TokenValues lex) {
    int parts = 0;
    for (int i = 0; i < size; i++) {
      if (anchor[i]) {
        parts += lastTok[i] - firstTok[i] + 1;
      }
    }
    if (parts == 0) {
      return;
    }
    CharSequence text = ctx.text();
    int cap = Integer.highestOneBit(parts * 2 + 1) << 1;
    int mask = cap - 1;
    int[] table = new int[cap];
    java.util.Arrays.fill(table, -1);
    for (int i = 0; i < size; i++) {
      if (!anchor[i]) {
        continue;
      }
      for (int u = firstTok[i]; u <= lastTok[i]; u++) {
        if (ctx.tokenLength(u) < 3) {
          continue;
        }
        int off = ctx.tokenStart(u);
        int len = ctx.tokenLength(u);
        int h = foldHash(text, off, len) & mask;
        // a name repeated through the document is stored once, so probing stays short
        while (table[h] >= 0 && !(ctx.tokenLength(table[h]) == len && foldEquals(text, ctx.tokenStart(table[h]), off,
            len))) {
          h = (h + 1) & mask;
        }
        table[h] = u;
      }
    }
    for (int i = 0; i < size; i++) {
      if (firstTok[i] != lastTok[i] || score[i] >= 0.75) {
        continue;
      }
      int t = firstTok[i];
      int off = ctx.tokenStart(t);
      int len = ctx.tokenLength(t);
      if (len < 3 || NameLexicon.isAmbiguousName(lex.get(t))) {
        continue;
      }
      for (int h = foldHash(text, off, len) & mask; table[h] >= 0; h = (h + 1) & mask) {
        int u = table[h];
        if (u != t && ctx.tokenLength(u) == len && foldEquals(text, ctx.tokenStart(u), off, len)) {
          score[i] = 0.75;
          pattern[i] = "coreference";
          break;
        }
      }
    }
    addLoneMentions(ctx, lex, table, mask);
  }

  /**
   * Later mentions by one part alone that no rule picked up: {@code "Alberto Goachet, 67, …"} then {@code
   * "Goachet pleaded guilty"}, {@code "Además, Goachet fue…"}. A capitalised token equal to a part of an
   * anchor name, outside every candidate, that is no common word, title, function word or listed place,
   * becomes a candidate at 0.7.
   */
  private void addLoneMentions(ScanContext ctx, TokenValues lex, int[] table, int mask) {
    CharSequence text = ctx.text();
    int covered = 0;
    int before = size;
    for (int k = 0; k < ctx.upperTokenCount(); k++) {
      int t = ctx.upperToken(k);
      int off = ctx.tokenStart(t);
      int len = ctx.tokenLength(t);
      if (len < 3) {
        continue;
      }
      while (covered < before && end[covered] <= off) {
        covered++;
      }
      if (covered < before && start[covered] <= off) {
        continue;
      }
      int v = lex.get(t);
      if ((v & (NameLexicon.NEVER | NameLexicon.TITLE)) != 0 || NameLexicon.isFunctionWord(v)
          || NameLexicon.isWord(v) || isInsideAnyAdded(before, off) || isInCapitalisedRun(ctx, t)
          || PersonNameRecognizer.wholeLocation(ctx, lex, t, t) != 0) {
        // a place is left to the place recognizer: "in Washington" after "Washington Post" is the city
        continue;
      }
      for (int h = foldHash(text, off, len) & mask; table[h] >= 0; h = (h + 1) & mask) {
        int u = table[h];
        if (u != t && ctx.tokenLength(u) == len && foldEquals(text, ctx.tokenStart(u), off, len)) {
          add(off, off + len, 0.7, "coreference", t, t, false);
          break;
        }
      }
    }
  }

  /** A capitalised neighbour across a space: the run was judged as a whole ("Juzgado de la Ana Ruiz"). */
  private static boolean isInCapitalisedRun(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    return t > 0 && ctx.tokenHas(t - 1, ScanContext.UPPER_FIRST)
        && TextShape.isSpaces(text, ctx.tokenEnd(t - 1), ctx.tokenStart(t))
        || t + 1 < ctx.tokenCount() && ctx.tokenHas(t + 1, ScanContext.UPPER_FIRST)
        && TextShape.isSpaces(text, ctx.tokenEnd(t), ctx.tokenStart(t + 1));
  }

  private boolean isInsideAnyAdded(int from, int off) {
    for (int i = from; i < size; i++) {
      if (start[i] <= off && off < end[i]) {
        return true;
      }
    }
    return false;
  }

  private static int foldHash(CharSequence text, int off, int len) {
    int h = 0x811c9dc5;
    for (int i = 0; i < len; i++) {
      h = (h ^ Fold.fold(text.charAt(off + i))) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }

  private static boolean foldEquals(CharSequence text, int a, int b, int len) {
    for (int i = 0; i < len; i++) {
      if (Fold.fold(text.charAt(a + i)) != Fold.fold(text.charAt(b + i))) {
        return false;
      }
    }
    return true;
  }
}
