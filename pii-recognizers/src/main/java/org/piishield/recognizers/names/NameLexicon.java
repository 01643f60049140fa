package org.piishield.recognizers.names;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.piishield.text.FoldedWordSet;

/**
 * Every word list the name and location recognizers use, merged into ONE {@link FoldedWordSet} whose value
 * packs what is known about the word, so each capitalised token costs one hash lookup. Loaded once, on first
 * use, by {@link #get()} (lazy holder); immutable and thread-safe after that.
 *
 * <p>Value layout: bits 0–2 given-name frequency class, bits 3–5 surname frequency class (class =
 * {@code floor(log10(count))}, 0 = not a name), bits 6–7 SCOWL English word level (1 very common … 3
 * common, 0 = not listed), then one flag per role ({@link #ES_WORD}, {@link #AMBIGUOUS}, …).
 *
 * <p>Example: {@code "García"} → surname class 6; {@code "Will"} → given class 4, surname class 4,
 * English level 1 and {@link #AMBIGUOUS}, so it needs more evidence than {@code "Maria"}.
 */
final class NameLexicon {

  static final int GIVEN_MASK = 0x7;
  static final int SURNAME_SHIFT = 3;
  static final int EN_SHIFT = 6;
  /** A common Spanish word (stop word or hand-listed). */
  static final int ES_WORD = 1 << 8;
  /** A name that is also a common word, month or day: needs more evidence. */
  static final int AMBIGUOUS = 1 << 9;
  /** Never part of a name ("Court", "Monday", "Calle"). */
  static final int NEVER = 1 << 10;
  /** Introduces a name: "Mr", "Officer", "agente", "jueza". */
  static final int TITLE = 1 << 11;
  /** Joins name parts: "de", "del", "van", "y". */
  static final int PARTICLE = 1 << 12;
  /** Joins only after another particle: "la" in "de la", "der" in "van der". */
  static final int PARTICLE_SECOND = 1 << 13;
  /** Follows a street name: "Avenue", "St". */
  static final int STREET_AFTER = 1 << 14;
  /** Precedes a street name: "Calle", "Avenida". */
  static final int STREET_BEFORE = 1 << 15;
  /** Follows an institution or place name: "University", "River", "Inc". */
  static final int ORG_AFTER = 1 << 16;
  /** Precedes an institution or place name: "Hospital", "Universidad". */
  static final int ORG_BEFORE = 1 << 17;
  /** Starts at least one location phrase of the {@link LocationGazetteer}. */
  static final int LOC_FIRST = 1 << 18;
  /** Heads an eponym: "signo de Murphy", "escala de Glasgow". */
  static final int EPONYM_BEFORE = 1 << 19;
  /** A function word (Spanish stopword list, English hand list): "el", "en", "se", "the", "my", "in". */
  static final int FUNCTION_WORD = 1 << 20;

  private static final String[] LOCATION_FILES = {
      "locations_us.txt", "locations_world.txt", "locations_es_mx_latam.txt", "locations_geonames.txt"};

  private final FoldedWordSet words;
  private final LocationGazetteer locations;

  private NameLexicon() {
    Map<String, Integer> map = new HashMap<>(1 << 18);
    load(map, "given_names_ssa.txt", v -> Math.min(v, 7));
    load(map, "spanish_given_names.txt", v -> Math.min(v, 7));
    load(map, "surnames_census2010.txt", v -> Math.min(v, 7) << SURNAME_SHIFT);
    load(map, "hispanic_surnames.txt", v -> Math.min(v, 7) << SURNAME_SHIFT);
    load(map, "english_words_scowl.txt", v -> (v & 3) << EN_SHIFT);
    load(map, "spanish_stopwords.txt", v -> ES_WORD | FUNCTION_WORD);
    load(map, "spanish_words.txt", v -> ES_WORD);
    load(map, "english_function_words.txt", v -> FUNCTION_WORD | (1 << EN_SHIFT));
    load(map, "ambiguous_words.txt", v -> v == 2 ? NEVER : AMBIGUOUS);
    load(map, "titles.txt", v -> TITLE);
    load(map, "particles.txt", v -> v == 2 ? PARTICLE_SECOND : PARTICLE | PARTICLE_SECOND);
    load(map, "street_suffixes_usps.txt", v -> STREET_AFTER);
    load(map, "street_words.txt", v -> ((v & 1) != 0 ? STREET_AFTER : 0) | ((v & 2) != 0 ? STREET_BEFORE : 0));
    load(map, "org_words.txt", v -> ((v & 1) != 0 ? ORG_AFTER : 0) | ((v & 2) != 0 ? ORG_BEFORE : 0)
        | ((v & 4) != 0 ? EPONYM_BEFORE : 0));
    LocationGazetteer.Builder gb = new LocationGazetteer.Builder();
    for (String file : LOCATION_FILES) {
      readLines(file, (word, value) -> gb.add(word, value));
    }
    this.locations = gb.build();
    for (String first : gb.firstTokens()) {
      map.merge(first, LOC_FIRST, NameLexicon::merge);
    }
    this.words = FoldedWordSet.of(map);
  }

  /** The shared lexicon, loaded on first call. */
  static NameLexicon get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final NameLexicon INSTANCE = new NameLexicon();
  }

  /** Packed value of the word at {@code text[off, off+len)}, 0 when unknown. */
  int lookup(CharSequence text, int off, int len) {
    int v = words.get(text, off, len);
    return v == FoldedWordSet.ABSENT ? 0 : v;
  }

  LocationGazetteer locations() {
    return locations;
  }

  static int givenClass(int v) {
    return v & GIVEN_MASK;
  }

  static int surnameClass(int v) {
    return (v >>> SURNAME_SHIFT) & 7;
  }

  static int nameClass(int v) {
    return Math.max(givenClass(v), surnameClass(v));
  }

  static int englishLevel(int v) {
    return (v >>> EN_SHIFT) & 3;
  }

  /** A listed common word of either language (or a hand-listed non-name). */
  static boolean isWord(int v) {
    return englishLevel(v) != 0 || (v & (ES_WORD | AMBIGUOUS | NEVER)) != 0;
  }

  /**
   * A name that is also a word common enough to be capitalised for other reasons. Very common names beat
   * less common words: {@code "Smith"} (2.4M people, SCOWL level 20) is not ambiguous, {@code "Brown"}
   * (level 10) is, {@code "Maria"} (level 35) is not.
   */
  static boolean isAmbiguousName(int v) {
    if ((v & AMBIGUOUS) != 0) {
      return true;
    }
    int nc = nameClass(v);
    return switch (englishLevel(v)) {
      case 1 -> true;
      case 2 -> nc < 6;
      case 3 -> nc < 5;
      default -> (v & ES_WORD) != 0 && nc < 5;
    };
  }

  /**
   * A function word that is also a rare name: {@code "My"}, {@code "In"}, {@code "No"}, {@code "El"},
   * {@code "Se"}, {@code "Tres"}. Never a name part. Names given to 10,000+ people ({@code "May"},
   * {@code "Ray"}, {@code "Joy"}) stay ambiguous names instead.
   */
  static boolean isFunctionWord(int v) {
    return givenClass(v) < 4 && (v & FUNCTION_WORD) != 0;
  }

  private static int merge(int a, int b) {
    int given = Math.max(a & GIVEN_MASK, b & GIVEN_MASK);
    int surname = Math.max(surnameClass(a), surnameClass(b));
    int ea = englishLevel(a);
    int eb = englishLevel(b);
    int en = ea == 0 ? eb : eb == 0 ? ea : Math.min(ea, eb); // the commonest level wins
    int flags = (a | b) & ~((GIVEN_MASK) | (7 << SURNAME_SHIFT) | (3 << EN_SHIFT));
    return flags | given | (surname << SURNAME_SHIFT) | (en << EN_SHIFT);
  }

  private static void load(Map<String, Integer> map, String resource, IntUnaryOperator toValue) {
    readLines(resource, (word, value) -> map.merge(org.piishield.text.Fold.fold(word),
        toValue.applyAsInt(value), NameLexicon::merge));
  }

  /** Reads {@code word[,value]} lines of a resource next to this class (value defaults to 1). */
  static void readLines(String resource, FoldedWordSet.EntryConsumer consumer) {
    FoldedWordSet.readLines(NameLexicon.class, resource, consumer);
  }
}
