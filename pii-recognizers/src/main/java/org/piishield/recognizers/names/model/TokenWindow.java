package org.piishield.recognizers.names.model;

import org.piishield.detect.ScanContext;
import org.piishield.recognizers.names.NameSignals;

/**
 * The tokens {@code [from, to)} of a {@link ScanContext} that the tagger labels, with the
 * {@link NameSignals} of every token from one before to one after, and the folded word hash and
 * all-capitals-line flag from two before to two after: what the features of a window token read. Reused
 * per thread ({@link #reset}); not thread-safe.
 */
final class TokenWindow {

  /** Tokens around the window whose signals are computed: features read one neighbour's signals each side. */
  private static final int MARGIN = 1;
  /** Tokens around the window whose word hashes are computed: features read two neighbours' words each side. */
  private static final int WORD_MARGIN = 2;
  /** Chars scanned each way from a token to decide whether its line is written in capitals. */
  private static final int LINE_SCAN = 160;

  private ScanContext ctx;
  private int from;
  private int to;
  private int lo;
  private int hi;
  private int sigLo;
  private int sigHi;
  private int[] signals = new int[64];
  private boolean[] capsLine = new boolean[64];
  private int[] wordHash = new int[64];
  /** The line last examined, {@code [lineFrom, lineTo)}, so windows on one line scan it once. */
  private ScanContext lineCtx;
  private int lineGeneration;
  private int lineFrom = -1;
  private int lineTo = -1;
  private boolean lineCaps;

  /** Points this window at tokens {@code [from, to)} of {@code ctx} and computes their signals. */
  TokenWindow reset(ScanContext context, int first, int end) {
    this.ctx = context;
    this.from = first;
    this.to = end;
    this.lo = Math.max(0, first - WORD_MARGIN);
    this.hi = Math.min(context.tokenCount(), end + WORD_MARGIN);
    this.sigLo = Math.max(0, first - MARGIN);
    this.sigHi = Math.min(context.tokenCount(), end + MARGIN);
    int n = hi - lo;
    if (signals.length < n) {
      signals = new int[Math.max(n, signals.length * 2)];
      capsLine = new boolean[signals.length];
      wordHash = new int[signals.length];
    }
    NameSignals.fill(context, sigLo, sigHi, signals);
    CharSequence text = context.text();
    if (context != lineCtx || context.generation() != lineGeneration) {
      lineCtx = context;
      lineGeneration = context.generation();
      lineFrom = -1;
      lineTo = -1;
    }
    for (int t = lo; t < hi; t++) {
      int at = context.tokenStart(t);
      if (at < lineFrom || at >= lineTo) {
        lineTo = lineEnd(text, at);
        lineFrom = lineStart(text, at);
        lineCaps = isCapitalLine(text, lineFrom, lineTo);
      }
      capsLine[t - lo] = lineCaps;
      wordHash[t - lo] = HashingFeatureSink.foldedHash(text, at, context.tokenLength(t));
    }
    return this;
  }

  ScanContext ctx() {
    return ctx;
  }

  int from() {
    return from;
  }

  int to() {
    return to;
  }

  /** Whether token {@code t} has signals here (it lies within the margin around the window). */
  boolean has(int t) {
    return t >= sigLo && t < sigHi;
  }

  int signals(int t) {
    return signals[t - sigLo];
  }

  /** {@link HashingFeatureSink#foldedHash} of token {@code t}. */
  int wordHash(int t) {
    return wordHash[t - lo];
  }

  /** Whether token {@code t}'s line has letters and none of them lower case ({@code "NOMBRE: ANA RUIZ"}). */
  boolean isCapitalLine(int t) {
    return capsLine[t - lo];
  }

  private static int lineEnd(CharSequence text, int at) {
    int limit = Math.min(text.length(), at + LINE_SCAN);
    for (int i = at; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return limit;
  }

  private static int lineStart(CharSequence text, int at) {
    int start = at;
    int limit = Math.max(0, at - LINE_SCAN);
    while (start > limit && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      start--;
    }
    return start;
  }

  private static boolean isCapitalLine(CharSequence text, int start, int end) {
    int upper = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }
}
