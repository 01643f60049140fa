package org.piishield.registry.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.piishield.text.FoldedWordSet;

/**
 * USPS Pub 28 lookups, all lower-case: street suffix ({@code "street"}, {@code "st"}, {@code "str"} →
 * {@code "st"}), directional ({@code "north"}, {@code "n"} → {@code "n"}) and unit designator
 * ({@code "apartment"}, {@code "apt"} → {@code "apt"}). Immutable.
 */
final class UspsTables {

  private static final Map<String, String> SUFFIX = new HashMap<>();
  private static final Map<String, String> DIRECTIONAL = new HashMap<>();
  private static final Map<String, String> UNIT = new HashMap<>();

  static {
    for (String[] r : Resources.csv("street_suffixes.csv")) {
      String std = lower(r[2]);
      SUFFIX.put(lower(r[0]), std);
      SUFFIX.put(lower(r[1]), std);
      SUFFIX.put(std, std);
    }
    for (String[] r : Resources.csv("directionals.csv")) {
      DIRECTIONAL.put(lower(r[0]), lower(r[1]));
      DIRECTIONAL.put(lower(r[1]), lower(r[1]));
    }
    for (String[] r : Resources.csv("unit_designators.csv")) {
      UNIT.put(lower(r[0]), lower(r[1]));
      UNIT.put(lower(r[1]), lower(r[1]));
    }
    UNIT.put("#", "#");
  }

  /** Every suffix, directional and unit word, valued by the {@link StreetWords} kind bits it has. */
  static final FoldedWordSet WORD_KINDS = wordKinds();

  private static FoldedWordSet wordKinds() {
    Map<String, Integer> kinds = new HashMap<>();
    SUFFIX.keySet().forEach(w -> kinds.merge(w, StreetWords.SUFFIX, (a, b) -> a | b));
    DIRECTIONAL.keySet().forEach(w -> kinds.merge(w, StreetWords.DIRECTIONAL, (a, b) -> a | b));
    UNIT.keySet().stream().filter(w -> !"#".equals(w)).forEach(w -> kinds.merge(w, StreetWords.UNIT, (a, b) -> a | b));
    return FoldedWordSet.of(kinds);
  }

  private UspsTables() {}

  /** The USPS standard suffix abbreviation, or {@code null}. */
  static String suffix(String folded) {
    return SUFFIX.get(folded);
  }

  /** The USPS directional abbreviation, or {@code null}. */
  static String directional(String folded) {
    return DIRECTIONAL.get(folded);
  }

  /** The USPS unit designator abbreviation ({@code "#"} for a bare number sign), or {@code null}. */
  static String unit(String folded) {
    return UNIT.get(folded);
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
