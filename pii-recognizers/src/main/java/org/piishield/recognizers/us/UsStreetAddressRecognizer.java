package org.piishield.recognizers.us;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * US street addresses and PO boxes, from the house number to the ZIP code:
 * <pre>
 *   house      [pre-dir] name (1–4 words)   suffix [route no.] [post-dir] [unit]        [, City, ST 12345-6789]
 *   1600        -        Pennsylvania       Avenue     -           NW        -          , Washington, DC 20500
 *   12 1/2      N.       Main               St.        -           -         Apt 4B
 *   4500        -        County             Road       12
 *   123         N        MAIN               ST         -           -         APT 4
 *   P.O. Box 4417                                                                       , Austin, TX 78711
 *   PSC 1234, Box 5678                                                                  \nAPO AE 09012
 * </pre>
 * <ul>
 *   <li>House number: 1–6 digits not starting with 0, optionally one letter ({@code 123A}) or a fraction
 *       ({@code 12 1/2}).
 *   <li>Name: capitalised or all-capital words, directionals, ordinals ({@code 5th}, {@code Fifth}); up to 6
 *       tokens in all, joined by blanks, {@code ". "} after a short abbreviation, {@code -} or {@code '}.
 *   <li>Suffix: any USPS Pub 28 C1 form ({@code Street}, {@code St}, {@code St.}, {@code Avenue}, {@code Ave},
 *       {@code Av}, ...) after at least one name word; the last suffix in the run wins, so
 *       {@code "123 Lake Shore Dr"} and {@code "5 St. Charles Ave"} end at the real suffix. A road type may
 *       carry a route number instead ({@code "Highway 101"}, {@code "County Road 12"}).
 *   <li>Unit: USPS C2 designators ({@code Apt 4B}, {@code Apt. 4}, {@code Unit 12}, {@code Suite 200},
 *       {@code Ste 200}, {@code Fl 3}) or {@code #4}.
 *   <li>City, state and ZIP: see {@link UsAddressTail#cityStateZip}.
 * </ul>
 *
 * <p>Scores: 0.7 for one of the common street types ({@code St}, {@code Ave}, {@code Rd}, {@code Blvd}, ...;
 * see {@link UsAddressWords#COMMON}) or a numbered road; 0.35 for the other C1 types ({@code "10 Best Ski
 * Hills"} is a headline) unless a unit, a state or a context phrase backs them; 0.8 with a state and ZIP.
 * Context ({@code home}, {@code address}, {@code lives at}, {@code resides}, {@code domicilio}, {@code vive en},
 * {@code dirección}, ...; not inside a redaction label, see {@link LabelAwareContext}) adds 0.35; right before
 * the number it also admits lower-case streets ({@code "lives at 12 oak st"}).
 *
 * <p>Rejected: {@code "5 Street lamps"} (no name before the suffix), {@code "Chapter 12 Court rules"} and
 * {@code "page 3 Main Street"} (a reference word before the number), {@code "the 9 Supreme Court justices"}
 * (a determiner before it), {@code "May 5 Park Avenue"} (a month), {@code "in 2019 Main Street was
 * repaved"}: a number from 1800 to 2099 after {@code in}, {@code since}, {@code by}, {@code until},
 * {@code from}, {@code during} (or Spanish {@code en}, {@code desde}, ...) is read as a year. That loses
 * {@code "in 2019 Main St"} meaning a place, which is rare next to the year reading ("lives at 2019 Main St"
 * is still found). Numbers glued to other digits ({@code 10:30}, {@code 3-12}, {@code 1/2}) are not house
 * numbers.
 *
 * <p>Cue: each token containing a digit (house or box number); no pattern runs over the text.
 * Immutable and thread-safe.
 */
public final class UsStreetAddressRecognizer implements Recognizer {

  public static final String NAME = "us_street_address";

  private static final String[] POSITIVE = {"home", "home address", "address", "lives at", "lives on",
      "living at", "resides", "resides at", "residing at", "residence", "domicilio", "vive en", "dirección",
      "direccion", "reside en", "mailing address"};
  private static final ContextSpec CONTEXT = ContextSpec.of(POSITIVE);
  private static final LabelAwareContext SCORING = new LabelAwareContext(CONTEXT, POSITIVE, new String[0]);

  /** {@link #WORDS_BEFORE} value: a reference, not a house number: {@code "Chapter 12 Court"}. */
  private static final int REFERENCE = 1;
  /** A determiner or quantifier: {@code "the 9 Supreme Court justices"}, {@code "all 50 State Parks"}. */
  private static final int DETERMINER = 2;
  /** A month: {@code "May 5 Park Avenue gala"}. */
  private static final int MONTH = 4;
  /** A number from 1800 to 2099 after it is a year: {@code "in 2019 Main Street was repaved"}. */
  private static final int YEAR_WORD = 8;
  /** Words before a number that say it is not a house number, with the kinds above as values. */
  private static final FoldedWordSet WORDS_BEFORE = wordsBefore();

  private static FoldedWordSet wordsBefore() {
    FoldedWordSet.Builder b = new FoldedWordSet.Builder();
    for (String w : new String[] {"page", "pages", "p", "pp", "pg", "pgs", "chapter", "chap", "ch", "section", "sec",
        "sect", "sections", "article", "art", "rule", "rules", "title", "vol", "volume", "para", "paragraph", "part",
        "exhibit", "exh", "ex", "appendix", "app", "table", "figure", "fig", "no", "nos", "number", "item", "items",
        "line", "lines", "step", "steps", "case", "docket", "count", "counts", "clause", "schedule", "amendment",
        "session", "grade", "level", "version", "ver", "age", "aged", "pagina", "paginas", "pag", "capitulo", "cap",
        "seccion", "articulo", "numero", "num", "tomo", "inciso", "fraccion", "anexo", "parrafo", "regla", "libro",
        "folio", "expediente", "edad"}) {
      b.put(w, REFERENCE);
    }
    for (String w : new String[] {"the", "all", "these", "those", "about", "approximately", "around", "nearly",
        "over", "some", "top", "first", "last", "only", "its", "their", "los", "las", "unos", "unas", "todos",
        "todas"}) {
      b.put(w, DETERMINER);
    }
    for (String w : new String[] {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "setiembre", "octubre", "noviembre", "diciembre"}) {
      b.put(w, MONTH);
    }
    for (String w : new String[] {"in", "since", "by", "until", "till", "from", "during", "before", "after", "circa",
        "year", "en", "desde", "hasta", "durante", "año", "ano"}) {
      b.put(w, YEAR_WORD);
    }
    return b.build();
  }

  private static final int MAX_HOUSE_DIGITS = 6;
  private static final int MAX_CHAIN = 6;
  /** {@link #nameGapKind} of {@code "N. Main"}: a dot after a short abbreviation. */
  private static final int DOTTED = 2;
  /** A lower-case street needs its context phrase within this many tokens: {@code "lives at 12 oak st"}. */
  private static final int LOWER_CASE_CONTEXT_TOKENS = 2;

  private static final double SCORE_COMMON = 0.7;
  private static final double SCORE_OTHER = 0.35;
  private static final double SCORE_STATE_ZIP = 0.8;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.US_STREET_ADDRESS);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    int n = ctx.digitTokenCount();
    int lastEnd = 0;
    for (int k = 0; k < n; k++) {
      int h = ctx.digitToken(k);
      if (ctx.tokenStart(h) < lastEnd) {
        continue;
      }
      int e = matchPoBox(ctx, h, lastEnd, out);
      if (e < 0) {
        e = matchStreet(ctx, h, out);
      }
      if (e > 0) {
        lastEnd = e;
      }
    }
  }

  /** Reports a street address whose house number is token {@code h}; returns its end or -1. */
  private int matchStreet(ScanContext ctx, int h, DetectionSink out) {
    // cheapest tests first: a blank, then a word (or "1/2"), after the number
    if (!UsTokens.blankGapAfter(ctx, h, 2)) {
      return -1;
    }
    int houseEnd = ctx.tokenHas(h + 1, ScanContext.ALL_DIGIT) ? fractionEnd(ctx, h) : h;
    if ((houseEnd != h && !UsTokens.blankGapAfter(ctx, houseEnd, 2))
        || !(ctx.tokenHas(houseEnd + 1, ScanContext.LETTER)) || !hasHouseNumberShape(ctx, h)
        || !isHouseNumberByWordBefore(ctx, h)) {
      return -1;
    }
    boolean anyCase = false;
    int suffix = ctx.tokenHas(houseEnd + 1, ScanContext.LOWER_FIRST) ? -1 : streetSuffix(ctx, houseEnd, false);
    if (suffix < 0 && ctx.tokenHas(houseEnd + 1, ScanContext.LOWER_FIRST)
        && SCORING.positiveBefore(ctx, h, LOWER_CASE_CONTEXT_TOKENS) != null) {
      anyCase = true;
      suffix = streetSuffix(ctx, houseEnd, true);
    }
    if (suffix < 0) {
      return -1;
    }
    CharSequence text = ctx.text();
    int kind = UsAddressWords.SUFFIXES.get(text, ctx.tokenStart(suffix), ctx.tokenLength(suffix));
    int last = suffix;
    int end;
    double score = (kind & UsAddressWords.COMMON) != 0 ? SCORE_COMMON : SCORE_OTHER;
    String pattern = "street";
    if (isRouteNumberAfter(ctx, suffix, kind)) {
      last = suffix + 1;
      end = ctx.tokenEnd(last);
      score = SCORE_COMMON;
      pattern = "numbered_road";
    } else {
      end = UsAddressTail.endWithDot(ctx, suffix, (kind & UsAddressWords.FULL_WORD) == 0);
    }
    int dir = UsAddressTail.postDirectional(ctx, last, end, anyCase);
    if (dir >= 0) {
      last = dir;
      end = UsAddressTail.endWithDot(ctx, dir, ctx.tokenLength(dir) <= 2);
    }
    int unit = UsAddressTail.unit(ctx, last, end, anyCase);
    if (unit >= 0) {
      last = unit;
      end = ctx.tokenEnd(unit);
      score = Math.max(score, SCORE_COMMON);
    }
    int tail = UsAddressTail.cityStateZip(ctx, last, end);
    if (tail >= 0) {
      end = ctx.tokenEnd(tail);
      score = ctx.tokenHas(tail, ScanContext.ALL_DIGIT) ? SCORE_STATE_ZIP : Math.max(score, SCORE_COMMON);
    }
    SCORING.report(ctx, out, ctx.tokenStart(h), end, EntityType.US_STREET_ADDRESS, score, this, pattern, null);
    return end;
  }

  /**
   * {@code "PO Box 123"}, {@code "P.O. Box 123"}, {@code "P. O. Box #123"}, {@code "Post Office Box 123"},
   * military {@code "PSC 1234, Box 5678"} / {@code "Unit 2050 Box 4190"}, any case, with an optional city, state
   * and ZIP after ({@code "APO AE 09012"}); reports it and returns its end, or -1.
   */
  private int matchPoBox(ScanContext ctx, int h, int notBefore, DetectionSink out) {
    if (h < 2 || !ctx.tokenEquals(h - 1, "box") || !UsTokens.isDigitToken(ctx, h, 1, 8) || !isShortGap(ctx, h - 1)) {
      return -1;
    }
    int b = h - 1;
    int first = -1;
    if (ctx.tokenEquals(b - 1, "po") && isShortGap(ctx, b - 1)) {
      first = b - 1;
    } else if (b >= 2 && ctx.tokenEquals(b - 1, "o") && ctx.tokenEquals(b - 2, "p") && isShortGap(ctx, b - 1)
        && isShortGap(ctx, b - 2)) {
      first = b - 2;
    } else if (b >= 2 && ctx.tokenEquals(b - 1, "office") && ctx.tokenEquals(b - 2, "post") && isShortGap(ctx, b - 1)
        && isShortGap(ctx, b - 2)) {
      first = b - 2;
    } else if (b >= 2 && UsTokens.isDigitToken(ctx, b - 1, 1, 5) && isShortGap(ctx, b - 2)
        && UsTokens.isInlineGap(ctx.text(), ctx.tokenEnd(b - 1), ctx.tokenStart(b))
        && (ctx.tokenEquals(b - 2, "psc") || ctx.tokenEquals(b - 2, "cmr") || ctx.tokenEquals(b - 2, "unit"))) {
      // military mail (Pub 28 section 225): "PSC 1234, Box 5678", "Unit 2050 Box 4190", "CMR 450 Box 12"
      first = b - 2;
    }
    if (first < 0 || ctx.tokenStart(first) < notBefore || !UsTokens.isFreeAfter(ctx.text(), ctx.tokenEnd(h))) {
      return -1;
    }
    int end = ctx.tokenEnd(h);
    double score = SCORE_COMMON;
    int tail = UsAddressTail.cityStateZip(ctx, h, end);
    if (tail >= 0) {
      end = ctx.tokenEnd(tail);
      score = ctx.tokenHas(tail, ScanContext.ALL_DIGIT) ? SCORE_STATE_ZIP : SCORE_COMMON;
    }
    SCORING.report(ctx, out, ctx.tokenStart(first), end, EntityType.US_STREET_ADDRESS, score, this, "po_box", null);
    return end;
  }

  /** 1 to 3 chars between token {@code i} and the next, no line break: {@code "."}, {@code ". "}, {@code " #"}. */
  private static boolean isShortGap(ScanContext ctx, int i) {
    int a = ctx.tokenEnd(i);
    int b = ctx.tokenStart(i + 1);
    if (b - a > 3) {
      return false;
    }
    for (int x = a; x < b; x++) {
      char c = ctx.text().charAt(x);
      if (c == '\n' || c == '\r' || c == ',') {
        return false;
      }
    }
    return true;
  }

  /** 1 to 6 ASCII digits not starting with 0, optionally one letter ({@code 221B}), free of other digits. */
  private static boolean hasHouseNumberShape(ScanContext ctx, int h) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(h);
    int len = ctx.tokenLength(h);
    if (len > MAX_HOUSE_DIGITS + 1 || text.charAt(s) == '0') {
      return false;
    }
    int digits = 0;
    while (digits < len && UsTokens.isAsciiDigit(text.charAt(s + digits))) {
      digits++;
    }
    if (digits == 0 || digits > MAX_HOUSE_DIGITS
        || (len != digits && (len != digits + 1 || !UsTokens.isAsciiLetter(text.charAt(s + digits))))) {
      return false;
    }
    return UsTokens.isFreeBefore(text, s) && !(s > 0 && isMoneyOrHash(text.charAt(s - 1)));
  }

  /** Whether the word right before token {@code h} leaves it a house number (see {@link #WORDS_BEFORE}). */
  private static boolean isHouseNumberByWordBefore(ScanContext ctx, int h) {
    int p = h - 1;
    if (p < 0 || ctx.tokenStart(h) - ctx.tokenEnd(p) > 3 || ctx.tokenHas(p, ScanContext.DIGIT)) {
      return true;
    }
    CharSequence text = ctx.text();
    int kind = WORDS_BEFORE.get(text, ctx.tokenStart(p), ctx.tokenLength(p));
    if (kind == FoldedWordSet.ABSENT) {
      return true;
    }
    if (kind != YEAR_WORD) {
      return false;
    }
    int s = ctx.tokenStart(h);
    if (ctx.tokenLength(h) != 4 || !ctx.tokenHas(h, ScanContext.ALL_DIGIT)) {
      return true;
    }
    int year = UsTokens.parseDigits(text, s, s + 4);
    return year < 1800 || year > 2099;
  }

  private static boolean isMoneyOrHash(char c) {
    return c == '$' || c == '€' || c == '£' || c == '#' || c == '§';
  }

  /** The last token of the house number: {@code h}, or the {@code 2} of {@code "12 1/2"}. */
  private static int fractionEnd(ScanContext ctx, int h) {
    int f = h + 1;
    if (f + 1 < ctx.tokenCount() && UsTokens.blankGapAfter(ctx, h, 1) && UsTokens.isDigitToken(ctx, f, 1, 1)
        && UsTokens.gapIs(ctx, f, '/') && UsTokens.isDigitToken(ctx, f + 1, 1, 2)) {
      return f + 1;
    }
    return h;
  }

  /**
   * Scans the street name after the house number (token {@code houseEnd}) and returns the token of its suffix,
   * or -1. In {@code anyCase} mode (context seen) lower-case words count as name words and the first suffix
   * wins, so {@code "lives at 12 oak st and walks to the park"} stops at {@code st}.
   */
  private static int streetSuffix(ScanContext ctx, int houseEnd, boolean anyCase) {
    CharSequence text = ctx.text();
    int found = -1;
    int names = 0;
    int limit = Math.min(ctx.tokenCount() - 1, houseEnd + MAX_CHAIN);
    for (int i = houseEnd + 1; i <= limit; i++) {
      if (i > houseEnd + 1) {
        int gap = nameGapKind(ctx, i - 1);
        // "St." with a name before it ends the street: "12 Oak St. The Park is nice"
        if (gap == 0 || (gap == DOTTED && found == i - 1)) {
          break;
        }
      }
      if (!isNameWord(ctx, i, anyCase)) {
        break;
      }
      int kind = UsAddressWords.SUFFIXES.get(text, ctx.tokenStart(i), ctx.tokenLength(i));
      if (kind != FoldedWordSet.ABSENT && !ctx.tokenHas(i, ScanContext.DIGIT)) {
        if (isRouteNumberAfter(ctx, i, kind)) {
          return i;
        }
        if (names > 0) {
          found = i;
          if (anyCase) {
            return found;
          }
        }
      }
      names++;
    }
    return found;
  }

  /** Whether the road-type suffix at token {@code i} is followed by a route number: {@code "Highway 101"}. */
  private static boolean isRouteNumberAfter(ScanContext ctx, int i, int kind) {
    if ((kind & UsAddressWords.NUMBERED) == 0 || !UsTokens.blankGapAfter(ctx, i, 2)) {
      return false;
    }
    int r = i + 1;
    return ctx.tokenHas(r, ScanContext.DIGIT) && ctx.tokenLength(r) <= 4
        && UsTokens.isAsciiAlnum(ctx.text(), ctx.tokenStart(r), ctx.tokenEnd(r))
        && UsTokens.isAsciiDigit(ctx.text().charAt(ctx.tokenStart(r)))
        && UsTokens.isFreeAfter(ctx.text(), ctx.tokenEnd(r));
  }

  /** A capitalised word ({@code Main}, {@code MAIN}, {@code Peña}), an ordinal ({@code 5th}), or any word. */
  private static boolean isNameWord(ScanContext ctx, int i, boolean anyCase) {
    if (ctx.tokenHas(i, ScanContext.DIGIT)) {
      return isOrdinal(ctx, i);
    }
    return anyCase || ctx.tokenHas(i, ScanContext.UPPER_FIRST);
  }

  /** {@code 1st}, {@code 22nd}, {@code 3RD}, {@code 104th}. */
  private static boolean isOrdinal(ScanContext ctx, int i) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(i);
    int len = ctx.tokenLength(i);
    if (len < 3 || len > 5 || !UsTokens.isAsciiDigits(text, s, s + len - 2)) {
      return false;
    }
    char a = Character.toLowerCase(text.charAt(s + len - 2));
    char b = Character.toLowerCase(text.charAt(s + len - 1));
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  }

  /**
   * The kind of gap after token {@code i} inside a name: 1 for 1–2 blanks, a single {@code -} or {@code '};
   * {@link #DOTTED} for {@code "."} plus 0–2 blanks after a token of at most 4 chars ({@code "N. Main"},
   * {@code "St. Charles"}); 0 for anything else.
   */
  private static int nameGapKind(ScanContext ctx, int i) {
    CharSequence text = ctx.text();
    int a = ctx.tokenEnd(i);
    int b = ctx.tokenStart(i + 1);
    if (UsTokens.isBlankGap(text, a, b, 2)) {
      return 1;
    }
    if (b == a + 1) {
      char c = text.charAt(a);
      if (c == '-' || c == '\'' || c == '\u2019') {
        return 1;
      }
    }
    if (text.charAt(a) == '.' && ctx.tokenLength(i) <= 4 && (b == a + 1 || UsTokens.isBlankGap(text, a + 1, b, 2))) {
      return DOTTED;
    }
    return 0;
  }

  /** Whether the gap after token {@code i} may separate two words of one street or city name. */
  static boolean isNameGap(ScanContext ctx, int i) {
    return nameGapKind(ctx, i) != 0;
  }
}
