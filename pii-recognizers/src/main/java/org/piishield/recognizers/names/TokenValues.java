package org.piishield.recognizers.names;

import org.piishield.detect.ScanContext;

/**
 * Per-call memo of {@link NameLexicon#lookup} by token index, so a token examined as a candidate part, a
 * neighbour and a title costs one hash lookup. Not thread-safe; one per {@code detect} call.
 */
final class TokenValues {

  private static final int KNOWN = 1 << 31;

  final ScanContext ctx;
  final NameLexicon lex;
  private final int[] cache;

  TokenValues(ScanContext ctx, NameLexicon lex) {
    this.ctx = ctx;
    this.lex = lex;
    this.cache = new int[ctx.tokenCount()];
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
