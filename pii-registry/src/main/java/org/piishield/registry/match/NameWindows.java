package org.piishield.registry.match;

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

  static final int MIN_WINDOW = 2;
  static final int MAX_WINDOW = 5;
  /** Longer tokens are never name parts (and never reach the filter). */
  static final int MAX_TOKEN = 40;

  private final CharSlice view = new CharSlice();
  private final CharSlice out = new CharSlice();
  private final char[] alt = new char[MAX_TOKEN + 2];
  /** The last {@link #MAX_WINDOW} passing tokens, as a ring: their chars, lengths and offsets. */
  private final char[][] ring = new char[MAX_WINDOW][MAX_TOKEN + 2];
  private final int[] ringLen = new int[MAX_WINDOW];
  private final int[] ringStart = new int[MAX_WINDOW];
  private final int[] ringEnd = new int[MAX_WINDOW];
  private final char[] window = new char[MAX_WINDOW * (MAX_TOKEN + 3)];

  void run(TextTokens tk, NamePartFilter filter, CandidateSink sink) {
    int run = 0;
    int head = 0;
    char[] folded = tk.folded;
    for (int t = 0; t < tk.count; t++) {
      int f = tk.flags[t];
      if (run > 0 && endsWindow(tk, t, f)) {
        run = 0;
      }
      int len = tk.foldLen[t];
      if (len > MAX_TOKEN || (f & TextTokens.ALL_DIGIT) != 0) {
        run = 0;
        continue;
      }
      int off = tk.foldOff[t];
      char[] slot = ring[head];
      int n;
      if (filter.mightContain(view.set(folded, off, len))) {
        System.arraycopy(folded, off, slot, 0, len);
        n = len;
      } else {
        n = OcrAlternatives.first(folded, off, len, filter, view, alt);
        if (n < 0) {
          run = 0;
          continue;
        }
        System.arraycopy(alt, 0, slot, 0, n);
      }
      ringLen[head] = n;
      ringStart[head] = tk.start[t];
      ringEnd[head] = tk.end[t];
      run++;
      for (int k = MIN_WINDOW; k <= Math.min(run, MAX_WINDOW); k++) {
        emit(head, k, sink);
      }
      head = head + 1 == MAX_WINDOW ? 0 : head + 1;
    }
  }

  /** Whether the gap before token {@code t} ends a window (see the class comment). */
  private static boolean endsWindow(TextTokens tk, int t, int f) {
    if ((f & (TextTokens.LINE_BEFORE | TextTokens.STOP_BEFORE)) != 0) {
      return true;
    }
    return (f & TextTokens.PERIOD_BEFORE) != 0 && tk.foldLen[t - 1] != 1;
  }

  /** The window of the {@code k} tokens ending at ring slot {@code last}. */
  private void emit(int last, int k, CandidateSink sink) {
    int first = last - k + 1;
    if (first < 0) {
      first += MAX_WINDOW;
    }
    int w = 0;
    int slot = first;
    for (int i = 0; i < k; i++) {
      if (i > 0) {
        window[w++] = ' ';
      }
      System.arraycopy(ring[slot], 0, window, w, ringLen[slot]);
      w += ringLen[slot];
      slot = slot + 1 == MAX_WINDOW ? 0 : slot + 1;
    }
    sink.candidate(FieldType.NAME, out.set(window, 0, w), ringStart[first], ringEnd[last]);
  }
}
