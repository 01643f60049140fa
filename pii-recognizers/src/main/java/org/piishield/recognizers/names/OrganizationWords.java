package org.piishield.recognizers.names;

import org.piishield.text.FoldedWordSet;

/**
 * The words that make a capitalised name an organisation ({@code organization_words.txt}), each with its
 * roles as bits: {@code "Department"} {@link #ENDS} and {@link #OF} ({@code "Springfield Police Department"},
 * {@code "Department of Justice"}); {@code "Hospital"} also {@link #DIRECT} ({@code "Hospital La Paz"});
 * {@code "Inc"} {@link #LEGAL}. Loaded once, on first use; immutable and thread-safe.
 */
final class OrganizationWords {

  /** Ends a name: {@code "St. Mary's Church"}, {@code "Acme Corporation"}. */
  static final int ENDS = 1;
  /** Heads {@code "X of Y"} / {@code "X de Y"}: {@code "University of Texas"}, {@code "Ministerio del Interior"}. */
  static final int OF = 2;
  /** Heads a name directly: {@code "Universidad Carlos III"}, {@code "Guardia Civil"}. */
  static final int DIRECT = 4;
  /** A legal form after a name: {@code "Acme Widgets, Inc."}. */
  static final int LEGAL = 8;

  private OrganizationWords() {}

  /** Roles of the word at {@code text[off, off+len)}, 0 when it is none of these words. */
  static int roles(CharSequence text, int off, int len) {
    int v = Holder.WORDS.get(text, off, len);
    return v == FoldedWordSet.ABSENT ? 0 : v;
  }

  private static final class Holder {
    static final FoldedWordSet WORDS = load();
  }

  private static FoldedWordSet load() {
    FoldedWordSet.Builder b = new FoldedWordSet.Builder();
    NameLexicon.readLines("organization_words.txt", (word, value) -> b.put(word, value));
    return b.build();
  }
}
