package org.piishield.recognizers.internal.hispanic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * The word lists of the Hispanic address grammar: street types and labels with their flags (from
 * {@code street-types.txt}), abbreviated titles (from {@code name-abbreviations.txt}), particles, stop words,
 * months, number markers and unit words. All matched after case and accent folding. Built once; immutable.
 */
final class StreetWords {

  /** Flags of a street-type word; see the column legend in {@code street-types.txt}. */
  static final int ES = 1;
  static final int MX = 2;
  static final int LOWER = 4;
  static final int PUNCT = 8;
  static final int SLASH = 16;
  static final int DOT_WEAK = 32;
  static final int LABEL = 64;
  static final int ABBR = 128;

  /** No street type or label is longer than this ({@code urbanizacion}). */
  static final int MAX_TYPE_LENGTH = 12;

  private static final TypeList TYPE_LIST = loadTypes("street-types.txt");
  /** Street types and labels, valued by their flags. */
  static final FoldedWordSet TYPES = TYPE_LIST.words();
  /** The same words, folded, for building per-dialect filters. */
  static final List<String> TYPE_WORDS = TYPE_LIST.folded();
  static final FoldedWordSet NAME_ABBREVIATIONS =
      FoldedWordSet.load(StreetWords.class, "name-abbreviations.txt");
  static final FoldedWordSet PARTICLES =
      FoldedWordSet.of("de", "del", "la", "las", "los", "el", "y", "e", "i", "da", "do", "das", "dos", "d", "l");
  /** Function words that end a name: {@code Calle Mayor en Madrid}, {@code Plaza Mayor que}. */
  static final FoldedWordSet STOP_WORDS = FoldedWordSet.of("en", "que", "con", "por", "para", "su", "sus",
      "es", "un", "una", "se", "no", "al", "the", "and", "of", "at", "in", "on", "to", "from", "with", "is");
  static final FoldedWordSet MONTHS = FoldedWordSet.of("enero", "febrero", "marzo", "abril", "mayo",
      "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre");
  /** Tokens that introduce the house number, so they end the name: {@code Calle Mayor nº 5}. */
  static final FoldedWordSet NUMBER_MARKERS =
      FoldedWordSet.of("n", "no", "nº", "nro", "num", "numero", "km", "s", "sn");
  /** Unit words that end the name when a number follows: {@code Calle Pino Mz. 3 Lt. 12}. */
  static final FoldedWordSet UNIT_WORDS = FoldedWordSet.of("piso", "planta", "puerta", "pta", "esc",
      "escalera", "bloque", "portal", "local", "apto", "apartamento", "dpto", "depto", "departamento", "edif",
      "edificio", "casa", "int", "interior", "ext", "exterior", "mz", "mza", "manzana", "lt", "lote", "nave");

  /** Buckets of {@link #prefixIndex}: 26 first letters times 27 second letters; one more for the rest. */
  static final int PREFIXES = 26 * 27;

  private StreetWords() {}

  /** The street-type words with their flags, and the folded words themselves. */
  private record TypeList(FoldedWordSet words, List<String> folded) {}

  /**
   * Bucket of a token by its first two folded letters ({@code a-z}; a one-letter token or a second char
   * outside {@code a-z}, as in {@code Pº}, counts as a 27th letter). Tokens not starting with {@code a-z}
   * go to bucket {@link #PREFIXES}, which holds no word.
   */
  static int prefixIndex(CharSequence text, int s, int len) {
    char c0 = Fold.fold(text.charAt(s));
    if (c0 < 'a' || c0 > 'z') {
      return PREFIXES;
    }
    int c1 = 26;
    if (len > 1) {
      char f = Fold.fold(text.charAt(s + 1));
      if (f >= 'a' && f <= 'z') {
        c1 = f - 'a';
      }
    }
    return (c0 - 'a') * 27 + c1;
  }

  /** 0-25 for a folded {@code a-z}, 26 for anything else ({@code º}). */
  static int letterIndex(char folded) {
    return folded >= 'a' && folded <= 'z' ? folded - 'a' : 26;
  }
  private static TypeList loadTypes(String resource) {
    FoldedWordSet.Builder b = new FoldedWordSet.Builder();
    List<String> folded = new ArrayList<>();
    try (InputStream in = HispanicAddressScanner.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (s.isEmpty()) {
          continue;
        }
        String[] cols = s.split("\\s+");
        int flags = 0;
        for (int i = 1; i < cols.length; i++) {
          flags |= switch (cols[i]) {
            case "es" -> ES;
            case "mx" -> MX;
            case "lower" -> LOWER;
            case "punct" -> PUNCT;
            case "slash" -> SLASH;
            case "dotweak" -> DOT_WEAK;
            case "label" -> LABEL;
            case "abbr" -> ABBR;
            default -> throw new IllegalStateException("unknown flag '" + cols[i] + "' in " + resource);
          };
        }
        String word = Fold.fold(cols[0]);
        if (word.length() > MAX_TYPE_LENGTH || word.charAt(0) < 'a' || word.charAt(0) > 'z') {
          throw new IllegalStateException("street type too long or not starting a-z in " + resource);
        }
        folded.add(word);
        b.put(word, flags);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new TypeList(b.build(), List.copyOf(folded));
  }
}
