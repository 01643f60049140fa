package org.piishield.recognizers.names;

import java.util.Arrays;
import org.piishield.detect.ScanContext;

/**
 * Per-document memo of {@link NameLexicon#lookup} by token index, so a token examined as a candidate part, a
 * neighbour and a title, by {@link PersonNameRecognizer} and then by {@link LocationRecognizer}, costs one
 * hash lookup. One instance per thread ({@link #of}); it is keyed on the {@link ScanContext} and its
 * {@link ScanContext#generation()}, so a new document (even in the same {@code StringBuilder}) starts empty.
 * Not thread-safe; never handed to another thread.
 */
final class TokenValues {

  private static final int KNOWN = 1 << 31;
  private static final ThreadLocal<TokenValues> CURRENT = ThreadLocal.withInitial(TokenValues::new);

  ScanContext ctx;
  NameLexicon lex;
  private int generation;
  private int[] cache = new int[1024];

  private TokenValues() {}

  /** This thread's memo for the current document of {@code ctx}, emptied when the document changed. */
  static TokenValues of(ScanContext ctx, NameLexicon lex) {
    TokenValues v = CURRENT.get();
    if (v.ctx != ctx || v.generation != ctx.generation() || v.lex != lex) {
      v.ctx = ctx;
      v.lex = lex;
      v.generation = ctx.generation();
      int n = ctx.tokenCount();
      if (v.cache.length < n) {
        v.cache = new int[Math.max(n, v.cache.length * 2)];
      } else {
        Arrays.fill(v.cache, 0, n, 0);
      }
    }
    return v;
  }

  /** The lexicon value of token {@code t}. */
  int get(int t) {
    int c = cache[t];
    if (c != 0) {
      return c & ~KNOWN;
    }
    int v = lex.lookup(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t));
    cache[t] = v | KNOWN;
    return v;
  }
}
