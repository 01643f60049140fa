package org.piishield.benchmarks.registry;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.piishield.registry.enroll.PeopleCsvReader;

/**
 * A reproducible synthetic population of protected people, written as a people CSV ({@link PeopleCsvReader#HEADER})
 * that {@code shield registry enroll} reads. The same seed always gives the same rows, and the first {@code n}
 * rows of a larger run equal a run of {@code n}. Nobody in it is real; values are drawn from public-domain name
 * statistics and fictional ranges.
 *
 * <p>What a row holds (proportions per person, drawn independently):
 * <ul>
 *   <li>person id {@code p-0000001}, {@code p-0000002}, …;
 *   <li>full name: 35 % Hispanic (given name from the Spanish list with accents, or SSA; 85 % of them with a
 *       double surname, one in ten of those hyphenated, so ~30 % double surnames overall; 30 % compound given
 *       names like {@code María José}), else an SSA given name (US Social Security baby names) and a Census
 *       2010 surname, 25 % with a middle name or initial; names weighted by frequency class;
 *   <li>0–2 aliases: a nickname (English nickname list, Spanish diminutives) with the surname, the first
 *       surname alone, or {@code "Last, First"};
 *   <li>one US street address, 20 % with a unit ({@code Apt 4B}, {@code #12}, {@code Unit 3}), 15 % with a
 *       directional, suffixes in long and abbreviated forms, a city from the US place list and a random ZIP;
 *   <li>1–2 phones (35 % two): a NANP geographic area code with the exchange 555, 958 or 959, which no
 *       subscriber holds (see {@link #EXCHANGES}; 555-01xx alone gives too few distinct numbers for a million
 *       people), in four layouts;
 *   <li>0–1 e-mail under {@code example.com/.net/.org} (RFC 2606); 0–1 licence plate (random letters and
 *       digits in three layouts); 0–3 relatives (given name with the family surname).
 * </ul>
 *
 * <p>Example: {@code new SyntheticPeople(42).row()} might be
 * {@code p-0000001,Ana Lucía Peña Ortiz,Lucy Peña,"418 W Cedar Ave, Apt 2, Fresno, CA 93721",(312) 958-2290,,7KXR214,Luis Peña}.
 * Not thread-safe (one random sequence).
 */
public final class SyntheticPeople {

  private static final String NAMES = "/org/piishield/recognizers/names/";
  private static final String NORMALIZE = "/org/piishield/registry/normalize/";
  private static final Pattern NON_ASCII_LETTER = Pattern.compile("[^a-z]");

  /** Loaded once: about 65,000 names. */
  private static final class Lists {
    static final WeightedWords GIVEN = WeightedWords.ofClasses(NAMES + "given_names_ssa.txt", c -> c >= 3);
    static final WeightedWords SPANISH_GIVEN = WeightedWords.ofClasses(NAMES + "spanish_given_names.txt", c -> true);
    static final WeightedWords SURNAMES = WeightedWords.ofClasses(NAMES + "surnames_census2010.txt", c -> true);
    static final WeightedWords HISPANIC_SURNAMES = WeightedWords.ofClasses(NAMES + "hispanic_surnames.txt",
        c -> true);
    static final WeightedWords CITIES = WeightedWords.ofClasses(NAMES + "locations_us.txt", c -> c == 3 || c == 11);
    static final WeightedWords STREET_WORDS = WeightedWords.uniform("Oak", "Maple", "Cedar", "Pine", "Elm",
        "Walnut", "Willow", "Birch", "Hickory", "Magnolia", "Washington", "Lincoln", "Jefferson", "Madison",
        "Franklin", "Jackson", "Park", "Lake", "Hill", "River", "Sunset", "Highland", "Main", "Church", "Mill",
        "Spring", "Center", "Ridge", "Valley", "Meadow", "Forest", "Orchard", "Mesa", "Vista", "Alameda",
        "Central", "Market", "Broadway", "College", "School", "Railroad", "Cherry", "Chestnut", "Dogwood");
    static final WeightedWords SUFFIXES = WeightedWords.uniform("Street", "St", "St.", "Avenue", "Ave", "Ave.",
        "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Boulevard", "Blvd", "Court", "Ct", "Place", "Pl", "Way",
        "Terrace", "Circle", "Parkway", "Trail");
    static final WeightedWords DIRECTIONALS = WeightedWords.uniform("N", "S", "E", "W", "North", "South", "East",
        "West", "N.", "S.", "E.", "W.");
    static final WeightedWords STATES = WeightedWords.uniform("CA", "TX", "FL", "NY", "IL", "AZ", "NM", "CO",
        "WA", "OR", "NV", "GA", "NC", "VA", "PA", "OH", "MI", "NJ", "MA", "MN");
    static final Map<String, List<String>> NICKNAMES = nicknames();
  }

  /**
   * NANP geographic area codes (US, Canada, Caribbean) that libphonenumber 9.0 accepts with the exchanges
   * {@link #EXCHANGES}; fixed here so a seed gives the same numbers under any libphonenumber version.
   */
  private static final int[] AREA_CODES = {
      201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219, 220, 223, 224, 225, 226, 227, 228,
      229, 231, 234, 235, 236, 239, 240, 248, 249, 250, 251, 252, 253, 254, 256, 257, 260, 262, 263, 267, 269, 270, 272, 273, 274,
      276, 279, 281, 283, 289, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321,
      323, 324, 325, 326, 327, 329, 330, 331, 332, 334, 336, 337, 339, 341, 343, 346, 347, 350, 351, 352, 353, 354, 360, 361, 363,
      364, 365, 367, 368, 369, 380, 382, 385, 386, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 416, 417,
      418, 419, 423, 424, 425, 428, 430, 431, 432, 434, 435, 437, 438, 440, 442, 443, 445, 447, 448, 450, 458, 463, 464, 468, 469,
      470, 472, 474, 475, 478, 479, 480, 484, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 612, 613, 614, 615, 616, 617, 618,
      619, 620, 622, 623, 626, 628, 629, 630, 631, 633, 636, 639, 640, 641, 645, 646, 647, 650, 651, 656, 657, 658, 659, 660, 661,
      662, 667, 669, 672, 678, 680, 681, 682, 683, 686, 689, 701, 702, 703, 704, 705, 706, 707, 708, 709, 712, 713, 714, 715, 716,
      717, 718, 719, 720, 724, 725, 726, 727, 728, 730, 731, 732, 734, 737, 738, 740, 742, 743, 747, 748, 753, 754, 757, 760, 762,
      763, 765, 769, 770, 771, 772, 773, 774, 775, 778, 779, 780, 781, 782, 785, 786, 787, 801, 802, 803, 804, 805, 806, 807, 808,
      809, 810, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 825, 826, 828, 829, 830, 831, 832, 835, 838, 839, 840, 843, 845,
      847, 848, 849, 850, 854, 856, 857, 858, 859, 860, 862, 863, 864, 865, 867, 870, 872, 873, 876, 878, 879, 901, 902, 903, 904,
      905, 906, 907, 908, 909, 910, 912, 913, 914, 915, 916, 917, 918, 919, 920, 925, 928, 929, 930, 931, 934, 936, 937, 938, 939,
      940, 941, 942, 943, 945, 947, 948, 949, 951, 952, 954, 956, 959, 970, 971, 972, 973, 975, 978, 979, 980, 983, 984, 985, 986,
      989};
  /**
   * Exchanges no subscriber holds: 555 (fiction and information services; 555-0100..0199 is the fiction range)
   * and 958, 959 (reserved by the NANP for plant testing). With 376 area codes that is 11.3 million numbers,
   * so a million people share few; 555-01xx alone (37,600) would make most phones shared.
   */
  private static final int[] EXCHANGES = {555, 958, 959};

  private final SplittableRandom random;
  private final StringBuilder row = new StringBuilder(256);
  private long next = 1;

  public SyntheticPeople(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Writes the header and {@code people} rows to {@code file} (UTF-8, LF), streaming; returns bytes written. */
  public long writeCsv(Path file, long people) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      writeCsv(out, people);
    }
    return Files.size(file);
  }

  /** Writes the header and {@code people} rows to {@code out} (not closed). */
  public void writeCsv(Writer out, long people) throws IOException {
    out.write(PeopleCsvReader.HEADER);
    out.write('\n');
    for (long i = 0; i < people; i++) {
      out.append(row()).append('\n');
    }
  }

  /** The next CSV row (no line end); valid until the next call. */
  public CharSequence row() {
    StringBuilder b = row;
    b.setLength(0);
    String id = String.format(Locale.ROOT, "p-%07d", next++);
    boolean hispanic = chance(0.35);
    String given = hispanic && chance(0.7) ? Lists.SPANISH_GIVEN.pick(random) : Lists.GIVEN.pick(random);
    String middle = null;
    if (hispanic ? chance(0.3) : chance(0.25)) {
      String m = hispanic ? Lists.SPANISH_GIVEN.pick(random) : Lists.GIVEN.pick(random);
      middle = !hispanic && chance(0.4) ? m.substring(0, 1) + "." : m;
    }
    String surname;
    String firstSurname;
    if (hispanic) {
      firstSurname = Lists.HISPANIC_SURNAMES.pick(random);
      if (chance(0.85)) {
        String second = chance(0.5) ? Lists.HISPANIC_SURNAMES.pick(random) : Lists.SURNAMES.pick(random);
        surname = firstSurname + (chance(0.1) ? "-" : " ") + second;
      } else {
        surname = firstSurname;
      }
    } else {
      surname = Lists.SURNAMES.pick(random);
      firstSurname = surname;
    }
    String first = middle == null ? given : given + " " + middle;
    b.append(id).append(',');
    appendField(b, first + " " + surname);
    b.append(',');
    appendList(b, aliases(given, first, surname, firstSurname));
    b.append(',');
    appendField(b, address());
    b.append(',');
    List<String> phones = new ArrayList<>(2);
    phones.add(phone());
    if (chance(0.35)) {
      phones.add(phone());
    }
    appendList(b, phones);
    b.append(',');
    if (chance(0.6)) {
      appendField(b, email(given, firstSurname));
    }
    b.append(',');
    if (chance(0.4)) {
      appendField(b, plate());
    }
    b.append(',');
    int relatives = random.nextInt(4);
    List<String> rel = new ArrayList<>(relatives);
    for (int i = 0; i < relatives; i++) {
      String g = hispanic && chance(0.6) ? Lists.SPANISH_GIVEN.pick(random) : Lists.GIVEN.pick(random);
      rel.add(g + " " + (chance(0.8) ? surname : Lists.SURNAMES.pick(random)));
    }
    appendList(b, rel);
    return b;
  }

  private List<String> aliases(String given, String first, String surname, String firstSurname) {
    int n = random.nextInt(3);
    List<String> out = new ArrayList<>(n);
    List<String> nicks = Lists.NICKNAMES.get(fold(given));
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(3);
      String alias;
      if (kind == 0 && nicks != null) {
        alias = capitalise(nicks.get(random.nextInt(nicks.size()))) + " " + firstSurname;
      } else if (kind == 1 && !firstSurname.equals(surname)) {
        alias = given + " " + firstSurname;
      } else {
        alias = surname + ", " + first;
      }
      if (!out.contains(alias)) {
        out.add(alias);
      }
    }
    return out;
  }

  private String address() {
    StringBuilder a = new StringBuilder(64);
    a.append(1 + random.nextInt(chance(0.9) ? 9999 : 99999)).append(' ');
    if (chance(0.15)) {
      a.append(Lists.DIRECTIONALS.pick(random)).append(' ');
    }
    a.append(chance(0.7) ? Lists.STREET_WORDS.pick(random) : Lists.SURNAMES.pick(random)).append(' ')
        .append(Lists.SUFFIXES.pick(random));
    if (chance(0.2)) {
      int unit = 1 + random.nextInt(40);
      switch (random.nextInt(3)) {
        case 0 -> a.append(", Apt ").append(unit).append(chance(0.3) ? String.valueOf((char) ('A' + random.nextInt(4))) : "");
        case 1 -> a.append(" #").append(unit);
        default -> a.append(", Unit ").append(unit);
      }
    }
    a.append(", ").append(Lists.CITIES.pick(random)).append(", ").append(Lists.STATES.pick(random)).append(' ')
        .append(String.format(Locale.ROOT, "%05d", 1001 + random.nextInt(98_000)));
    return a.toString();
  }

  /** A number in {@link #AREA_CODES} with an exchange of {@link #EXCHANGES} (never 555-1212, directory help). */
  private String phone() {
    int area = AREA_CODES[random.nextInt(AREA_CODES.length)];
    int exchange = EXCHANGES[random.nextInt(EXCHANGES.length)];
    int line;
    do {
      line = random.nextInt(10_000);
    } while (exchange == 555 && line == 1212);
    return switch (random.nextInt(4)) {
      case 0 -> String.format(Locale.ROOT, "(%d) %d-%04d", area, exchange, line);
      case 1 -> String.format(Locale.ROOT, "%d-%d-%04d", area, exchange, line);
      case 2 -> String.format(Locale.ROOT, "%d.%d.%04d", area, exchange, line);
      default -> String.format(Locale.ROOT, "+1 %d %d %04d", area, exchange, line);
    };
  }

  private String email(String given, String surname) {
    String local = NON_ASCII_LETTER.matcher(fold(given)).replaceAll("") + (chance(0.5) ? "." : "")
        + NON_ASCII_LETTER.matcher(fold(surname)).replaceAll("") + random.nextInt(1000);
    String[] domains = {"example.com", "example.net", "example.org"};
    return local + "@" + domains[random.nextInt(3)];
  }

  private String plate() {
    StringBuilder p = new StringBuilder(8);
    String letters = "" + letter() + letter() + letter();
    String digits = String.format(Locale.ROOT, "%03d", random.nextInt(1000));
    switch (random.nextInt(3)) {
      case 0 -> p.append(1 + random.nextInt(9)).append(letters).append(digits);
      case 1 -> p.append(letters).append('-').append(digits).append(random.nextInt(10));
      default -> p.append(letters).append(' ').append(digits).append(random.nextInt(10));
    }
    return p.toString();
  }

  private char letter() {
    return (char) ('A' + random.nextInt(26));
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private static void appendList(StringBuilder b, List<String> values) {
    appendField(b, String.join(";", values));
  }

  /** RFC 4180: quoted when it holds a comma or a quote. */
  private static void appendField(StringBuilder b, String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
      b.append(value);
    } else {
      b.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Given name (folded) to its nicknames, from the registry's English and Spanish lists. */
  private static Map<String, List<String>> nicknames() {
    Map<String, List<String>> out = new HashMap<>();
    readPairs(NORMALIZE + "nicknames.csv", 2, out);
    readPairs(NORMALIZE + "spanish_diminutives.csv", 1, out);
    return out;
  }

  private static void readPairs(String resource, int valueColumn, Map<String, List<String>> out) {
    try (InputStream in = SyntheticPeople.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine(); // header
      for (String line; (line = r.readLine()) != null; ) {
        String[] cols = line.strip().split(",");
        if (cols.length > valueColumn && !cols[0].startsWith("#")) {
          out.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[valueColumn]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "SyntheticPeople[next=" + next + "]";
  }
}
