package org.piishield.registry.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.NameVariants;

/** Test helpers: collect candidates as {@code "DOMAIN value start end"} lines; filters from enrolled names. */
final class Candidates {

  private Candidates() {}

  /** Every candidate of {@code text}, as {@code "NAME odonnell william 0 18"}. */
  static List<String> all(CandidateExtractor ex, String text) {
    List<String> out = new ArrayList<>();
    ex.extract(text, (d, v, s, e) -> out.add(d + " " + v + " " + s + " " + e));
    return out;
  }

  /** The candidates of one domain. */
  static List<String> of(FieldType domain, CandidateExtractor ex, String text) {
    List<String> out = new ArrayList<>();
    ex.extract(text, (d, v, s, e) -> {
      if (d == domain) {
        out.add(v + " " + s + " " + e);
      }
    });
    return out;
  }

  /** The normalised values of one domain. */
  static Set<String> values(FieldType domain, CandidateExtractor ex, String text) {
    Set<String> out = new HashSet<>();
    ex.extract(text, (d, v, s, e) -> {
      if (d == domain) {
        out.add(v.toString());
      }
    });
    return out;
  }

  /** A filter holding the tokens of every variant of {@code names} (split at spaces and hyphens). */
  static NamePartFilter filterOf(Collection<String> names) {
    Set<String> parts = new HashSet<>();
    for (String name : names) {
      for (String v : NameVariants.of(name)) {
        for (String p : v.split("[ -]")) {
          parts.add(p);
        }
      }
    }
    return t -> parts.contains(t.toString());
  }

  static NamePartFilter filterOf(String... names) {
    return filterOf(List.of(names));
  }

  /** A filter holding exactly {@code tokens}. */
  static NamePartFilter tokens(String... tokens) {
    Set<String> parts = Set.of(tokens);
    return t -> parts.contains(t.toString());
  }
}
