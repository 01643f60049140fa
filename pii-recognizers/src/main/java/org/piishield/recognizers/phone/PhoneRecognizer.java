package org.piishield.recognizers.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Set;
import org.piishield.recognizers.internal.context.RedactionLabels;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.ContextWords;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * Telephone numbers of the United States (and the rest of the North American plan), Mexico and Spain, and
 * any number written with a {@code +} (or {@code 00}) and a country code, validated with libphonenumber's
 * metadata. Immutable and thread-safe.
 *
 * <p>Steps, per document:
 * <ol>
 *   <li>Cue: an all-digit token. Adjacent all-digit tokens joined by phone punctuation (1–3 chars of space,
 *       {@code - . / ( )}) form a <em>chain</em>; a {@code +} or {@code (} right before it is kept.
 *   <li>Candidates: from the chain's first group and from every group after a gap with a space or a slash
 *       (but not a closing parenthesis), the longest run of at most seven groups and 7–15 digits that
 *       validates. {@code "Tel. 612 345 678 / 91 123 45 67"} gives two numbers. Candidates from different
 *       starts may overlap; the engine keeps the longer, and the shorter survives when the longer loses to
 *       another recognizer's span.
 *   <li>Cheap rejects by shape: SSN {@code 3-2-4}, ZIP+4 {@code 5-4}, dates {@code 12/05/2020}, dotted quads,
 *       decimals, card numbers (13–19 digits passing Luhn), money ({@code $}, {@code €}, {@code euros} …),
 *       and numbers glued to more digits ({@code 1.612 345 678}, {@code 2+612345678}).
 *   <li>Validation: the region is chosen by digit count and grouping, and national numbers must be grouped
 *       the way the country writes them. 10 digits: US, then Canada, as {@code 3-3-4}, {@code 3-7} or plain;
 *       Mexico as {@code 2-4-4}, {@code 3-3-4} or plain (tried first when the first group has two digits or
 *       the text is Spanish). 11 digits starting {@code 1}: US. 9 digits starting 6–9: Spain, as
 *       {@code 3-3-3}, {@code 3-2-2-2}, {@code 2-3-2-2} or plain. {@code 34 …} and {@code 52 …} without
 *       {@code +}: Spain and Mexico. {@code +} or {@code 00}: the country code, any grouping. A
 *       {@code PhoneNumber} is then built from the digits and checked with {@code isValidNumberForRegion}
 *       (or {@code isValidNumber}). {@code PhoneNumberUtil.parse} and {@code findNumbers} are never called
 *       in {@link #detect}: they cost 12–17 µs per call on this machine against 2–4 µs for a direct check.
 *   <li>Context: a negative word ({@code order}, {@code invoice}, {@code case no.}, {@code pedido},
 *       {@code factura}, {@code expediente}, {@code DNI}, {@code NASS} …) nearer than any positive one in the
 *       three tokens right before drops the candidate (see {@link #cueBefore}); positive words
 *       ({@code phone}, {@code tel}, {@code móvil}, {@code whatsapp} …) are applied by the engine (+0.35).
 * </ol>
 *
 * <p>Scores: 0.6 for a valid number with phone-like formatting ({@code (202) 555-0143},
 * {@code +34 612 345 678}), 0.4 for a bare run of digits ({@code 2025550143}). A seven-digit local number
 * ({@code call 555-0143}, {@code Phone: 467 3395}) is reported only when a phone word is among the three
 * tokens right before it, at 0.65 (context set by the recognizer).
 *
 * <p>Rejected, among others: {@code 123-45-6789} (SSN), {@code 20500-0003} (ZIP+4), {@code 12/05/2020},
 * {@code 4111 1111 1111 1111} (card), {@code 612.345.678 €}, {@code order 2025550143},
 * {@code (911) 555-0100} (N11 area code), {@code 9260 91372} (not a Spanish grouping),
 * {@code 212.55.10.143} (dotted quad).
 *
 * <p>The fictional 555 exchange: libphonenumber 9.0 accepts {@code NXX-555-01XX} for assigned area codes
 * ({@code (202) 555-0143} is valid) but rejects it for unassigned ones ({@code (555) 555-0143},
 * {@code 290 555 0100}). Test corpora use 555 numbers with random area codes, so any NANP number with a
 * well-formed area code ({@code [2-9]XX}, not {@code N11}) and exchange 555 is accepted as a possible
 * number (validator {@code nanp_555}) without asking libphonenumber.
 *
 * <p>Mexican mobiles written with the old {@code 1} after the country code ({@code +52 1 55 1234 5678},
 * dropped in 2019 and rejected by libphonenumber 9) are validated without it; {@link #toE164} returns the
 * current form {@code +525512345678}.
 */
public final class PhoneRecognizer implements Recognizer {

  public static final String NAME = "phone";

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String[] POSITIVE = {"phone", "phones", "tel", "telephone", "cell", "cellphone",
      "mobile", "call", "called", "calling", "fax", "contact", "text", "sms", "whatsapp", "ph", "teléfono",
      "telefono", "teléfonos", "tfno", "tlf", "móvil", "movil", "celular", "cel", "llamar", "llame", "llamó",
      "llámenos", "contacto", "número de teléfono"};
  private static final String[] NEGATIVE = {"order", "order no", "invoice", "case", "case no", "docket",
      "account", "acct", "ref", "reference", "ticket", "tracking", "serial", "isbn", "pedido", "factura",
      "expediente", "referencia", "cuenta", "folio", "póliza", "poliza", "albarán", "ssn", "social security",
      "passport", "license", "dni", "nie", "nif", "nass", "naf", "nuss", "nhc", "cip", "seguridad social",
      "afiliación", "historia clínica", "pasaporte", "licencia", "id", "episodio", "episode"};
  /** Positive cues strong enough to make any phone-shaped chain a phone ({@link #reportLabelled}). */
  private static final java.util.Set<String> STRONG_LABELS = java.util.Set.of("phone", "phones", "tel",
      "telephone", "cell", "cellphone", "mobile", "call", "fax", "whatsapp", "ph", "teléfono", "telefono",
      "teléfonos", "tfno", "tlf", "móvil", "movil", "celular", "cel", "llame", "número de teléfono");
  private static final ContextSpec CONTEXT = ContextSpec.of(POSITIVE);
  /** Positive and negative phrases together; an index below {@code POSITIVE.length} is positive. */
  private static final ContextWords CUES = ContextWords.of(concat(POSITIVE, NEGATIVE));
  private static final FoldedWordSet CURRENCY = FoldedWordSet.of("eur", "euro", "euros", "usd", "dollars",
      "dollar", "dólares", "dolares", "pesos", "peso", "mxn", "gbp", "pounds", "libras");
  /** Tokens looked at before a number for a negative (or, for local numbers, positive) cue. */
  private static final int CUE_WINDOW = 3;
  /** Chains are cut after this many groups (several numbers in a row stay in one chain). */
  private static final int MAX_GROUPS = 32;
  /** A number has at most this many groups: "+44 (0) 20 7946 0958" has five, "+52 1 55 1234 5678" five. */
  private static final int MAX_NUMBER_GROUPS = 7;
  /** Validity checks allowed per document: hostile input (walls of digits) degrades instead of stalling. */
  private static final int MAX_CHECKS = 4000;

  private static final int INVALID = 0;
  private static final int LIB = 1;
  private static final int NANP_555 = 2;
  private static final int LOCAL_7 = 3;

  private static final int G_SPACE = 1;
  private static final int G_DASH = 2;
  private static final int G_DOT = 4;
  private static final int G_SLASH = 8;
  private static final int G_OPEN = 16;
  private static final int G_CLOSE = 32;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.PHONE_NUMBER);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  /** Per-call scratch, allocated once per document that has a candidate chain. */
  private static final class Chain {
    final int[] gs = new int[MAX_GROUPS];
    final int[] ge = new int[MAX_GROUPS];
    final int[] gap = new int[MAX_GROUPS];
    /** {@code cum[x]}: digits in the groups before group {@code x}. */
    final int[] cum = new int[MAX_GROUPS + 1];
    final char[] digits = new char[24];
    int groups;
    int checks;
    /** Group lengths of the current candidate, one hex digit each, first group most significant. */
    int layout;
    int layoutGroups;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    Chain c = null;
    int lastEnd = 0;
    for (int k = 0; k < ctx.digitTokenCount(); k++) {
      int t = ctx.digitToken(k);
      int s = ctx.tokenStart(t);
      int len = ctx.tokenLength(t);
      if (s < lastEnd || len > 15 || !ctx.tokenHas(t, ScanContext.ALL_DIGIT)) {
        continue;
      }
      if (len < 7 && joinGap(ctx, t) < 0) {
        continue; // cheap reject: a short number on its own
      }
      if (c == null) {
        c = new Chain();
      }
      int g = 0;
      int ti = t;
      int digits = 0;
      while (true) {
        c.gs[g] = ctx.tokenStart(ti);
        c.ge[g] = ctx.tokenEnd(ti);
        c.cum[g] = digits;
        digits += c.ge[g] - c.gs[g];
        int gap = g + 1 < MAX_GROUPS ? joinGap(ctx, ti) : -1;
        c.gap[g] = gap;
        g++;
        if (gap < 0) {
          break;
        }
        ti++;
      }
      c.groups = g;
      c.cum[g] = digits;
      lastEnd = c.ge[g - 1];
      if (digits < 7 || isEmbedded(text, c.gs[0], c.ge[g - 1]) || (digits >= 13 && isCardChain(text, c))) {
        continue;
      }
      evaluate(ctx, c, out);
    }
  }

  /**
   * Tries every start of a number in the chain (its first group, or a group after a splitting gap) and
   * reports the longest valid number from each. Numbers from different starts may overlap
   * ({@code "+52 1 55 1234 5678"} also holds {@code "55 1234 5678"}); the engine keeps the longer one, and
   * the shorter one survives when the longer loses to another recognizer's span (in
   * {@code "4944 0478 9197 0057 (304) 555-0136"} the card beats {@code "0057 (304) 555-0136"} read as a
   * Colombian number with a {@code 00} prefix, and {@code (304) 555-0136} is still found).
   */
  private void evaluate(ScanContext ctx, Chain c, DetectionSink out) {
    CharSequence text = ctx.text();
    int g = c.groups;
    boolean reported = false;
    boolean wholeChainInvalid = false;
    for (int i = 0; i < g; i++) {
      if (i > 0 && !isSplit(c.gap[i - 1])) {
        continue;
      }
      for (int j = Math.min(g - 1, i + MAX_NUMBER_GROUPS - 1); j >= i; j--) {
        if (j < g - 1 && !isSplit(c.gap[j])) {
          continue;
        }
        int span = c.cum[j + 1] - c.cum[i];
        if (span < 7) {
          break;
        }
        if (span > 16 || isRejectedShape(text, c, i, j)) {
          continue;
        }
        int digits = fillDigits(text, c, i, j); // one less than span when a trunk "(0)" is skipped
        if (digits < 7 || digits > 15) {
          continue;
        }
        boolean plus = i == 0 && hasPlus(text, c.gs[0]);
        if (c.checks >= MAX_CHECKS) {
          return;
        }
        int kind = classify(c, digits, plus, i, j, ctx);
        if (kind == INVALID) {
          if (i == 0 && j == g - 1) {
            wholeChainInvalid = true;
          }
          continue;
        }
        int start = spanStart(text, c, i, j, plus);
        int end = c.ge[j];
        if (isMoney(ctx, start, end)) {
          continue;
        }
        int cue = cueBefore(ctx, start);
        if (cue >= POSITIVE.length) {
          continue; // "order 2025550143", "factura nº 612345678"
        }
        if (kind == LOCAL_7) {
          if (cue < 0) {
            continue;
          }
          out.addWithContext(start, end, EntityType.PHONE_NUMBER, 0.65, this, "local_7", null, CUES.phrase(cue));
          reported = true;
          break;
        }
        boolean formatted = plus || j > i || start < c.gs[i];
        String pattern = plus || isDoubleZero(c, i) ? "international"
            : formatted ? "national_grouped" : "national_plain";
        out.add(start, end, EntityType.PHONE_NUMBER, formatted ? 0.6 : 0.4, this, pattern,
            kind == LIB ? "libphonenumber" : "nanp_555");
        reported = true;
        break;
      }
    }
    if (wholeChainInvalid && !reported) {
      reportLabelled(ctx, c, g - 1, hasPlus(text, c.gs[0]), out);
    }
  }

  /**
   * A whole chain that no numbering plan we know accepts, and none of whose parts was reported, is still a
   * phone when a strong phone label stands
   * right before it ({@code Phone: 0490 75 40 81}, {@code call me on 9472 7916}, {@code Tel. (08) 8747 6301}):
   * the label, not the digits, carries the evidence, so numbers of other countries written without {@code +}
   * are found where the author said they are phones. Weak cues ({@code contact}, {@code text}) do not count.
   */
  private void reportLabelled(ScanContext ctx, Chain c, int j, boolean plus, DetectionSink out) {
    CharSequence text = ctx.text();
    int start = spanStart(text, c, 0, j, plus);
    int end = c.ge[j];
    if (isMoney(ctx, start, end)) {
      return;
    }
    int cue = cueBefore(ctx, start);
    if (cue >= 0 && cue < POSITIVE.length && STRONG_LABELS.contains(CUES.phrase(cue))) {
      out.addWithContext(start, end, EntityType.PHONE_NUMBER, 0.65, this, "labelled_other", null, CUES.phrase(cue));
    }
  }

  /**
   * Validates the digits of groups {@code [i, j]} (already in {@code c.digits}); returns {@link #LIB},
   * {@link #NANP_555}, {@link #LOCAL_7} or {@link #INVALID}.
   */
  private static int classify(Chain c, int len, boolean plus, int i, int j, ScanContext ctx) {
    char[] d = c.digits;
    int firstLen = c.ge[i] - c.gs[i];
    if (plus || isDoubleZero(c, i)) {
      int off = plus ? 0 : 2;
      return international(c, d, off, len);
    }
    int layout = c.layout;
    if (len == 10) {
      boolean mexicoFirst = firstLen == 2 || ctx.language() == Language.ES;
      boolean mx = isMexicanLayout(layout);
      if (mexicoFirst && mx && isValidFor(c, 52, "MX", d, 0, 10)) {
        return LIB;
      }
      int nanp = isNanpLayout(layout) ? nanp(c, d, 0) : INVALID;
      if (nanp != INVALID) {
        return nanp;
      }
      return !mexicoFirst && mx && isValidFor(c, 52, "MX", d, 0, 10) ? LIB : INVALID;
    }
    if (len == 11 && d[0] == '1') {
      boolean layoutOk = firstLen == 1 ? isNanpLayout(dropFirst(c, 1)) : layout == 0xB;
      return layoutOk ? nanp(c, d, 1) : INVALID;
    }
    if (len == 9 && d[0] >= '6' && d[0] <= '9') {
      return isSpanishLayout(layout) && isValidFor(c, 34, "ES", d, 0, 9) ? LIB : INVALID;
    }
    if (firstLen == 2 && len == 11 && d[0] == '3' && d[1] == '4') {
      // "34 93 693 29 05": the country code without "+"
      return isSpanishLayout(dropFirst(c, 1)) && isValidFor(c, 34, "ES", d, 2, 11) ? LIB : INVALID;
    }
    if (firstLen == 2 && d[0] == '5' && d[1] == '2' && (len == 12 || (len == 13 && d[2] == '1'))) {
      // "52 55 1234 5678", "52 1 55 1234 5678"
      int rest = dropFirst(c, len == 12 ? 1 : 2);
      return isMexicanLayout(rest) && isValidFor(c, 52, "MX", d, len - 10, len) ? LIB : INVALID;
    }
    if (len == 7 && layout == 0x34 && d[0] >= '2'
        && (c.gap[i] == G_DASH || c.gap[i] == G_DOT || c.gap[i] == G_SPACE)) {
      // "555-0143", "467 3395": a local number without area code; only reported after a phone word
      return LOCAL_7;
    }
    return INVALID;
  }

  /** The layout without its first {@code k} groups. */
  private static int dropFirst(Chain c, int k) {
    int keep = c.layoutGroups - k;
    return keep <= 0 ? 0 : c.layout & ((1 << (4 * keep)) - 1);
  }

  /** {@code 2025550143}, {@code 202 555 0143}, {@code 202 5550143}. */
  private static boolean isNanpLayout(int layout) {
    return layout == 0xA || layout == 0x334 || layout == 0x37;
  }

  /** {@code 5512345678}, {@code 55 1234 5678}, {@code 555 123 4567}. */
  private static boolean isMexicanLayout(int layout) {
    return layout == 0xA || layout == 0x244 || layout == 0x334;
  }

  /** {@code 612345678}, {@code 612 345 678}, {@code 612 34 56 78}, {@code 91 123 45 67}. */
  private static boolean isSpanishLayout(int layout) {
    return layout == 0x9 || layout == 0x333 || layout == 0x3222 || layout == 0x2322;
  }

  /** {@code +CC…} or {@code 00CC…}: digits from {@code off}. */
  private static int international(Chain c, char[] d, int off, int len) {
    if (len - off < 8) {
      return INVALID;
    }
    if (d[off] == '1') {
      return len - off == 11 ? nanp(c, d, off + 1) : INVALID;
    }
    int cc = 0;
    int ccLen = 0;
    for (int l = 1; l <= 3 && cc == 0; l++) {
      int v = value(d, off, off + l);
      if (!"ZZ".equals(UTIL.getRegionCodeForCountryCode(v))) { // country codes are prefix-free (E.164 §6.2)
        cc = v;
        ccLen = l;
      }
    }
    if (cc == 0) {
      return INVALID;
    }
    int from = off + ccLen;
    if (cc == 52 && len - from == 11 && d[from] == '1') {
      from++; // "+52 1 55 1234 5678": the mobile "1" Mexico dropped in 2019
    }
    int nl = len - from;
    if (nl < 4 || nl > 14) {
      return INVALID;
    }
    c.checks++;
    PhoneNumber pn = new PhoneNumber().setCountryCode(cc).setNationalNumber(longValue(d, from, len));
    int zeros = 0;
    while (zeros < nl - 1 && d[from + zeros] == '0') {
      zeros++;
    }
    if (zeros > 0) {
      pn.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
    }
    return UTIL.isValidNumber(pn) ? LIB : INVALID;
  }

  /** North American number at {@code d[off, off+10)}: shape, then the 555 fiction range, then US/Canada. */
  private static int nanp(Chain c, char[] d, int off) {
    if (!isNxx(d, off) || !isNxx(d, off + 3)) {
      return INVALID;
    }
    if (d[off + 3] == '5' && d[off + 4] == '5' && d[off + 5] == '5') {
      return NANP_555;
    }
    return isValidFor(c, 1, "US", d, off, off + 10) || isValidFor(c, 1, "CA", d, off, off + 10) ? LIB : INVALID;
  }

  /** {@code [2-9]XX} and not {@code N11}. */
  private static boolean isNxx(char[] d, int off) {
    return d[off] >= '2' && d[off] <= '9' && !(d[off + 1] == '1' && d[off + 2] == '1');
  }

  private static boolean isValidFor(Chain c, int cc, String region, char[] d, int from, int to) {
    c.checks++;
    PhoneNumber pn = new PhoneNumber().setCountryCode(cc).setNationalNumber(longValue(d, from, to));
    return UTIL.isValidNumberForRegion(pn, region);
  }

  /**
   * Shapes that are something else: SSN {@code 123-45-6789}, ZIP+4 {@code 20500-0003}, dates
   * {@code 12/05/2020} and {@code 2020-05-12}, dotted quads {@code 212.55.10.143}, decimals
   * {@code 6.123456789} (dotted groups must be 2–4 digits).
   */
  private static boolean isRejectedShape(CharSequence text, Chain c, int i, int j) {
    int n = j - i + 1;
    int l0 = c.ge[i] - c.gs[i];
    int l1 = n > 1 ? c.ge[i + 1] - c.gs[i + 1] : 0;
    int l2 = n > 2 ? c.ge[i + 2] - c.gs[i + 2] : 0;
    if (n == 3 && l0 == 3 && l1 == 2 && l2 == 4) {
      return true;
    }
    if (n == 2 && l0 == 5 && l1 == 4 && (c.gap[i] & G_DASH) != 0) {
      return true;
    }
    if (n >= 3 && c.gap[i] == c.gap[i + 1] && (c.gap[i] == G_SLASH || c.gap[i] == G_DASH || c.gap[i] == G_DOT)
        && ((l0 <= 2 && l1 <= 2 && (l2 == 4 || l2 == 2)) || (l0 == 4 && l1 <= 2 && l2 <= 2))) {
      return true;
    }
    boolean dots = false;
    boolean allShort = true;
    for (int x = i; x <= j; x++) {
      if (x < j && (c.gap[x] & G_DOT) != 0) {
        dots = true;
      }
      allShort &= c.ge[x] - c.gs[x] <= 3;
    }
    if (dots && n == 4 && allShort && c.gap[i] == G_DOT && c.gap[i + 1] == G_DOT && c.gap[i + 2] == G_DOT) {
      return true;
    }
    if (dots) {
      for (int x = i; x <= j; x++) {
        int l = c.ge[x] - c.gs[x];
        boolean countryCode = x == i && hasPlus(text, c.gs[i]);
        if ((l < 2 && !countryCode) || l > 4) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The gap between token {@code t} and the next token when it joins two all-digit tokens as phone
   * punctuation, as {@code G_*} flags; -1 otherwise. Allowed: 1–3 chars of space, {@code - . / ( )}; a dot
   * never next to a space ({@code ". "} ends a sentence); a slash alone or between spaces; at most one of
   * dash, dot, slash; each parenthesis at most once.
   */
  private static int joinGap(ScanContext ctx, int t) {
    int next = t + 1;
    if (next >= ctx.tokenCount() || !ctx.tokenHas(next, ScanContext.ALL_DIGIT)) {
      return -1;
    }
    CharSequence text = ctx.text();
    int a = ctx.tokenEnd(t);
    int b = ctx.tokenStart(next);
    if (b - a < 1 || b - a > 3) {
      return -1;
    }
    int flags = 0;
    int marks = 0;
    for (int x = a; x < b; x++) {
      char ch = text.charAt(x);
      int f = switch (ch) {
        case ' ', '\u00A0' -> G_SPACE;
        case '-', '\u2010', '\u2011', '\u2013' -> G_DASH;
        case '.' -> G_DOT;
        case '/' -> G_SLASH;
        case '(' -> G_OPEN;
        case ')' -> G_CLOSE;
        default -> -1;
      };
      if (f < 0 || ((f & (G_OPEN | G_CLOSE)) != 0 && (flags & f) != 0)) {
        return -1;
      }
      if ((f & (G_DASH | G_DOT | G_SLASH)) != 0 && ++marks > 1) {
        return -1;
      }
      flags |= f;
    }
    if ((flags & G_DOT) != 0 && (flags & (G_SPACE | G_OPEN | G_CLOSE)) != 0) {
      return -1;
    }
    if ((flags & G_SLASH) != 0 && (flags & (G_OPEN | G_CLOSE)) != 0) {
      return -1;
    }
    return flags;
  }

  /**
   * A gap two numbers may meet at: a space or a slash, possibly opening a parenthesis for the next number
   * ({@code "… 4444 (202) 555-0143"}), but not closing one ({@code "(911) 555-0100"} is one number).
   */
  private static boolean isSplit(int gap) {
    return (gap & (G_SPACE | G_SLASH)) != 0 && (gap & G_CLOSE) == 0;
  }

  /**
   * Copies the digits of groups {@code [i, j]} into {@code c.digits} and their lengths into
   * {@code c.layout}, skipping a trunk "(0)"; returns the digit count.
   */
  private static int fillDigits(CharSequence text, Chain c, int i, int j) {
    int n = 0;
    c.layout = 0;
    c.layoutGroups = 0;
    for (int x = i; x <= j; x++) {
      if (x > i && x < j && c.ge[x] - c.gs[x] == 1 && text.charAt(c.gs[x]) == '0'
          && (c.gap[x - 1] & G_OPEN) != 0 && (c.gap[x] & G_CLOSE) != 0) {
        continue; // "+44 (0) 20 7946 0958": the trunk prefix is not dialled from abroad
      }
      c.layout = (c.layout << 4) | Math.min(15, c.ge[x] - c.gs[x]);
      c.layoutGroups++;
      for (int p = c.gs[x]; p < c.ge[x]; p++) {
        if (n == c.digits.length) {
          return n + 1;
        }
        c.digits[n++] = text.charAt(p);
      }
    }
    return n;
  }

  private static boolean hasPlus(CharSequence text, int s) {
    return s > 0 && text.charAt(s - 1) == '+' && (s < 2 || !isAlnum(text.charAt(s - 2)));
  }

  private static boolean isDoubleZero(Chain c, int i) {
    return c.digits[0] == '0' && c.digits[1] == '0' && c.ge[i] - c.gs[i] >= 2;
  }

  /** Start of the span: the first group, with a {@code (} that closes after it and a leading {@code +}. */
  private static int spanStart(CharSequence text, Chain c, int i, int j, boolean plus) {
    int s = c.gs[i];
    if (plus) {
      s--;
    }
    if (s > 0 && text.charAt(s - 1) == '(' && i < j && (c.gap[i] & G_CLOSE) != 0) {
      s--;
    }
    return s;
  }

  /** The chain is glued to more of a number: "1.612 345 678", "612 345 678,5", "10:612345678". */
  private static boolean isEmbedded(CharSequence text, int s, int e) {
    int b = s > 0 && text.charAt(s - 1) == '+' ? s - 1 : s;
    if (b > 0 && b < s && isDigit(text.charAt(b - 1))) {
      return true; // "2+612345678" is arithmetic
    }
    if (b > 1 && ".,:-/".indexOf(text.charAt(b - 1)) >= 0 && isDigit(text.charAt(b - 2))) {
      return true;
    }
    return e + 1 < text.length() && ".,:-/".indexOf(text.charAt(e)) >= 0 && isDigit(text.charAt(e + 1));
  }

  /**
   * A whole chain of 13–19 digits that starts like a card, is written like one (one run, or a first group of
   * four: {@code 4111 1111 1111 1111}, {@code 3782 822463 10005}) and passes Luhn is a card, not a phone.
   * An SSN then a phone ({@code 627-72-6189 291-555-0125}, 19 digits that happen to pass Luhn) is not a card,
   * so the phone is found whether or not the SSN has been redacted.
   */
  private static boolean isCardChain(CharSequence text, Chain c) {
    int s = c.gs[0];
    int e = c.ge[c.groups - 1];
    if (hasPlus(text, s) || (c.groups > 1 && c.ge[0] - s != 4)) {
      return false;
    }
    int digits = 0;
    int sum = 0;
    boolean dbl = false;
    for (int p = e - 1; p >= s; p--) {
      char ch = text.charAt(p);
      if (!isDigit(ch)) {
        continue;
      }
      int v = ch - '0';
      if (dbl) {
        v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      }
      sum += v;
      dbl = !dbl;
      digits++;
    }
    char first = text.charAt(s);
    return digits >= 13 && digits <= 19 && sum % 10 == 0 && first >= '2' && first <= '6';
  }

  /** A currency sign or word next to the number: "$ 612 345 678", "612.345.678 €", "612 345 678 euros". */
  private static boolean isMoney(ScanContext ctx, int start, int end) {
    CharSequence text = ctx.text();
    int b = start - 1;
    if (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    if (b >= 0 && "$€£¥".indexOf(text.charAt(b)) >= 0) {
      return true;
    }
    int a = end;
    if (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    if (a < text.length() && "$€£¥%".indexOf(text.charAt(a)) >= 0) {
      return true;
    }
    int next = ctx.tokenAtOrAfter(end);
    return next < ctx.tokenCount() && ctx.tokenStart(next) - end <= 1
        && CURRENCY.contains(text, ctx.tokenStart(next), ctx.tokenLength(next));
  }

  /**
   * The cue phrase nearest before the number, among the {@value #CUE_WINDOW} tokens right before it and not
   * looking past another number or a redaction label; its index in {@link #CUES} (at or above
   * {@code POSITIVE.length}: negative), or -1. Stopping at numbers and labels keeps the decision the same
   * when a neighbour has been redacted: in {@code "case 4936 8050 7494 3104 +1 593 555 0181"} the card's
   * digits, and after redaction its label {@code [CREDIT_CARD]}, end the window, so the phone is found
   * both times.
   */
  private static int cueBefore(ScanContext ctx, int start) {
    int first = ctx.tokenAtOrAfter(start);
    int from = first;
    while (from > 0 && first - from < CUE_WINDOW && !ctx.tokenHas(from - 1, ScanContext.ALL_DIGIT)
        && !RedactionLabels.isLabelToken(ctx, from - 1)) {
      from--;
    }
    return from == first ? -1 : CUES.find(ctx, from, first);
  }


  /**
   * The number in E.164 form ({@code +12025550143}), or {@code null} when it is not a valid (or, for the
   * North American 555 exchange, possible) number. {@code defaultRegion} (e.g. {@code "US"}, {@code "MX"},
   * {@code "ES"}) applies to numbers written without {@code +}; {@code null} means none.
   *
   * <p>Examples: {@code toE164("(202) 555-0143", "US")} is {@code +12025550143};
   * {@code toE164("+52 1 55 1234 5678", null)} is {@code +525512345678}; {@code toE164("612 345 678", "ES")}
   * is {@code +34612345678}; {@code toE164("123", "US")} is {@code null}.
   */
  public static String toE164(CharSequence number, String defaultRegion) {
    if (number == null) {
      return null;
    }
    PhoneNumber pn;
    try {
      pn = UTIL.parse(number, defaultRegion == null ? "ZZ" : defaultRegion);
    } catch (NumberParseException e) {
      return null;
    }
    long nn = pn.getNationalNumber();
    if (pn.getCountryCode() == 52 && nn >= 10_000_000_000L && nn < 20_000_000_000L) {
      pn = new PhoneNumber().setCountryCode(52).setNationalNumber(nn - 10_000_000_000L);
    }
    if (UTIL.isValidNumber(pn)) {
      return UTIL.format(pn, PhoneNumberFormat.E164);
    }
    if (pn.getCountryCode() == 1 && nn >= 2_000_000_000L && nn <= 9_999_999_999L && !pn.hasItalianLeadingZero()) {
      char[] d = Long.toString(nn).toCharArray();
      if (nanp(new Chain(), d, 0) == NANP_555) {
        return "+1" + nn;
      }
    }
    return null;
  }

  private static int value(char[] d, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (d[i] - '0');
    }
    return v;
  }

  private static long longValue(char[] d, int from, int to) {
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (d[i] - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlnum(char c) {
    return c < 128 ? isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetterOrDigit(c);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
