package org.piishield.recognizers.generic;

import java.util.Set;
import org.piishield.recognizers.internal.context.RedactionLabels;
import org.piishield.detect.ContextWords;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * Calendar dates in English and Spanish, reported as {@code DATE_OF_BIRTH} (0.85) when a birth phrase is
 * near and as {@code DATE} (0.35, below the default threshold on purpose) otherwise. Cue: digit tokens; each
 * candidate is read char by char and checked against the calendar. Immutable and thread-safe.
 *
 * <p>Formats, with the span each gives:
 * <ul>
 *   <li>numeric, day and month in either order: {@code 3/4/1975}, {@code 12-31-1975}, {@code 31.12.1975},
 *       and with a two-digit year only with slashes: {@code 3/4/75};
 *   <li>ISO: {@code 1975-03-04}; in the timestamp {@code 1975-03-04T10:30:00Z} only the date part
 *       {@code [0, 10)} is reported;
 *   <li>English: {@code March 3, 1975}, {@code Mar. 3 1975}, {@code March 3rd, 1975}, {@code 3 March 1975},
 *       {@code 3rd of March, 1975};
 *   <li>Spanish: {@code 3 de marzo de 1975}, {@code 1º de mayo del 2001}, {@code 03-mar-1975},
 *       {@code 3/marzo/1975};
 *   <li>month and year: {@code March 1975}, {@code marzo de 1975}, {@code Mayo del 2000}.
 * </ul>
 *
 * <p>Rejects, with the reason: {@code 2/30/1975} (no such day), {@code 13/13/1975} (no month 13 either
 * way), {@code 12-15} (a page range), {@code 10:30} (a time), {@code 2.4.1} and {@code 1.2.3.2010} (version
 * numbers, dotted runs), {@code 3/4} (a fraction), {@code 3-1} (a score), {@code 555-12-2020} (a three-digit
 * first part), {@code 12-05-20} (two-digit years need slashes), {@code may 5 2020} with a lower-case
 * {@code may} (a verb), and years outside 1800–2199.
 *
 * <p>Birth phrases, looked for in the six tokens before the date and the three after, not reaching past the
 * previous date or a redaction label such as {@code [DATE_OF_BIRTH]} (whose words would otherwise turn the
 * next date into a birth date when redacted text is scanned again): {@code born}, {@code DOB},
 * {@code D.O.B.}, {@code date of birth}, {@code birthdate}, {@code birthday}, {@code nacido/a}, {@code nació},
 * {@code fecha de nacimiento}, {@code f. nac.}, {@code F.N.}; and {@code b.} right before the date.
 */
public final class DateRecognizer implements Recognizer {

  public static final String NAME = "date";

  /*
   * Design notes.
   * 1. Day/month order: "3/4/1975" is accepted when either M/D or D/M is a real date; the span is the same.
   * 2. The recognizer sets its own context (birth phrases) and reports through addWithContext, so the engine
   *    adds no boost; plain dates keep 0.35 and are dropped at the default threshold of 0.4.
   * 3. Formats that need a letter month are cued by their day or year token and look at the neighbouring
   *    tokens only; no regex runs.
   * References: [1] ISO 8601-1:2019 §5.2.2 (calendar dates); [2] RAE, Ortografía 2010, §8.2.2.2 (Spanish dates).
   */
  private static final int ABBR = 0x10;
  private static final int AMBIGUOUS = 0x20;
  private static final int MONTH_MASK = 0x0F;
  /** First two folded letters of every month name, {@code [a * 26 + b]}. */
  private static final boolean[] MONTH_PREFIX = new boolean[26 * 26];
  /** Month names and abbreviations, English and Spanish; filled with {@link #MONTH_PREFIX}. */
  private static final FoldedWordSet MONTHS = months();
  private static final ContextWords BIRTH = ContextWords.of("born", "dob", "d.o.b", "date of birth",
      "birth date", "birthdate", "birthday", "nacido", "nacida", "nació", "nacio", "nacimiento",
      "fecha de nacimiento", "fecha nac", "f. nac", "fec. nac", "f.n", "fdn", "natalicio");
  private static final int BIRTH_BEFORE = 6;
  private static final int BIRTH_AFTER = 3;
  private static final String[] PATTERNS = {"numeric", "iso", "textual", "textual_es", "month_year",
      "numeric_month_name"};
  private static final int NUMERIC = 0;
  private static final int ISO = 1;
  private static final int TEXTUAL = 2;
  private static final int TEXTUAL_ES = 3;
  private static final int MONTH_YEAR = 4;
  private static final int SEP_MONTH = 5;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.DATE, EntityType.DATE_OF_BIRTH);
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    int lastEnd = 0;
    int[] m = null;
    for (int k = 0; k < ctx.digitTokenCount(); k++) {
      int t = ctx.digitToken(k);
      if (ctx.tokenStart(t) < lastEnd || ctx.tokenLength(t) > 4) {
        continue;
      }
      if (m == null) {
        m = new int[2];
      }
      int end = match(ctx, t, lastEnd, m);
      if (end < 0) {
        continue;
      }
      report(ctx, out, m[0], end, PATTERNS[m[1]], lastEnd);
      lastEnd = end;
    }
  }

  private void report(ScanContext ctx, DetectionSink out, int start, int end, String pattern, int prevEnd) {
    int first = ctx.tokenAtOrAfter(start);
    int from = first;
    int limit = Math.max(first - BIRTH_BEFORE, ctx.tokenAtOrAfter(prevEnd));
    while (from > limit && !RedactionLabels.isLabelToken(ctx, from - 1)) {
      from--;
    }
    int p = BIRTH.find(ctx, from, first);
    if (p < 0) {
      int next = ctx.tokenAtOrAfter(end);
      int to = next;
      while (to < ctx.tokenCount() && to - next < BIRTH_AFTER && !RedactionLabels.isLabelToken(ctx, to)) {
        to++;
      }
      p = BIRTH.find(ctx, next, to);
    }
    if (p >= 0) {
      out.addWithContext(start, end, EntityType.DATE_OF_BIRTH, 0.85, this, pattern, "calendar", BIRTH.phrase(p));
    } else if (isBornAbbreviation(ctx, first - 1)) {
      out.addWithContext(start, end, EntityType.DATE_OF_BIRTH, 0.85, this, pattern, "calendar", "b.");
    } else {
      out.add(start, end, EntityType.DATE, 0.35, this, pattern, "calendar");
    }
  }

  /** {@code b.} right before the date: token "b" followed by a dot, not glued to a word. */
  private static boolean isBornAbbreviation(ScanContext ctx, int t) {
    if (t < 0 || ctx.tokenLength(t) != 1 || !ctx.tokenEquals(t, "b")) {
      return false;
    }
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(t);
    return e < text.length() && text.charAt(e) == '.' && (s == 0 || !Chars.isAlnum(text.charAt(s - 1)))
        && (s == 0 || text.charAt(s - 1) != '.');
  }

  /** Tries every format cued by token {@code t}; returns the end and sets {@code m[0]} start, {@code m[1]} pattern. */
  private static int match(ScanContext ctx, int t, int lastEnd, int[] m) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(t);
    boolean allDigit = ctx.tokenHas(t, ScanContext.ALL_DIGIT);
    if (allDigit && e < text.length() && isSep(text.charAt(e)) && isFreeStart(text, s)) {
      int end = numeric(text, s, e, m);
      if (end < 0 && e - s <= 2) {
        end = sepMonth(ctx, t, m);
      }
      if (end >= 0) {
        return end;
      }
    }
    int end = monthFirst(ctx, t, lastEnd, m);
    if (end >= 0) {
      return end;
    }
    return dayFirst(ctx, t, m);
  }

  /** {@code 3/4/1975}, {@code 31.12.1975}, {@code 3/4/75}, {@code 1975-03-04}. */
  private static int numeric(CharSequence text, int s, int e, int[] m) {
    int n = text.length();
    char sep = text.charAt(e);
    int b0 = e + 1;
    int lb = Chars.digitRun(text, b0, 2);
    int b1 = b0 + lb;
    if (lb == 0 || lb > 2 || b1 >= n || text.charAt(b1) != sep) {
      return -1;
    }
    int c0 = b1 + 1;
    int lc = Chars.digitRun(text, c0, 4);
    int c1 = c0 + lc;
    int la = e - s;
    int a = Chars.value(text, s, e);
    int b = Chars.value(text, b0, b1);
    boolean iso = la == 4;
    if (iso) {
      if (lc == 0 || lc > 2 || !isYear(a) || !isValidDate(a, b, Chars.value(text, c0, c1))) {
        return -1;
      }
    } else {
      if (la > 2 || !(lc == 4 || (lc == 2 && sep == '/'))) {
        return -1;
      }
      int y = Chars.value(text, c0, c1);
      if (lc == 4 && !isYear(y)) {
        return -1;
      }
      if (lc == 2) {
        y += 2000; // only for the leap-year test
      }
      if (!isValidDate(y, a, b) && !isValidDate(y, b, a)) {
        return -1;
      }
    }
    if (c1 < n) {
      char after = text.charAt(c1);
      boolean timestamp = iso && after == 'T' && Chars.isDigitAt(text, c1 + 1);
      if ((Chars.isAlnum(after) && !timestamp) || ((isSep(after) || after == ':') && Chars.isAlnumAt(text, c1 + 1))) {
        return -1;
      }
    }
    m[0] = s;
    m[1] = iso && sep == '-' ? ISO : NUMERIC;
    return c1;
  }

  /** {@code 03-mar-1975}, {@code 3/marzo/1975}, {@code 23-febrero-1931}, {@code 3-Mar-75}. */
  private static int sepMonth(ScanContext ctx, int t, int[] m) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(t);
    char sep = text.charAt(e);
    int mt = t + 1;
    int yt = t + 2;
    if (yt >= ctx.tokenCount() || ctx.tokenStart(mt) != e + 1 || ctx.tokenEnd(mt) >= text.length()
        || text.charAt(ctx.tokenEnd(mt)) != sep || ctx.tokenStart(yt) != ctx.tokenEnd(mt) + 1) {
      return -1;
    }
    int month = month(ctx, mt) & MONTH_MASK;
    int yl = ctx.tokenLength(yt);
    if (month == 0 || !ctx.tokenHas(yt, ScanContext.ALL_DIGIT) || (yl != 4 && yl != 2)) {
      return -1;
    }
    int y = Chars.value(text, ctx.tokenStart(yt), ctx.tokenEnd(yt));
    if ((yl == 4 && !isYear(y)) || !isValidDate(yl == 2 ? 2000 + y : y, month, Chars.value(text, s, e))) {
      return -1;
    }
    int end = ctx.tokenEnd(yt);
    if (!isFreeEnd(text, end)) {
      return -1;
    }
    m[0] = s;
    m[1] = SEP_MONTH;
    return end;
  }

  /**
   * Month before token {@code t}: {@code March 3, 1975} (t is the day) or {@code March 1975},
   * {@code marzo de 1975}, {@code Mayo del 2000} (t is the year).
   */
  private static int monthFirst(ScanContext ctx, int t, int lastEnd, int[] m) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int year = yearOf(ctx, t);
    int mt = t - 1;
    boolean viaDe = false;
    if (year > 0 && mt > 0 && (ctx.tokenEquals(mt, "de") || ctx.tokenEquals(mt, "del"))
        && isSpaces(text, ctx.tokenEnd(mt), s)) {
      viaDe = true;
      mt--;
    }
    if (mt < 0 || ctx.tokenStart(mt) < lastEnd || (ctx.tokenFlags(mt) & ScanContext.DIGIT) != 0
        || s - ctx.tokenEnd(mt) > (viaDe ? 7 : 3)) {
      return -1;
    }
    int mv = month(ctx, mt);
    if (mv == 0 || ((mv & AMBIGUOUS) != 0 && !ctx.tokenHas(mt, ScanContext.UPPER_FIRST))) {
      return -1;
    }
    int month = mv & MONTH_MASK;
    int gapTo = viaDe ? ctx.tokenStart(mt + 1) : s;
    if (!isMonthGap(text, ctx.tokenEnd(mt), gapTo, (mv & ABBR) != 0)) {
      return -1;
    }
    if (year > 0) {
      // month and year: full month names only ("Mar 1975" is too often a name or the sea)
      if ((mv & ABBR) != 0 || !isFreeEnd(text, ctx.tokenEnd(t))) {
        return -1;
      }
      m[0] = ctx.tokenStart(mt);
      m[1] = MONTH_YEAR;
      return ctx.tokenEnd(t);
    }
    int day = dayOf(ctx, t);
    int yt = t + 1;
    if (day < 0 || yt >= ctx.tokenCount() || !isCommaGap(text, ctx.tokenEnd(t), ctx.tokenStart(yt))) {
      return -1;
    }
    int y = yearOf(ctx, yt);
    if (y < 0 || !isValidDate(y, month, day) || !isFreeEnd(text, ctx.tokenEnd(yt))) {
      return -1;
    }
    m[0] = ctx.tokenStart(mt);
    m[1] = TEXTUAL;
    return ctx.tokenEnd(yt);
  }

  /**
   * Day first: {@code 3 March 1975}, {@code 3rd of March, 1975}, {@code 3 de marzo de 1975},
   * {@code 1º de mayo del 2001}.
   */
  private static int dayFirst(ScanContext ctx, int t, int[] m) {
    CharSequence text = ctx.text();
    int day = dayOf(ctx, t);
    if (day < 0 || !isFreeStart(text, ctx.tokenStart(t))) {
      return -1;
    }
    int count = ctx.tokenCount();
    int mt = t + 1;
    boolean spanish = false;
    if (mt + 1 < count && (ctx.tokenEquals(mt, "de") || ctx.tokenEquals(mt, "of"))
        && isSpaces(text, ctx.tokenEnd(t), ctx.tokenStart(mt))) {
      spanish = ctx.tokenEquals(mt, "de");
      mt++;
    }
    if (mt + 1 >= count || !isSpaces(text, ctx.tokenEnd(mt - 1), ctx.tokenStart(mt))) {
      return -1;
    }
    int mv = month(ctx, mt);
    if (mv == 0 || ((mv & AMBIGUOUS) != 0 && !spanish && !ctx.tokenHas(mt, ScanContext.UPPER_FIRST))) {
      return -1;
    }
    int yt = mt + 1;
    int gapFrom = ctx.tokenEnd(mt);
    if ((mv & ABBR) != 0 && gapFrom < text.length() && text.charAt(gapFrom) == '.') {
      gapFrom++;
    }
    if (yt + 1 < count && (ctx.tokenEquals(yt, "de") || ctx.tokenEquals(yt, "del"))
        && isSpaces(text, gapFrom, ctx.tokenStart(yt))) {
      spanish = true;
      gapFrom = ctx.tokenEnd(yt);
      yt++;
      if (!isSpaces(text, gapFrom, ctx.tokenStart(yt))) {
        return -1;
      }
    } else if (!isCommaGap(text, gapFrom, ctx.tokenStart(yt))) {
      return -1;
    }
    int y = yearOf(ctx, yt);
    if (y < 0 || !isValidDate(y, mv & MONTH_MASK, day) || !isFreeEnd(text, ctx.tokenEnd(yt))) {
      return -1;
    }
    m[0] = ctx.tokenStart(t);
    m[1] = spanish ? TEXTUAL_ES : TEXTUAL;
    return ctx.tokenEnd(yt);
  }

  /** Month number, with {@link #ABBR} and {@link #AMBIGUOUS} flags, of a letter token; 0 if none. */
  private static int month(ScanContext ctx, int t) {
    int len = ctx.tokenLength(t);
    if (len < 3 || len > 10 || (ctx.tokenFlags(t) & ScanContext.DIGIT) != 0) {
      return 0;
    }
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int a = Fold.fold(text.charAt(s)) - 'a';
    int b = Fold.fold(text.charAt(s + 1)) - 'a';
    if (a < 0 || a >= 26 || b < 0 || b >= 26 || !MONTH_PREFIX[a * 26 + b]) {
      return 0; // cheap reject before hashing: no month starts with these two letters
    }
    int v = MONTHS.get(text, s, len);
    return v == FoldedWordSet.ABSENT ? 0 : v;
  }

  /** Day 1–31 of a token like {@code 3}, {@code 03}, {@code 3rd}, {@code 1º}; -1 if not a day. */
  private static int dayOf(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(t);
    int ld = Chars.digitRun(text, s, 2);
    if (ld == 0 || ld > 2) {
      return -1;
    }
    int d = Chars.value(text, s, s + ld);
    int suffix = e - s - ld;
    if (suffix == 1) {
      char c = text.charAt(s + ld);
      if (c != 'º' && c != 'ª' && c != 'o') {
        return -1;
      }
    } else if (suffix == 2) {
      char c0 = Character.toLowerCase(text.charAt(s + ld));
      char c1 = Character.toLowerCase(text.charAt(s + ld + 1));
      boolean ordinal = (c0 == 's' && c1 == 't') || (c0 == 'n' && c1 == 'd') || (c0 == 'r' && c1 == 'd')
          || (c0 == 't' && c1 == 'h');
      if (!ordinal) {
        return -1;
      }
    } else if (suffix != 0) {
      return -1;
    }
    return d >= 1 && d <= 31 ? d : -1;
  }

  /** A four-digit year 1800–2199 of an all-digit token; -1 otherwise. */
  private static int yearOf(ScanContext ctx, int t) {
    if (ctx.tokenLength(t) != 4 || !ctx.tokenHas(t, ScanContext.ALL_DIGIT)) {
      return -1;
    }
    int y = Chars.value(ctx.text(), ctx.tokenStart(t), ctx.tokenEnd(t));
    return isYear(y) ? y : -1;
  }

  static boolean isYear(int y) {
    return y >= 1800 && y <= 2199;
  }

  static boolean isValidDate(int y, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int max = switch (month) {
      case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    return day <= max;
  }

  private static boolean isSep(char c) {
    return c == '/' || c == '-' || c == '.';
  }

  /**
   * Not the tail of a dotted or dashed number: "1.2.3.2010" has no date at "2.3.2010"; "10:12/05/2020"
   * is glued to a time. A label's colon is fine: "Ingreso:02/02/2015".
   */
  private static boolean isFreeStart(CharSequence text, int s) {
    if (s == 0) {
      return true;
    }
    char b = text.charAt(s - 1);
    return !((isSep(b) && Chars.isAlnumAt(text, s - 2)) || ((b == ':' || b == ',') && Chars.isDigitAt(text, s - 2)));
  }

  /** Not followed by more of a number: "March 3, 1975.5" or "1975-80". */
  private static boolean isFreeEnd(CharSequence text, int e) {
    if (e >= text.length()) {
      return true;
    }
    char a = text.charAt(e);
    return !((isSep(a) || a == ':' || a == ',') && Chars.isDigitAt(text, e + 1));
  }

  /** One or two spaces (or no-break spaces). */
  private static boolean isSpaces(CharSequence text, int from, int to) {
    int len = to - from;
    if (len < 1 || len > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** Between a month and the day: spaces, after an optional dot when the month is abbreviated. */
  private static boolean isMonthGap(CharSequence text, int from, int to, boolean abbr) {
    if (abbr && from < to && text.charAt(from) == '.') {
      from++;
    }
    return isSpaces(text, from, to);
  }

  /** Between day (or month) and year: {@code ", "}, {@code ","} or spaces. */
  private static boolean isCommaGap(CharSequence text, int from, int to) {
    if (from < to && text.charAt(from) == ',') {
      return to == from + 1 || isSpaces(text, from + 1, to);
    }
    return isSpaces(text, from, to);
  }

  private static FoldedWordSet months() {
    FoldedWordSet.Builder b = new FoldedWordSet.Builder();
    String[] en = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    String[] es = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"};
    String[] abbr = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    String[] abbrEs = {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"};
    for (int i = 0; i < 12; i++) {
      b.put(en[i], i + 1);
      b.put(es[i], i + 1);
      b.put(abbr[i], (i + 1) | ABBR);
      b.put(abbrEs[i], (i + 1) | ABBR);
    }
    b.put("sept", 9 | ABBR);
    b.put("setiembre", 9);
    // "may" is also a verb, "mar" the sea; they need a capital letter (or a Spanish "de") to count
    b.put("may", 5 | AMBIGUOUS);
    b.put("mar", 3 | ABBR | AMBIGUOUS);
    for (String[] list : new String[][] {en, es, abbr, abbrEs, {"sept", "setiembre"}}) {
      for (String w : list) {
        MONTH_PREFIX[(w.charAt(0) - 'a') * 26 + (w.charAt(1) - 'a')] = true;
      }
    }
    return b.build();
  }
}
