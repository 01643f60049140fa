package org.piishield.registry.match;

import java.util.Arrays;
import org.piishield.registry.normalize.FieldType;

/**
 * The name pass: windows of {@value #MIN_WINDOW} to {@value #MAX_WINDOW} consecutive tokens that all pass
 * the {@link NamePartFilter} (a token of {@value OcrAlternatives#MIN_LENGTH}+ chars that fails may pass
 * through its first {@link OcrAlternatives one-confusion reading}), joined by single spaces, e.g.
 * {@code "O'Donnell, William"} gives {@code "odonnell william"} at the offsets of {@code "O'Donnell, William"}.
 * A single token is never a candidate: a first name alone must not alert.
 *
 * <p>Windows do not cross a line break, one of {@code ; : ! ? |} or a bullet, or a period unless the
 * period follows a one-letter token (an initial: {@code "W. O'Donnell"} and {@code "J.R. Smith"} stay
 * whole, {@code "I saw Smith. John left."} gives no {@code "smith john"}). Commas, parentheses, quotes and
 * hyphens do not end a window: {@code "SMITH, JOHN"} and {@code "Peña-Ruiz"} read as tokens in a row.
 * Windows are emitted in the order of their last token, shortest first. Not thread-safe: one per scratch.
 */
final class NameWindows {
  /*
   * Three steps per block, to ask the filter as little as possible (it is the matcher's cost, typically a
   * keyed hash per call): (1) every token is asked once as written, through a per-document FilterMemo; (2) OCR readings are tried only for a
   * failing token that could still be in a window, i.e. one with a neighbour in the same segment that
   * passed as written or may itself pass through an OCR reading, which in prose skips most long words
   * (their neighbours are short function words that fail); (3) windows are emitted over the outcome. The
   * result is the same as trying every failing token, since a token without such a neighbour is in no
   * window of two or more.
   */

  static final int MIN_WINDOW = 2;
  static final int MAX_WINDOW = 5;
  /** Longer tokens are never name parts (and never reach the filter). */
  static final int MAX_TOKEN = 40;

  private static final byte FAIL = 0;
  private static final byte PASS = 1;
  /** Failed as written; may pass through an OCR reading. */
  private static final byte MAYBE = 2;
  /** Passes through the OCR reading stored in {@link #alt}. */
  private static final byte PASS_ALT = 3;

  private final CharSlice view = new CharSlice();
  private final FilterMemo memo = new FilterMemo();
  private final CharSlice out = new CharSlice();
  private byte[] state = new byte[256];
  private boolean[] breakBefore = new boolean[256];
  private int[] altOff = new int[256];
  private int[] altLen = new int[256];
  private char[] alt = new char[1024];
  private final char[] window = new char[MAX_WINDOW * (MAX_TOKEN + 2)];

  void run(TextTokens tk, NamePartFilter filter, CandidateSink sink) {
    int n = tk.count;
    grow(n);
    char[] folded = tk.folded;
    for (int t = 0; t < n; t++) {
      int f = tk.flags[t];
      breakBefore[t] = t > 0 && endsWindow(tk, t, f);
      int len = tk.foldLen[t];
      byte s = FAIL;
      if (len <= MAX_TOKEN && (f & TextTokens.ALL_DIGIT) == 0) {
        if (memo.mightContain(folded, tk.foldOff[t], len, filter, view)) {
          s = PASS;
        } else if (len >= OcrAlternatives.MIN_LENGTH) {
          s = MAYBE;
        }
      }
      state[t] = s;
    }
    int altSize = 0;
    for (int t = 0; t < n; t++) {
      if (state[t] != MAYBE) {
        continue;
      }
      boolean left = t > 0 && !breakBefore[t] && state[t - 1] != FAIL;
      boolean right = t + 1 < n && !breakBefore[t + 1] && state[t + 1] != FAIL;
      if (!left && !right) {
        state[t] = FAIL;
        continue;
      }
      if (alt.length < altSize + MAX_TOKEN + 2) {
        alt = Arrays.copyOf(alt, alt.length * 2);
      }
      int len = OcrAlternatives.first(folded, tk.foldOff[t], tk.foldLen[t], filter, view, alt, altSize);
      if (len < 0) {
        state[t] = FAIL;
      } else {
        state[t] = PASS_ALT;
        altOff[t] = altSize;
        altLen[t] = len;
        altSize += len;
      }
    }
    int run = 0;
    for (int t = 0; t < n; t++) {
      if (state[t] == FAIL || breakBefore[t]) {
        run = 0;
      }
      if (state[t] == FAIL) {
        continue;
      }
      run++;
      for (int k = MIN_WINDOW; k <= Math.min(run, MAX_WINDOW); k++) {
        emit(tk, t, k, sink);
      }
    }
  }

  /** Forgets the memoised filter answers: called when a document is done. */
  void clear() {
    memo.clear();
  }

  /** Whether the gap before token {@code t} ends a window (see the class comment). */
  private static boolean endsWindow(TextTokens tk, int t, int f) {
    if ((f & (TextTokens.LINE_BEFORE | TextTokens.STOP_BEFORE)) != 0) {
      return true;
    }
    return (f & TextTokens.PERIOD_BEFORE) != 0 && tk.foldLen[t - 1] != 1;
  }

  /** The window of the {@code k} tokens ending at token {@code last}. */
  private void emit(TextTokens tk, int last, int k, CandidateSink sink) {
    int first = last - k + 1;
    int w = 0;
    for (int t = first; t <= last; t++) {
      if (t > first) {
        window[w++] = ' ';
      }
      if (state[t] == PASS) {
        System.arraycopy(tk.folded, tk.foldOff[t], window, w, tk.foldLen[t]);
        w += tk.foldLen[t];
      } else {
        System.arraycopy(alt, altOff[t], window, w, altLen[t]);
        w += altLen[t];
      }
    }
    sink.candidate(FieldType.NAME, out.set(window, 0, w), tk.start[first], tk.end[last]);
  }

  private void grow(int n) {
    if (state.length < n) {
      int c = Math.max(n, state.length * 2);
      state = new byte[c];
      breakBefore = new boolean[c];
      altOff = new int[c];
      altLen = new int[c];
    }
  }
}
