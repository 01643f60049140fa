package org.piishield.text;

import java.text.Normalizer;

/**
 * Case and accent folding for matching: {@code 'É'} folds to {@code 'e'}, {@code 'Ñ'} to {@code 'n'}.
 * One table lookup per char for Latin-1 and Latin Extended-A/B; {@link Character#toLowerCase(char)} beyond.
 */
public final class Fold {

  private static final int TABLE_SIZE = 0x250;
  private static final char[] TABLE = new char[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      char base = decomposed.isEmpty() ? (char) c : decomposed.charAt(0);
      TABLE[c] = Character.toLowerCase(base);
    }
  }

  private Fold() {}

  /** Folds one UTF-16 unit. */
  public static char fold(char c) {
    return c < TABLE_SIZE ? TABLE[c] : Character.toLowerCase(c);
  }

  /** Folds a whole string; for building dictionaries, not for the hot path. */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  /** Whether {@code text[off, off+len)} folds to exactly {@code folded}. */
  public static boolean regionEquals(CharSequence text, int off, int len, char[] folded) {
    if (len != folded.length) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (fold(text.charAt(off + i)) != folded[i]) {
        return false;
      }
    }
    return true;
  }
}
