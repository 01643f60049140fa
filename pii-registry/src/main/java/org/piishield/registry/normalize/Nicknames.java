package org.piishield.registry.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.piishield.text.Fold;

/**
 * Given name ↔ nickname, both directions: English from {@code nicknames.csv}, Spanish from
 * {@code spanish_diminutives.csv}, all folded. {@code alternatives("william")} starts
 * {@code [bela, bell, bill, billy, …]}; {@code alternatives("paco")} is {@code [francisco]}. Immutable.
 */
final class Nicknames {

  /** At most this many alternatives per name, in file order (forward first), to bound the variants. */
  static final int MAX_PER_NAME = 8;

  private static final Map<String, List<String>> ALTERNATIVES = load();

  private Nicknames() {}

  /** The folded alternatives of a folded given name; empty when none. */
  static List<String> alternatives(String folded) {
    return ALTERNATIVES.getOrDefault(folded, List.of());
  }

  private static Map<String, List<String>> load() {
    Map<String, Set<String>> forward = new HashMap<>();
    Map<String, Set<String>> reverse = new HashMap<>();
    for (String[] row : Resources.csv("nicknames.csv")) {
      if (row.length == 3) {
        link(forward, reverse, row[0], row[2]);
      }
    }
    for (String[] row : Resources.csv("spanish_diminutives.csv")) {
      if (row.length == 2) {
        link(forward, reverse, row[0], row[1]);
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    Set<String> keys = new LinkedHashSet<>(forward.keySet());
    keys.addAll(reverse.keySet());
    for (String k : keys) {
      Set<String> all = new LinkedHashSet<>(forward.getOrDefault(k, Set.of()));
      all.addAll(reverse.getOrDefault(k, Set.of()));
      all.remove(k);
      List<String> list = new ArrayList<>(all);
      out.put(k, Collections.unmodifiableList(list.subList(0, Math.min(MAX_PER_NAME, list.size()))));
    }
    return out;
  }

  private static void link(Map<String, Set<String>> fwd, Map<String, Set<String>> rev, String a, String b) {
    String name = Fold.fold(a.strip());
    String nick = Fold.fold(b.strip());
    if (!name.isEmpty() && !nick.isEmpty()) {
      fwd.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(nick);
      rev.computeIfAbsent(nick, k -> new LinkedHashSet<>()).add(name);
    }
  }
}
