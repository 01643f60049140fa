package org.piishield.recognizers.us;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.piishield.text.FoldedWordSet;

/**
 * USPS Publication 28 vocabularies for street addresses, loaded once from the CSV resources next to this
 * class (see the README there for source and licence) into {@link FoldedWordSet}s whose values are bit sets.
 *
 * <ul>
 *   <li>{@link #SUFFIXES}: every C1 form ({@code Street}, {@code St}, {@code Str}; {@code Avenue},
 *       {@code Ave}, {@code Av}) with {@link #FULL_WORD}, {@link #COMMON}, {@link #NUMBERED}.
 *   <li>{@link #UNITS}: C2 designators, description and abbreviation ({@code Apartment}, {@code Apt};
 *       {@code Suite}, {@code Ste}) with {@link #NEEDS_RANGE}, {@link #FULL_WORD}.
 *   <li>{@link #DIRECTIONALS}: {@code North}/{@code N} … {@code Southwest}/{@code SW}, with {@link #FULL_WORD}.
 * </ul>
 * Immutable and thread-safe.
 */
final class UsAddressWords {

  /** The word is spelled out ({@code Street}), so a following {@code '.'} ends a sentence, not an abbreviation. */
  static final int FULL_WORD = 1;
  /** One of the common street types that by itself makes a strong address ({@code St}, {@code Ave}, {@code Rd}). */
  static final int COMMON = 2;
  /** A road type that may carry a route number instead of a name: {@code Highway 101}, {@code County Road 12}. */
  static final int NUMBERED = 4;
  /** A unit designator that needs a unit number: {@code Apt 4B}, but {@code BSMT} alone. */
  static final int NEEDS_RANGE = 8;
  /** Present in the set (every value has this bit, so a value is never 0). */
  static final int PRESENT = 16;

  /*
   * COMMON is a judgement call (not from Pub 28): types that, after a house number and a capitalised name, are
   * almost never anything but a street. The other 180 C1 types (Hills, Park, Falls, Views, Lights, ...) also
   * name places and appear in headlines ("10 Best Ski Hills"), so the recognizer scores them lower.
   */
  private static final Set<String> COMMON_TYPES = Set.of("STREET", "AVENUE", "ROAD", "DRIVE", "LANE", "BOULEVARD",
      "COURT", "PLACE", "WAY", "TERRACE", "CIRCLE", "PARKWAY", "HIGHWAY", "TRAIL", "SQUARE", "LOOP", "PLAZA",
      "PIKE", "ALLEY", "ROUTE", "EXPRESSWAY", "FREEWAY", "TURNPIKE", "CRESCENT", "RIDGE", "COVE", "CROSSING",
      "HOLLOW");
  private static final Set<String> NUMBERED_TYPES = Set.of("ROAD", "HIGHWAY", "ROUTE", "FREEWAY", "EXPRESSWAY",
      "TURNPIKE");
  /**
   * C1 abbreviations left out because they are common words or codes in all-caps text: {@code IS} (Island),
   * {@code UN} (Union), {@code PR} (Prairie; Puerto Rico), {@code DL} (Dale; driver's licence).
   */
  private static final Set<String> AMBIGUOUS_ABBREVIATIONS = Set.of("IS", "UN", "PR", "DL");

  static final FoldedWordSet SUFFIXES = loadSuffixes();
  static final FoldedWordSet UNITS = loadUnits();
  static final FoldedWordSet DIRECTIONALS = loadDirectionals();

  private UsAddressWords() {}

  private static FoldedWordSet loadSuffixes() {
    Map<String, Integer> m = new HashMap<>();
    for (String[] r : readCsv("street_suffixes.csv", 3)) {
      String primary = r[0];
      int common = COMMON_TYPES.contains(primary) ? COMMON : 0;
      int numbered = NUMBERED_TYPES.contains(primary) ? NUMBERED : 0;
      // the primary word itself: Pub 28 lists PLACE, HEIGHTS, INLET, MISSION, EXTENSIONS without it
      for (int c = 0; c <= 2; c++) {
        String form = r[c];
        if (AMBIGUOUS_ABBREVIATIONS.contains(form)) {
          continue;
        }
        int full = form.equals(primary) ? FULL_WORD : 0;
        m.merge(form, PRESENT | common | numbered | full, (a, b) -> a | b);
      }
    }
    return FoldedWordSet.of(m);
  }

  private static FoldedWordSet loadUnits() {
    Map<String, Integer> m = new HashMap<>();
    for (String[] r : readCsv("unit_designators.csv", 3)) {
      int range = "Y".equals(r[2]) ? NEEDS_RANGE : 0;
      m.merge(r[0], PRESENT | range | FULL_WORD, (a, b) -> a | b);
      if (!r[1].equals(r[0])) {
        m.merge(r[1], PRESENT | range, (a, b) -> a | b);
      }
    }
    return FoldedWordSet.of(m);
  }

  private static FoldedWordSet loadDirectionals() {
    Map<String, Integer> m = new HashMap<>();
    for (String[] r : readCsv("directionals.csv", 2)) {
      m.put(r[0], PRESENT | FULL_WORD);
      m.put(r[1], PRESENT);
    }
    return FoldedWordSet.of(m);
  }

  /** Reads a CSV resource next to this class, skipping the header; each row must have {@code columns} fields. */
  static List<String[]> readCsv(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = UsAddressWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + UsAddressWords.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (header || line.isBlank()) {
          header = false;
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != columns) {
          throw new IllegalStateException("resource " + resource + " has a row with " + f.length + " fields");
        }
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].strip();
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return rows;
  }
}
