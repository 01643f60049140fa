package org.piishield.recognizers.internal.hispanic;

import static org.piishield.recognizers.internal.hispanic.AddressPatterns.NUMBER;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.NUMBER_LEADS;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.PLACE_LEADS;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.PLACE_MX;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.POSTAL_ES;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.POSTAL_LEADS;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.SEGMENT_LEADS;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.SEGMENT_MX;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.UNIT;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.UNIT_LEADS;
import static org.piishield.recognizers.internal.hispanic.AddressPatterns.mayStart;
import static org.piishield.recognizers.internal.hispanic.StreetWords.ABBR;
import static org.piishield.recognizers.internal.hispanic.StreetWords.DOT_WEAK;
import static org.piishield.recognizers.internal.hispanic.StreetWords.ES;
import static org.piishield.recognizers.internal.hispanic.StreetWords.LABEL;
import static org.piishield.recognizers.internal.hispanic.StreetWords.LOWER;
import static org.piishield.recognizers.internal.hispanic.StreetWords.MAX_TYPE_LENGTH;
import static org.piishield.recognizers.internal.hispanic.StreetWords.MONTHS;
import static org.piishield.recognizers.internal.hispanic.StreetWords.MX;
import static org.piishield.recognizers.internal.hispanic.StreetWords.NAME_ABBREVIATIONS;
import static org.piishield.recognizers.internal.hispanic.StreetWords.NUMBER_MARKERS;
import static org.piishield.recognizers.internal.hispanic.StreetWords.PARTICLES;
import static org.piishield.recognizers.internal.hispanic.StreetWords.PREFIXES;
import static org.piishield.recognizers.internal.hispanic.StreetWords.PUNCT;
import static org.piishield.recognizers.internal.hispanic.StreetWords.SLASH;
import static org.piishield.recognizers.internal.hispanic.StreetWords.STOP_WORDS;
import static org.piishield.recognizers.internal.hispanic.StreetWords.TYPES;
import static org.piishield.recognizers.internal.hispanic.StreetWords.UNIT_WORDS;
import static org.piishield.recognizers.internal.hispanic.StreetWords.letterIndex;
import static org.piishield.recognizers.internal.hispanic.StreetWords.prefixIndex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * Finds Spanish and Mexican street addresses for {@code es.SpanishStreetAddressRecognizer} and
 * {@code mx.MexicanStreetAddressRecognizer}, which share the street-type list ({@link StreetWords}), the
 * street-name grammar and the house-number and floor/door grammar ({@link AddressPatterns}); the {@link Dialect} picks the cue
 * words and the tail (Spanish postal code and city, or Mexican colonia, C.P. and city). Not API.
 *
 * <p>An address is, in order:
 * <ol>
 *   <li>a street type ({@code Calle}, {@code C/}, {@code Avda.}, {@code Pº}, {@code Blvd.} …), the cue; or a
 *       form label followed by a colon ({@code Domicilio:}), then a street without type;
 *   <li>a name: up to 8 capitalised words joined by single spaces, hyphens or the dot of an abbreviated title
 *       ({@code Dr.}, {@code Sta.}), with particles ({@code de}, {@code de la}, {@code y}) inside; a road code
 *       ({@code N-332}); a numeric name ({@code 5 de Mayo}); or, after a capitalised cue and when a number
 *       follows, up to 3 lower-case words ({@code Calle puente cesures, 16}); a function word ends the name
 *       ({@code Calle Mayor en Madrid});
 *   <li>a house number ({@code 5}, {@code nº 5}, {@code núm. 12}, {@code #284}, {@code 1-3}, {@code 12B},
 *       {@code s/n}, {@code Km 9,1});
 *   <li>floor and door ({@code 3º B}, {@code 2º izq.}, {@code bajo A}, {@code piso 4}, {@code puerta 2},
 *       {@code esc. A}, {@code , 3, A}, {@code Int. 4}, {@code Mz. 3 Lt. 12});
 *   <li>Spain: a postal code 01000–52999 and a city ({@code 28014 Madrid}); Mexico: colonia, alcaldía,
 *       {@code C.P. 06000} and city segments ({@code , Col. Centro, C.P. 06000, Ciudad de México}).
 * </ol>
 * The span runs from the cue (the label is excluded) to the end of the last part found.
 *
 * <p>Scores: typed street with a capitalised name and a number (or a tail) 0.7, with a tail 0.75; the cue in
 * lower case or an ambiguous abbreviation ({@code C. Mayor 5}) −0.1; lower-case words in the name −0.15
 * (−0.25 when there is no capitalised word); street and name without number 0.35 (left to context such as
 * {@code domicilio}); after a label 0.65. A name with lower-case words, or an ambiguous cue, whose number is
 * followed by a lower-case word ({@code Calle abajo había 3 coches}, {@code C. Martínez, 5 años}) is not an
 * address; a lower-case cue needs a wholly capitalised name ({@code calle Oria 66}, not {@code calle en 27}).
 *
 * <p>Cost: one pass over the token flags with a first-letter filter, one folded hash lookup per candidate
 * token, and a few anchored regex matches in a window of at most ~120 chars per cue. Immutable and
 * thread-safe; per-call state lives in a scratch object made once per {@link #scan} call.
 */
public final class HispanicAddressScanner {

  /** Which cue words and which address tail to look for. */
  public enum Dialect {
    SPAIN,
    MEXICO
  }

  static final double SCORE_STREET = 0.7;
  static final double SCORE_TAIL_BONUS = 0.05;
  static final double SCORE_NO_NUMBER = 0.35;
  static final double SCORE_LABELLED = 0.65;
  static final double PENALTY_WEAK_CUE = 0.1;
  static final double PENALTY_LOWER_WORDS = 0.15;
  static final double PENALTY_NO_CAPITAL = 0.25;

  private static final int MAX_NAME_TOKENS = 8;
  private static final int MAX_LOWER_WORDS = 3;
  private static final int MAX_UNITS = 6;
  private static final int MAX_TAIL_SEGMENTS = 5;
  private static final int WINDOW = 120;

  private final Dialect dialect;
  private final int dialectBit;
  /**
   * Cheap filter before hashing: bit {@code letterIndex(last char)} of {@code lastLetters[prefixIndex(w)][len]}
   * is set when a cue word {@code w} of this dialect has those first two letters, that length and that last
   * letter. {@code Carmen} shares {@code ca} and length 6 with {@code carrer} but not its last letter.
   */
  private final int[][] lastLetters;

  public HispanicAddressScanner(Dialect dialect) {
    this.dialect = dialect;
    this.dialectBit = dialect == Dialect.SPAIN ? ES : MX;
    this.lastLetters = new int[PREFIXES + 1][];
    for (String w : StreetWords.TYPE_WORDS) {
      if ((TYPES.get(w, 0, w.length()) & dialectBit) != 0) {
        int prefix = prefixIndex(w, 0, w.length());
        if (lastLetters[prefix] == null) {
          lastLetters[prefix] = new int[MAX_TYPE_LENGTH + 1];
        }
        lastLetters[prefix][w.length()] |= 1 << letterIndex(w.charAt(w.length() - 1));
      }
    }
  }

  /** Per-call parse state; one per {@link #scan} call. */
  private static final class Parse {
    int lastToken;
    int lastCapsToken;
    int caps;
    int titleCase;
    int lowers;
    /** Lower-case words before {@link #lastCapsToken}. */
    int lowersBeforeLastCaps;
    int end;
    boolean hasNumber;
    boolean hasTail;
  }

  /**
   * Reports every address in {@code ctx} as {@link EntityType#ES_STREET_ADDRESS} on behalf of {@code source}.
   * Walks the capitalised tokens only: each is a cue itself ({@code Calle}, {@code AVDA}, {@code Domicilio}) or
   * the first capitalised name word after a lower-case cue ({@code calle Oria}, {@code c/ de la Paz},
   * {@code domicilio: Doctor Esquerdo}), which is looked up behind it.
   */
  public void scan(ScanContext ctx, DetectionSink out, Recognizer source) {
    int uppers = ctx.upperTokenCount();
    Parse p = null;
    int lastEnd = 0;
    for (int k = 0; k < uppers; k++) {
      int t = ctx.upperToken(k);
      if (ctx.tokenStart(t) < lastEnd) {
        continue;
      }
      int v = cueFlags(ctx, t);
      boolean lowerCue = false;
      if (v == FoldedWordSet.ABSENT) {
        t = lowerCueBefore(ctx, t);
        if (t < 0 || ctx.tokenStart(t) < lastEnd) {
          continue;
        }
        v = cueFlags(ctx, t);
        lowerCue = true;
      }
      if (p == null) {
        p = new Parse();
      }
      int end = (v & LABEL) != 0 ? labelled(ctx, t, p, out, source) : street(ctx, t, v, lowerCue, p, out, source);
      if (end > 0) {
        lastEnd = end;
      }
    }
  }

  /** The flags of token {@code t} if it is a cue word of this dialect, else {@link FoldedWordSet#ABSENT}. */
  private int cueFlags(ScanContext ctx, int t) {
    int len = ctx.tokenLength(t);
    if (len > MAX_TYPE_LENGTH || ctx.tokenHas(t, ScanContext.DIGIT)) {
      return FoldedWordSet.ABSENT;
    }
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    // cheap reject before hashing: no cue word has these first two letters and this length
    int[] byLength = lastLetters[prefixIndex(text, s, len)];
    if (byLength == null || (byLength[len] & (1 << letterIndex(Fold.fold(text.charAt(s + len - 1))))) == 0) {
      return FoldedWordSet.ABSENT;
    }
    int v = TYPES.get(text, s, len);
    return v != FoldedWordSet.ABSENT && (v & dialectBit) != 0 ? v : FoldedWordSet.ABSENT;
  }

  /**
   * The lower-case cue allowed in lower case ({@code calle}, {@code c}, {@code domicilio}) right before
   * capitalised token {@code u}, across up to three particles ({@code calle de la Paz}); or -1.
   */
  private int lowerCueBefore(ScanContext ctx, int u) {
    CharSequence text = ctx.text();
    int j = u - 1;
    for (int particles = 0; j >= 0 && particles < 3 && ctx.tokenHas(j, ScanContext.LOWER_FIRST)
        && ctx.tokenLength(j) <= 3 && PARTICLES.contains(text, ctx.tokenStart(j), ctx.tokenLength(j)); particles++) {
      j--;
    }
    if (j < 0 || !ctx.tokenHas(j, ScanContext.LOWER_FIRST)) {
      return -1;
    }
    int v = cueFlags(ctx, j);
    return v != FoldedWordSet.ABSENT && (v & LOWER) != 0 ? j : -1;
  }

  /** A typed street starting at cue token {@code t}; returns the reported end or -1. */
  private int street(ScanContext ctx, int t, int v, boolean lowerCue, Parse p, DetectionSink out, Recognizer src) {
    CharSequence text = ctx.text();
    int n = text.length();
    int typeEnd = ctx.tokenEnd(t);
    char after = typeEnd < n ? text.charAt(typeEnd) : 0;
    boolean weak = lowerCue;
    if ((v & SLASH) != 0 && after != '/') {
      return -1;
    }
    if ((v & PUNCT) != 0) {
      if (after == '.') {
        weak |= (v & DOT_WEAK) != 0;
      } else if (after != '/') {
        return -1;
      }
    }
    int first = t + 1;
    if (first >= ctx.tokenCount() || !isCueGap(text, typeEnd, ctx.tokenStart(first), (v & ABBR) != 0)) {
      return -1;
    }
    if (!name(ctx, first, p)) {
      return -1;
    }
    boolean lowerWords = p.lowers > 0;
    if (lowerCue && (lowerWords || p.caps == 0)) {
      // "calle" in lower case is common prose; only "calle Oria 66" (a capitalised name) is a street
      return -1;
    }
    if (!rest(ctx, p, lowerWords || weak)) {
      // no usable number: a capitalised street alone, left to context; "AV en el OI" (agudeza visual) and
      // "Eje II del DSM-IV" are not streets
      boolean upperCue = ctx.tokenHas(t, ScanContext.ALL_UPPER) && ctx.tokenLength(t) > 2;
      if (weak || p.caps == 0 || p.lowersBeforeLastCaps > 0 || (p.titleCase == 0 && !upperCue)) {
        return -1;
      }
      int end = ctx.tokenEnd(p.lastCapsToken);
      out.add(ctx.tokenStart(t), end, EntityType.ES_STREET_ADDRESS, SCORE_NO_NUMBER, src, "street_no_number", null);
      return end;
    }
    double score = SCORE_STREET + (p.hasTail ? SCORE_TAIL_BONUS : 0) - (weak ? PENALTY_WEAK_CUE : 0)
        - (p.caps == 0 ? PENALTY_NO_CAPITAL : lowerWords ? PENALTY_LOWER_WORDS : 0);
    out.add(ctx.tokenStart(t), p.end, EntityType.ES_STREET_ADDRESS, score, src, "street", null);
    return p.end;
  }

  /** {@code Domicilio: Doctor Esquerdo, 46}: a label, a colon, then a capitalised street with a number. */
  private int labelled(ScanContext ctx, int t, Parse p, DetectionSink out, Recognizer src) {
    CharSequence text = ctx.text();
    int first = t + 1;
    if (first >= ctx.tokenCount() || !isLabelGap(text, ctx.tokenEnd(t), ctx.tokenStart(first))
        || !ctx.tokenHas(first, ScanContext.UPPER_FIRST)) {
      return -1;
    }
    int len = ctx.tokenLength(first);
    int s = ctx.tokenStart(first);
    if (len <= MAX_TYPE_LENGTH && (ctx.tokenFlags(first) & ScanContext.DIGIT) == 0) {
      int v = TYPES.get(text, s, len);
      if (v != FoldedWordSet.ABSENT && (v & dialectBit) != 0 && (v & LABEL) == 0) {
        int end = street(ctx, first, v, false, p, out, src);
        if (end > 0) {
          return end;
        }
      }
    }
    if (!name(ctx, first, p) || p.lowers > 0 || !rest(ctx, p, false) || !p.hasNumber) {
      return -1;
    }
    out.addWithContext(s, p.end, EntityType.ES_STREET_ADDRESS, SCORE_LABELLED, src, "labelled_street", null,
        ctx.tokenEquals(t, "domicilio") ? "domicilio" : "dirección");
    return p.end;
  }

  /** Walks the street name from token {@code first}; fills {@code p} and returns whether there is one. */
  private static boolean name(ScanContext ctx, int first, Parse p) {
    CharSequence text = ctx.text();
    int count = ctx.tokenCount();
    p.lastToken = -1;
    p.lastCapsToken = -1;
    p.caps = 0;
    p.titleCase = 0;
    p.lowers = 0;
    p.lowersBeforeLastCaps = 0;
    int i = first;
    int f = ctx.tokenFlags(i);
    if ((f & ScanContext.ALL_DIGIT) != 0) {
      // 5 de Mayo, 16 de Septiembre; or a numbered street before its number: Calle 85 #12, Calle 15 No. 654
      if (ctx.tokenLength(i) <= 2 && i + 2 < count && ctx.tokenEquals(i + 1, "de")
          && isSpaceGap(text, ctx.tokenEnd(i), ctx.tokenStart(i + 1))
          && isSpaceGap(text, ctx.tokenEnd(i + 1), ctx.tokenStart(i + 2))
          && MONTHS.contains(text, ctx.tokenStart(i + 2), ctx.tokenLength(i + 2))) {
        p.caps = 1;
        p.lastToken = i + 2;
        p.lastCapsToken = i + 2;
        i += 3;
      } else if (ctx.tokenLength(i) <= 3 && isNumberedStreet(ctx, i)) {
        p.caps = 1;
        p.lastToken = i;
        p.lastCapsToken = i;
        return true;
      } else {
        return false;
      }
    }
    for (int words = i - first; i < count && words < MAX_NAME_TOKENS; i++, words++) {
      if (i > first && !isNameGap(ctx, i)) {
        break;
      }
      f = ctx.tokenFlags(i);
      int s = ctx.tokenStart(i);
      int len = ctx.tokenLength(i);
      if ((f & ScanContext.DIGIT) != 0) {
        break;
      }
      if ((f & ScanContext.ALL_UPPER) != 0 && len <= 2 && isRoadCode(ctx, i)) {
        // N-332, A-6, M-30: a road code, letters and number joined by a hyphen
        p.caps++;
        p.lastToken = i + 1;
        p.lastCapsToken = i + 1;
        i++;
        words++;
        continue;
      }
      if ((NUMBER_MARKERS.contains(text, s, len) && startsPattern(ctx, NUMBER, s))
          || (i > first && UNIT_WORDS.contains(text, s, len) && startsPattern(ctx, UNIT, ctx.tokenEnd(i - 1)))) {
        // nº 5, n.º 5, s/n, Km 9; Mz. 3, Int. 4: the number part starts here
        break;
      }
      if ((f & ScanContext.UPPER_FIRST) != 0) {
        p.caps++;
        p.titleCase += (f & ScanContext.ALL_UPPER) == 0 ? 1 : 0;
        p.lastToken = i;
        p.lastCapsToken = i;
        p.lowersBeforeLastCaps = p.lowers;
      } else if (!PARTICLES.contains(text, s, len)) {
        if (p.lowers == MAX_LOWER_WORDS || STOP_WORDS.contains(text, s, len)) {
          break;
        }
        p.lowers++;
        p.lastToken = i;
      }
    }
    return p.lastToken >= 0;
  }

  /**
   * House number, units and tail after the name; sets {@code p.end}, {@code hasNumber}, {@code hasTail}.
   * Returns false when there is neither number, unit nor tail. With {@code strict} (a lower-case or ambiguous
   * cue, or lower-case name words), a number followed by a lower-case word that is not a unit is refused:
   * {@code C. Martínez, 5 años}.
   */
  private boolean rest(ScanContext ctx, Parse p, boolean strict) {
    CharSequence text = ctx.text();
    int n = text.length();
    int pos = ctx.tokenEnd(p.lastToken);
    p.end = pos;
    p.hasNumber = false;
    p.hasTail = false;
    Matcher m = ctx.matcher(NUMBER);
    if (mayStart(text, pos, NUMBER_LEADS) && window(m, pos, n).lookingAt()) {
      pos = m.end();
      p.hasNumber = true;
    }
    int units = 0;
    int beforeLast = pos;
    boolean lastRisky = false;
    Matcher u = ctx.matcher(UNIT);
    while (units < MAX_UNITS && (p.hasNumber || units > 0 || dialect == Dialect.MEXICO)) {
      if (!mayStart(text, pos, UNIT_LEADS) || !window(u, pos, n).lookingAt()) {
        break;
      }
      boolean bare = u.start("bare") >= 0;
      boolean letter = u.start("letter") >= 0;
      int word = u.start("word");
      if (bare && !containsDashOrComma(text, u.start("sep"), u.end("sep"))) {
        break;
      }
      if (!p.hasNumber && units == 0 && (bare || letter || word >= 0)) {
        break;
      }
      beforeLast = pos;
      lastRisky = bare || letter || (word >= 0 && Character.isLowerCase(text.charAt(word)));
      pos = u.end();
      units++;
    }
    if (lastRisky && isFollowedByLowerWord(text, pos)) {
      // "Calle Mayor 5, 2 hijos": the last part was a count, not a floor
      pos = beforeLast;
      units--;
    }
    if (units > 0) {
      p.hasNumber = true;
    }
    if (!p.hasNumber) {
      pos = p.end;
    } else if (strict && units == 0 && isFollowedByLowerWord(text, pos)) {
      return false;
    }
    pos = tail(ctx, pos, p);
    while (pos > p.end && text.charAt(pos - 1) == '.') {
      // "izq." or "s/n." at the end: the dot may be the full stop; leave it out
      pos--;
    }
    p.end = pos;
    return p.hasNumber || p.hasTail;
  }

  /** The dialect's tail after position {@code pos}; returns its end (or {@code pos}) and sets {@code p.hasTail}. */
  private int tail(ScanContext ctx, int pos, Parse p) {
    CharSequence text = ctx.text();
    int n = text.length();
    if (dialect == Dialect.SPAIN) {
      Matcher m = ctx.matcher(POSTAL_ES);
      if (mayStart(text, pos, POSTAL_LEADS) && window(m, pos, n).lookingAt()) {
        p.hasTail = true;
        return m.end();
      }
      return pos;
    }
    Matcher m = ctx.matcher(SEGMENT_MX);
    Matcher place = ctx.matcher(PLACE_MX);
    for (int k = 0; k < MAX_TAIL_SEGMENTS; k++) {
      if (mayStart(text, pos, SEGMENT_LEADS) && window(m, pos, n).lookingAt()) {
        p.hasTail = true;
        pos = m.end();
      } else if (p.hasTail && mayStart(text, pos, PLACE_LEADS) && window(place, pos, n).lookingAt()) {
        pos = place.end();
      } else {
        break;
      }
    }
    return pos;
  }

  private static Matcher window(Matcher m, int from, int n) {
    m.region(from, Math.min(n, from + WINDOW));
    m.useTransparentBounds(true);
    return m;
  }

  /**
   * After the cue: {@code "C/"}, {@code "C/. "}, {@code "Avda. "}, one or two spaces after a full word; no line
   * break and no comma ({@code Lake Blvd, Riverside} ends a US address).
   */
  private static boolean isCueGap(CharSequence text, int from, int to, boolean abbreviation) {
    int len = to - from;
    if (len < 1 || len > 5) {
      return false;
    }
    int punct = 0;
    int spaces = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '/') {
        if (!abbreviation || spaces > 0 || ++punct > 2) {
          return false;
        }
      } else if (c == ' ' || c == '\t' || c == '\u00a0') {
        spaces++;
      } else {
        return false;
      }
    }
    return spaces <= 2;
  }

  /** After a label: optional spaces, a colon, spaces. */
  private static boolean isLabelGap(CharSequence text, int from, int to) {
    int colon = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        colon++;
      } else if (c != ' ' && c != '\t' && c != '\u00a0') {
        return false;
      }
    }
    return colon == 1 && to - from <= 5;
  }

  /** Between two name words: one or two spaces, a hyphen or apostrophe, or the dot of an abbreviation. */
  private static boolean isNameGap(ScanContext ctx, int i) {
    CharSequence text = ctx.text();
    int from = ctx.tokenEnd(i - 1);
    int to = ctx.tokenStart(i);
    if (to - from > 5) {
      return false;
    }
    int spaces = 0;
    int joins = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\t' || c == '\u00a0') {
        spaces++;
      } else if (c == '-' || c == '\'' || c == '’') {
        joins++;
      } else if (c == '.' && k == from && isAbbreviation(ctx, i - 1)) {
        joins++;
      } else {
        return false;
      }
    }
    return spaces <= 2 && joins <= 1;
  }

  private static boolean isAbbreviation(ScanContext ctx, int i) {
    int len = ctx.tokenLength(i);
    return (len == 1 && ctx.tokenHas(i, ScanContext.UPPER_FIRST))
        || NAME_ABBREVIATIONS.contains(ctx.text(), ctx.tokenStart(i), len);
  }

  private static boolean isSpaceGap(CharSequence text, int from, int to) {
    return to - from == 1 && text.charAt(from) == ' ';
  }

  /** {@code 85} in {@code Calle 85 #12} or {@code Calle 15 No. 654}: a number marker follows. */
  private static boolean isNumberedStreet(ScanContext ctx, int i) {
    CharSequence text = ctx.text();
    int k = ctx.tokenEnd(i);
    int n = text.length();
    while (k < n && text.charAt(k) == ' ') {
      k++;
    }
    if (k < n && text.charAt(k) == '#') {
      return true;
    }
    return i + 2 < ctx.tokenCount() && ctx.tokenStart(i + 1) == k
        && NUMBER_MARKERS.contains(text, k, ctx.tokenLength(i + 1)) && !ctx.tokenEquals(i + 1, "km")
        && !ctx.tokenEquals(i + 1, "s") && !ctx.tokenEquals(i + 1, "sn") && startsPattern(ctx, NUMBER, k);
  }

  private static boolean startsPattern(ScanContext ctx, Pattern pattern, int at) {
    return window(ctx.matcher(pattern), at, ctx.text().length()).lookingAt();
  }

  private static boolean isRoadCode(ScanContext ctx, int i) {
    int e = ctx.tokenEnd(i);
    return i + 1 < ctx.tokenCount() && ctx.text().charAt(e) == '-' && ctx.tokenStart(i + 1) == e + 1
        && ctx.tokenHas(i + 1, ScanContext.ALL_DIGIT) && ctx.tokenLength(i + 1) <= 3;
  }

  private static boolean containsDashOrComma(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '-' || c == '–') {
        return true;
      }
    }
    return false;
  }

  /** Whether spaces and then a lower-case letter follow {@code pos}: {@code 3 coches}. */
  private static boolean isFollowedByLowerWord(CharSequence text, int pos) {
    int n = text.length();
    int k = pos;
    while (k < n && k - pos < 3 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    return k > pos && k < n && Character.isLowerCase(text.charAt(k));
  }

}
