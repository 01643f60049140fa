package org.piishield.registry.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.piishield.text.Fold;

/**
 * Expands an enrolled person name (or a relative's) into the normalised strings a flyer or post may use.
 * Every variant is folded (case and accents: {@code "María"} → {@code "maria"}), has punctuation removed
 * and single spaces between tokens. The set holds, in this order:
 * <ol>
 *   <li>for each reading of the name: given + middles + surname, given + middle initials + surname, given +
 *       surname, each also surname-first ({@code "Ruiz Peña, María"} folds to the tokens of
 *       {@code "ruiz pena maria"}), and first initial + surname ({@code "m ruiz pena"});</li>
 *   <li>English nicknames ({@code nicknames.csv}) and Spanish diminutives ({@code spanish_diminutives.csv}),
 *       both directions, with the surname in both orders ({@code "bill odonnell"}, {@code "pepe garcia"}).</li>
 * </ol>
 * Surnames: two final tokens or a hyphenated one are read as a Hispanic double surname too, giving both
 * surnames, both hyphenated and the first surname alone ({@code "María Ruiz Peña"} → {@code "maria ruiz
 * pena"}, {@code "maria ruiz-pena"}, {@code "maria ruiz"}); with three or more tokens the reading "middle
 * name + one surname" is kept as well ({@code "maria pena"}). Apostrophes give a joined and a split form
 * ({@code "O'Donnell"} → {@code "odonnell"}, {@code "o donnell"}). "Last, First Middle" is read from the
 * comma. At most {@link #MAX_VARIANTS} variants per name, in a deterministic order. Stateless, thread-safe.
 */
public final class NameVariants {

  /** Upper bound on the variants of one name. */
  public static final int MAX_VARIANTS = 64;

  private static final char APOSTROPHE = '\'';

  private NameVariants() {}

  /** The variants of one name; empty for a blank name. */
  public static List<String> of(CharSequence fullName) {
    Set<String> out = new LinkedHashSet<>();
    expand(fullName, out);
    return List.copyOf(out);
  }

  /** The variants of a name and its aliases, deduplicated, the full name's first; each name capped. */
  public static List<String> of(CharSequence fullName, Collection<? extends CharSequence> aliases) {
    Set<String> out = new LinkedHashSet<>();
    expand(fullName, out);
    for (CharSequence alias : aliases) {
      Set<String> one = new LinkedHashSet<>();
      expand(alias, one);
      out.addAll(one);
    }
    return List.copyOf(out);
  }

  /** Folds one free-text name to canonical tokens ({@code "O'Donnell,  William J."} → {@code "odonnell william j"}). */
  public static String normalize(CharSequence text) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens(text == null ? "" : text)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.replace("'", "").replace('-', ' '));
    }
    return sb.toString();
  }

  private static void expand(CharSequence name, Set<String> out) {
    if (name == null) {
      return;
    }
    String s = name.toString();
    List<Reading> readings = new ArrayList<>(2);
    int comma = s.indexOf(',');
    if (comma >= 0) {
      List<String> last = tokens(s.substring(0, comma));
      List<String> given = tokens(s.substring(comma + 1));
      if (last.isEmpty() || given.isEmpty()) {
        List<String> all = new ArrayList<>(last);
        all.addAll(given);
        readBySpaces(all, readings);
      } else {
        readings.add(new Reading(given.get(0), given.subList(1, given.size()), surname(last)));
      }
    } else {
      readBySpaces(tokens(s), readings);
    }
    Bounded sink = new Bounded(out);
    if (readings.isEmpty()) {
      List<String> single = tokens(s);
      if (single.size() == 1) {
        sink.add(single.get(0));
      }
      return;
    }
    for (Reading r : readings) {
      canonical(r, sink);
    }
    for (Reading r : readings) {
      for (String nick : Nicknames.alternatives(r.given.replace("'", ""))) {
        for (String sur : r.surnameForms) {
          sink.add(nick + ' ' + sur);
          sink.add(sur + ' ' + nick);
        }
      }
    }
  }

  private static void readBySpaces(List<String> t, List<Reading> readings) {
    int n = t.size();
    if (n < 2) {
      return;
    }
    String lastTok = t.get(n - 1);
    readings.add(new Reading(t.get(0), t.subList(1, n - 1), surname(List.of(lastTok))));
    // "María Ruiz Peña": also read the last two tokens as a double surname, unless one is an initial.
    if (n >= 3 && t.get(n - 2).length() > 1 && lastTok.indexOf('-') < 0) {
      readings.add(new Reading(t.get(0), t.subList(1, n - 2), surname(t.subList(n - 2, n))));
    }
  }

  private static void canonical(Reading r, Bounded sink) {
    String full = String.join(" ", r.middles);
    StringBuilder ini = new StringBuilder();
    for (String m : r.middles) {
      ini.append(ini.length() > 0 ? " " : "").append(m.charAt(0));
    }
    List<String> middleForms = new ArrayList<>(3);
    middleForms.add(full);
    middleForms.add(ini.toString());
    middleForms.add("");
    String initial = String.valueOf(r.given.charAt(0));
    for (String sur : r.surnameForms) {
      for (String m : middleForms) {
        String g = m.isEmpty() ? r.given : r.given + ' ' + m;
        sink.add(g + ' ' + sur);
        sink.add(sur + ' ' + g);
      }
      sink.add(initial + ' ' + sur);
      if (!r.middles.isEmpty()) {
        sink.add(initial + ' ' + ini + ' ' + sur);
      }
    }
  }

  /** Surname forms: one surname as is; a double one both, hyphenated and the first alone. */
  private static List<String> surname(List<String> parts) {
    List<String> p = new ArrayList<>();
    for (String t : parts) {
      for (String piece : t.split("-")) {
        if (!piece.isEmpty()) {
          p.add(piece);
        }
      }
    }
    List<String> forms = new ArrayList<>(3);
    if (p.size() == 2) {
      forms.add(p.get(0) + ' ' + p.get(1));
      forms.add(p.get(0) + '-' + p.get(1));
      forms.add(p.get(0));
    } else {
      // One surname, or a multi-word one ("de la cruz"): kept whole.
      forms.add(String.join(" ", p));
    }
    return forms;
  }

  /**
   * Folded tokens: letters and digits; an apostrophe between letters stays as {@code '} (expanded later),
   * a hyphen between letters stays as {@code -} (a double surname); everything else separates.
   */
  static List<String> tokens(CharSequence s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(Fold.fold(c));
      } else if ((isApostrophe(c) || isHyphen(c)) && cur.length() > 0 && i + 1 < n
          && Character.isLetterOrDigit(s.charAt(i + 1)) && !endsWithJoiner(cur)) {
        cur.append(isApostrophe(c) ? APOSTROPHE : '-');
      } else if (cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  private static boolean endsWithJoiner(StringBuilder sb) {
    char c = sb.charAt(sb.length() - 1);
    return c == APOSTROPHE || c == '-';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  private record Reading(String given, List<String> middles, List<String> surnameForms) {}

  /** Adds up to {@link #MAX_VARIANTS}; a variant with an apostrophe adds its joined and split forms. */
  private static final class Bounded {
    private final Set<String> out;
    private int added;

    Bounded(Set<String> out) {
      this.out = out;
    }

    void add(String v) {
      if (v.indexOf(APOSTROPHE) >= 0) {
        put(v.replace("'", ""));
        put(v.replace('\'', ' '));
      } else {
        put(v);
      }
    }

    private void put(String v) {
      if (added < MAX_VARIANTS && out.add(v)) {
        added++;
      }
    }
  }
}
