package org.piishield.registry.match;

import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.PlateNormalizer;

/**
 * The plate pass: a token, or two or three tokens one space, dash or dot apart, of
 * {@value #MIN_CHARS}–{@value #MAX_CHARS} letters and digits in all, with at least one of each, normalised as
 * {@link PlateNormalizer#normalize} does ({@code "abc-1234"}, {@code "ABC 1234"} → {@code "ABC1234"}) and
 * also in its {@link PlateNormalizer#confusableFolded confusable-folded} form ({@code "A8C1234"}), which
 * enrolment hashes too, so one OCR confusion such as {@code B/8} or {@code O/0} still matches. Both are
 * emitted with the offsets of the written plate. Not thread-safe: one per scratch.
 */
final class PlateCandidates {

  static final int MIN_CHARS = 5;
  static final int MAX_CHARS = 8;
  private static final int MAX_PARTS = 3;

  private final char[] plate = new char[MAX_CHARS];
  private final char[] folded = new char[MAX_CHARS];
  private final CharSlice out = new CharSlice();

  void run(TextTokens tk, CandidateSink sink) {
    int[] flags = tk.flags;
    int count = tk.count;
    for (int t = 0; t < count; t++) {
      // cheap reject first: a plate holds a digit, so one of its (at most three) tokens does
      if ((flags[t] & TextTokens.HAS_DIGIT) == 0 && (t + 1 >= count || (flags[t + 1] & TextTokens.HAS_DIGIT) == 0)
          && (t + 2 >= count || (flags[t + 2] & TextTokens.HAS_DIGIT) == 0)) {
        continue;
      }
      if ((flags[t] & (TextTokens.NON_ASCII | TextTokens.JOINED)) != 0 || tk.foldLen[t] > MAX_CHARS) {
        continue;
      }
      int n = 0;
      int mask = 0;
      for (int u = t; u < tk.count && u < t + MAX_PARTS; u++) {
        if (u > t && (!isPlateGap(tk, u - 1) || tk.has(u, TextTokens.NON_ASCII | TextTokens.JOINED))) {
          break;
        }
        int len = tk.foldLen[u];
        if (n + len > MAX_CHARS) {
          break;
        }
        System.arraycopy(tk.folded, tk.foldOff[u], plate, n, len);
        n += len;
        mask |= tk.flags[u] & (TextTokens.HAS_DIGIT | TextTokens.HAS_LETTER);
        if (n >= MIN_CHARS && mask == (TextTokens.HAS_DIGIT | TextTokens.HAS_LETTER)) {
          emit(n, tk.start[t], tk.end[u], sink);
        }
      }
    }
  }

  private void emit(int n, int s, int e, CandidateSink sink) {
    boolean differs = false;
    for (int i = 0; i < n; i++) {
      char c = plate[i];
      char up = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      plate[i] = up;
      folded[i] = PlateNormalizer.confusableFold(up);
      differs |= folded[i] != up;
    }
    sink.candidate(FieldType.PLATE, out.set(plate, 0, n), s, e);
    if (differs) {
      sink.candidate(FieldType.PLATE, out.set(folded, 0, n), s, e);
    }
  }

  /** One space, dash, dot or middle dot between token {@code t} and the next. */
  private static boolean isPlateGap(TextTokens tk, int t) {
    if (tk.start[t + 1] - tk.end[t] != 1) {
      return false;
    }
    char c = tk.text.charAt(tk.end[t]);
    return c == ' ' || c == '-' || c == '.' || c == '\u00b7';
  }
}
