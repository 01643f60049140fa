package org.piishield.recognizers.names;

import org.piishield.text.Fold;

/**
 * Word endings that mark a capitalised word no list knows as a common noun, adjective, adverb or participle
 * rather than a name: Spanish {@code -ción}, {@code -mente}, {@code -logía}, {@code -itis}, {@code -ado},
 * English {@code -tion}, {@code -ness}, {@code -ology}. Used only for words in no gazetteer, so surnames
 * such as {@code "Delgado"} or {@code "Fielding"} (listed) are unaffected, while {@code "Exploración"},
 * {@code "Lactante"} and {@code "Apellidos"} stop looking like unknown names.
 */
final class WordShape {

  private WordShape() {}

  /** Folded endings; a word must be at least three chars longer than the ending. */
  private static final char[][] SPANISH = toChars(
      "cion", "ciones", "sion", "siones", "dad", "dades", "tad", "mente", "logia", "logico", "logica", "itis",
      "ismo", "ista", "istas", "ante", "antes", "ente", "entes", "ado", "ados", "ada", "adas", "ido", "idos",
      "ida", "idas", "oso", "osa", "osos", "osas", "ivo", "iva", "ivos", "ivas", "able", "ible", "ario", "aria",
      "arios", "arias", "ura", "uras", "miento", "mientos", "encia", "ancia", "ico", "ica", "icos", "icas",
      "grafia", "scopia", "tomia", "ectomia", "emia", "osis", "algia", "patia", "cito", "citos", "oma", "omas",
      "aje", "ajes", "torio", "toria", "dor", "dora", "dores", "ales", "ores", "eria", "izacion");

  private static final char[][] ENGLISH = toChars(
      "able", "ible", "tion", "tions", "sion", "ment", "ments", "ness", "ity", "ities", "ology", "ical", "ism", "isms", "ous",
      "ive", "ives", "ance", "ence", "ship", "hood", "ings", "ized", "ised", "ization", "ative", "ful",
      "less", "ably", "ibly", "ally");

  /** Whether {@code text[off, off+len)} ends like a common English or Spanish word. */
  static boolean isWordShaped(CharSequence text, int off, int len) {
    return endsWithAny(text, off, len, ENGLISH) || endsWithAny(text, off, len, SPANISH);
  }

  /**
   * Whether {@code text[off, off+len)} ends like a common word of the text's language: in English text only
   * English endings count, so {@code "Sunniva"} ({@code -iva}) stays a possible name.
   */
  static boolean isWordShaped(CharSequence text, int off, int len, boolean english) {
    return endsWithAny(text, off, len, ENGLISH) || (!english && endsWithAny(text, off, len, SPANISH));
  }

  private static boolean endsWithAny(CharSequence text, int off, int len, char[][] suffixes) {
    for (char[] suf : suffixes) {
      int n = suf.length;
      if (len < n + 3) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < n && match; i++) {
        match = Fold.fold(text.charAt(off + len - n + i)) == suf[i];
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  private static char[][] toChars(String... words) {
    char[][] out = new char[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].toCharArray();
    }
    return out;
  }
}
