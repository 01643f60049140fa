package org.piishield.registry.match;

/**
 * One-confusion OCR readings of a folded token of at least {@value #MIN_LENGTH} chars (issue 3: "tolerate
 * one such confusion per token for tokens of 5+ characters"). Tried position by position, left to right,
 * and at each position in this order: {@code 0→o}, {@code 1→l}, {@code 1→i}, {@code 5→s}, {@code i→l},
 * {@code l→i}, {@code rn→m}, {@code m→rn}. Examples: {@code "5mith"} → {@code "smith"},
 * {@code "wiiliam"} → {@code "william"}, {@code "rnartinez"} → {@code "martinez"}, {@code "5rnith"} (two confusions) → none. Shorter tokens ({@code "j0hn"}) get no alternative:
 * a one-letter change of a four-letter word is too often another word. Stateless.
 */
final class OcrAlternatives {

  /** Shortest token that gets alternatives. */
  static final int MIN_LENGTH = 5;

  private OcrAlternatives() {}

  /**
   * Writes into {@code out} from {@code o} (room for at least {@code len + 1} chars) the first alternative
   * of {@code tok[off, off+len)} that {@code filter} accepts and returns its length, or -1 when none does.
   */
  static int first(char[] tok, int off, int len, NamePartFilter filter, CharSlice view, char[] out, int o) {
    if (len < MIN_LENGTH) {
      return -1;
    }
    System.arraycopy(tok, off, out, o, len);
    view.set(out, o, len);
    for (int p = 0; p < len; p++) {
      char c = out[o + p];
      switch (c) {
        case '0' -> {
          if (tryChar(out, o + p, 'o', c, filter, view)) {
            return len;
          }
        }
        case '1' -> {
          if (tryChar(out, o + p, 'l', c, filter, view) || tryChar(out, o + p, 'i', c, filter, view)) {
            return len;
          }
        }
        case '5' -> {
          if (tryChar(out, o + p, 's', c, filter, view)) {
            return len;
          }
        }
        case 'i' -> {
          if (tryChar(out, o + p, 'l', c, filter, view)) {
            return len;
          }
        }
        case 'l' -> {
          if (tryChar(out, o + p, 'i', c, filter, view)) {
            return len;
          }
        }
        case 'r' -> {
          if (p + 1 < len && out[o + p + 1] == 'n') {
            // "rn" → "m": shift the tail left by one
            out[o + p] = 'm';
            System.arraycopy(tok, off + p + 2, out, o + p + 1, len - p - 2);
            if (filter.mightContain(view.set(out, o, len - 1))) {
              return len - 1;
            }
            System.arraycopy(tok, off + p, out, o + p, len - p);
            view.set(out, o, len);
          }
        }
        case 'm' -> {
          // "m" → "rn": shift the tail right by one
          out[o + p] = 'r';
          out[o + p + 1] = 'n';
          System.arraycopy(tok, off + p + 1, out, o + p + 2, len - p - 1);
          if (filter.mightContain(view.set(out, o, len + 1))) {
            return len + 1;
          }
          System.arraycopy(tok, off + p, out, o + p, len - p);
          view.set(out, o, len);
        }
        default -> { }
      }
    }
    return -1;
  }

  private static boolean tryChar(char[] out, int p, char to, char from, NamePartFilter filter, CharSlice view) {
    out[p] = to;
    if (filter.mightContain(view)) {
      return true;
    }
    out[p] = from;
    return false;
  }
}
