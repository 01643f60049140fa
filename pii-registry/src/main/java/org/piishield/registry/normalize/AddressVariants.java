package org.piishield.registry.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.piishield.text.Fold;

/**
 * Expands an enrolled US street address into canonical variants. The street line (the text before the first
 * comma) is folded to lower case with punctuation dropped, the street suffix and directionals replaced by
 * their USPS Pub 28 abbreviations ({@code Street/St./Str} → {@code st}, {@code North/N.} → {@code n}) and the
 * unit designator by its abbreviation, where {@code Apartment}, {@code Apt}, {@code Unit} and {@code #} are
 * all written {@code apt} because flyers use them interchangeably.
 *
 * <p>Example: {@code "123 N. Main St. #4, Springfield, IL 62704-1234"} gives, in this order,
 * {@code "123 n main st apt 4"} (with unit), {@code "123 n main st"} (house number + street: a home
 * address published without a city is still an exposure), {@code "123 main st"} (directional dropped) and
 * {@code "62704"} (ZIP5, see {@link #isZip5(String)}: a weak identifier on its own). Without a leading house
 * number only the normalised line and the ZIP5 are returned, since a street alone names no home.
 * Stateless and thread-safe; no exception carries the input.
 */
public final class AddressVariants {

  /** Upper bound on the variants of one address. */
  public static final int MAX_VARIANTS = 16;

  private static final String APT = "apt";

  private AddressVariants() {}

  /** The variants of one address, deterministic order; empty for a blank address. */
  public static List<String> of(CharSequence address) {
    Set<String> out = new LinkedHashSet<>();
    if (address == null) {
      return List.of();
    }
    String s = address.toString();
    addStreetForms(s, out);
    String zip = zip5(s);
    if (zip != null) {
      out.add(zip);
    }
    List<String> list = new ArrayList<>(out);
    return List.copyOf(list.subList(0, Math.min(MAX_VARIANTS, list.size())));
  }

  /**
   * Document side: the street forms {@link #of} gives for an address whose street line is {@code streetLine},
   * in the same order and without the ZIP5, so a street line found in a document is probed in exactly the
   * forms enrolment hashed. Example: {@code "742 N Evergreen Terrace #2"} gives
   * {@code "742 n evergreen ter apt 2"}, {@code "742 n evergreen ter"}, {@code "742 evergreen ter"};
   * {@code "Evergreen Terrace"} (no house number) gives nothing.
   */
  public static List<String> streetForms(CharSequence streetLine) {
    if (streetLine == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    addStreetForms(streetLine.toString(), out);
    return List.copyOf(out);
  }

  private static void addStreetForms(String s, Set<String> out) {
    Street st = parse(streetTokens(s));
    if (st != null) {
      if (st.unit != null) {
        out.add(st.render(true, true));
      }
      out.add(st.render(true, false));
      if (st.hasDirectional()) {
        out.add(st.render(false, false));
      }
    }
  }

  /**
   * The canonical form of a street line as found in a document, for probing the registry:
   * {@code "123 North Main Street, Apt. 4"} → {@code "123 n main st apt 4"}; {@code null} when it has no
   * leading house number.
   */
  public static String normalize(CharSequence streetLine) {
    if (streetLine == null) {
      return null;
    }
    Street st = parse(tokens(streetLine));
    return st == null ? null : st.render(true, true);
  }

  /** Whether a variant is a bare ZIP5 ({@code "62704"}), which a matcher must weigh as weak evidence. */
  public static boolean isZip5(String variant) {
    if (variant == null || variant.length() != 5) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      if (!isDigit(variant.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The last 5-digit run (optionally followed by {@code -dddd}) after the start, or {@code null}. */
  static String zip5(String s) {
    String found = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      boolean afterDash = i > 0 && s.charAt(i - 1) == '-' && i >= 6 && isDigit(s.charAt(i - 2));
      if (j - i == 5 && i > 0 && !afterDash) {
        found = s.substring(i, j);
      }
      i = j;
    }
    return found;
  }

  /**
   * The tokens of the street line: up to the first comma, plus the next comma part when it is a unit
   * ({@code "900 Oak Ave NW, Suite 200, Washington"} → {@code 900 oak ave nw suite 200}).
   */
  private static List<String> streetTokens(String s) {
    int comma = s.indexOf(',');
    if (comma < 0) {
      return tokens(s);
    }
    List<String> t = tokens(s.substring(0, comma));
    int next = s.indexOf(',', comma + 1);
    List<String> second = tokens(s.substring(comma + 1, next < 0 ? s.length() : next));
    if (isUnitAt(second, 0)) {
      t.addAll(second);
    }
    return t;
  }

  /** Folded tokens of letters and digits; {@code #} is a token of its own; everything else separates. */
  static List<String> tokens(CharSequence s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(Fold.fold(c));
        continue;
      }
      if (cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
      if (c == '#') {
        out.add("#");
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  private static Street parse(List<String> t) {
    if (t.isEmpty() || !isDigit(t.get(0).charAt(0))) {
      return null;
    }
    int n = t.size();
    // The unit designator: the first one after at least one street-name token.
    int u = n;
    for (int j = 2; j < n; j++) {
      if (isUnitAt(t, j)) {
        u = j;
        break;
      }
    }
    List<String> name = new ArrayList<>(t.subList(1, u));
    if (name.isEmpty()) {
      return null;
    }
    boolean[] directional = new boolean[name.size()];
    // Pre-directional: "123 N Main" but not "456 North Street" (there "North" is the name).
    if (UspsTables.directional(name.get(0)) != null
        && (name.size() >= 3 || name.size() == 2 && UspsTables.suffix(name.get(1)) == null)) {
      name.set(0, UspsTables.directional(name.get(0)));
      directional[0] = true;
    }
    int firstName = directional[0] ? 1 : 0;
    cutAfterLastSuffix(name, firstName);
    int last = name.size() - 1;
    if (last > firstName && UspsTables.directional(name.get(last)) != null
        && UspsTables.suffix(name.get(last - 1)) != null && last - 1 > firstName) {
      name.set(last, UspsTables.directional(name.get(last)));
      directional[last] = true;
      last--;
    }
    if (last > firstName && UspsTables.suffix(name.get(last)) != null) {
      name.set(last, UspsTables.suffix(name.get(last)));
    }
    String unit = null;
    if (u < n) {
      String des = UspsTables.unit(t.get(u));
      int v = u + 1;
      if (v < n && "#".equals(t.get(v))) {
        v++; // "Apt #4"
      }
      if ("#".equals(des) || "unit".equals(des)) {
        des = APT;
      }
      unit = v < n ? des + ' ' + t.get(v) : des;
    }
    return new Street(t.get(0), name, directional, unit);
  }

  /**
   * Without commas the city follows the street: {@code "123 N Main St Springfield IL 62704"} keeps
   * {@code n main st}, cut after the last suffix (and a directional right after it); a line whose last
   * token is already a suffix or directional is left alone.
   */
  private static void cutAfterLastSuffix(List<String> name, int firstName) {
    int n = name.size();
    String lastTok = name.get(n - 1);
    if (UspsTables.suffix(lastTok) != null || UspsTables.directional(lastTok) != null) {
      return;
    }
    for (int k = n - 2; k > firstName; k--) {
      if (UspsTables.suffix(name.get(k)) != null) {
        int end = k + 1 < n && UspsTables.directional(name.get(k + 1)) != null ? k + 2 : k + 1;
        name.subList(end, n).clear();
        return;
      }
    }
  }

  /**
   * Whether a unit designator starts at {@code j}: followed by a number ({@code "apt 4"}, {@code "ste #200"},
   * {@code "# 12b"}), or last with no number ({@code "rear"}); {@code "Key West"} and
   * {@code "12 Lower Side Rd"} hold designator words that are not units.
   */
  private static boolean isUnitAt(List<String> t, int j) {
    if (j >= t.size() || UspsTables.unit(t.get(j)) == null) {
      return false;
    }
    int v = j + 1;
    if (v < t.size() && "#".equals(t.get(v))) {
      v++;
    }
    if (v < t.size()) {
      return containsDigit(t.get(v)) || t.get(v).length() == 1;
    }
    return v == j + 1 && !"#".equals(t.get(j));
  }

  private static boolean containsDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private record Street(String house, List<String> name, boolean[] directional, String unit) {

    boolean hasDirectional() {
      for (boolean d : directional) {
        if (d) {
          return true;
        }
      }
      return false;
    }

    String render(boolean withDirectionals, boolean withUnit) {
      StringBuilder sb = new StringBuilder(house);
      for (int i = 0; i < name.size(); i++) {
        if (withDirectionals || !directional[i]) {
          sb.append(' ').append(name.get(i));
        }
      }
      if (withUnit && unit != null) {
        sb.append(' ').append(unit);
      }
      return sb.toString();
    }
  }
}
