package org.piishield.recognizers.generic;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Payment card numbers: 13–19 digits, written plain or in groups joined by single spaces or dashes, with a
 * known issuer prefix and length and a valid Luhn digit. Cue: all-digit tokens; the Luhn check walks the
 * chars in place and skips separators. Immutable and thread-safe.
 *
 * <p>A <em>chain</em> is a maximal run of all-digit tokens joined by one space or one dash. Candidates are
 * parts of a chain that start and end at the chain's ends or at spaces and are either one run of 13–19
 * digits or laid out like a card ({@code 4-4-4-4}, {@code 4-4-4-4-3}, {@code 4-6-5}, {@code 4-6-4},
 * {@code 4-4-5}, {@code 4-3-3-3}, one separator throughout): {@code "Visa 4111 1111 1111 1111 12 25"} gives
 * {@code [5, 24)}. From each start {@code 4-4-4-4} is tried first, then longer and shorter readings.
 *
 * <p>Catches {@code 4111 1111 1111 1111}, {@code 5500-0000-0000-0004}, {@code 378282246310005} (Amex).
 * Rejects {@code 4111 1111 1111 1112} (Luhn), {@code 4444 4444 4444 4444} (one digit repeated),
 * {@code 9111111111111111} (no issuer starts with 9), {@code 37828224631000} (Amex needs 15 digits),
 * {@code 12-4111111111111111} and {@code 4111111111111111-22} (dash-joined to more digits),
 * {@code 651-68-4178 868-81-8243} (two SSNs, not a card layout),
 * {@code 0.4111111111111111} (a decimal) and 20+ digit runs.
 *
 * <p>Issuers (prefix: lengths): Visa 4: 13, 16, 19; Mastercard 51–55 and 2221–2720: 16; Amex 34, 37: 15;
 * Discover 6011, 644–649, 65: 16–19; Diners 300–305, 36, 38: 14–16; JCB 3528–3589: 16–19.
 *
 * <p>Scores: 0.8 when written in groups, 0.7 for a single run of digits (more often an account or order
 * number); context ({@code card}, {@code credit}, {@code visa}, {@code tarjeta}, {@code crédito} …) adds 0.2.
 */
public final class CreditCardRecognizer implements Recognizer {

  public static final String NAME = "credit_card";

  /*
   * References: [1] ISO/IEC 7812-1 (issuer identification numbers, Luhn check digit); [2] the published
   * issuer ranges of each network (e.g. Mastercard 2-series, 2221-2720, since 2017); test numbers from the
   * networks' public test-card lists (4111 1111 1111 1111, 5500 0000 0000 0004, 3782 822463 10005).
   */
  private static final ContextSpec CONTEXT = ContextSpec.of("card", "credit", "debit", "visa", "mastercard",
      "master card", "amex", "american express", "discover", "diners", "jcb", "cc", "tarjeta", "crédito",
      "débito", "tdc", "pago", "payment").withBoost(0.2);
  /** Chains are cut after this many groups; long enough for several cards in a row ("4111 1111 … 1379"). */
  private static final int MAX_GROUPS = 32;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.CREDIT_CARD);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    int[] gs = null;
    int[] ge = null;
    int lastEnd = 0;
    for (int k = 0; k < ctx.digitTokenCount(); k++) {
      int t = ctx.digitToken(k);
      int s = ctx.tokenStart(t);
      if (s < lastEnd || !ctx.tokenHas(t, ScanContext.ALL_DIGIT)) {
        continue;
      }
      if (ctx.tokenLength(t) < 13 && !isJoiner(text, ctx.tokenEnd(t))) {
        continue; // cheap reject: a short number on its own
      }
      if (gs == null) {
        gs = new int[MAX_GROUPS];
        ge = new int[MAX_GROUPS];
      }
      int g = 0;
      int digits = 0;
      int ti = t;
      while (true) {
        gs[g] = ctx.tokenStart(ti);
        ge[g] = ctx.tokenEnd(ti);
        digits += ge[g] - gs[g];
        g++;
        int next = ti + 1;
        if (next >= ctx.tokenCount() || !isJoiner(text, ge[g - 1]) || ctx.tokenStart(next) != ge[g - 1] + 1
            || !ctx.tokenHas(next, ScanContext.ALL_DIGIT)) {
          break;
        }
        if (g == MAX_GROUPS) {
          break;
        }
        ti = next;
      }
      lastEnd = ge[g - 1];
      if (digits >= 13) {
        findCards(text, gs, ge, g, out);
      }
    }
  }

  /**
   * Reports the cards in a chain of {@code g} groups, left to right. From each possible start the layout
   * {@code 4-4-4-4} is tried first, so that in {@code "4111 1111 1111 1111 877.555.0197"} the card does not
   * swallow the start of the phone number even when the 19-digit reading also passes Luhn; then every
   * other end, longest first.
   */
  private void findCards(CharSequence text, int[] gs, int[] ge, int g, DetectionSink out) {
    int i = 0;
    while (i < g) {
      int found = -1;
      if (i == 0 ? isFreeStart(text, gs[0]) : text.charAt(gs[i] - 1) == ' ') {
        if (i + 3 < g && tryCard(text, gs, ge, g, i, i + 3, out)) {
          found = i + 3;
        }
        for (int j = Math.min(g - 1, i + 18); j >= i && found < 0; j--) {
          if (j != i + 3 && tryCard(text, gs, ge, g, i, j, out)) {
            found = j;
          }
        }
      }
      i = found >= 0 ? found + 1 : i + 1;
    }
  }

  /**
   * Groups {@code [i, j]} as one card: the whole chain in any grouping, or a part of it cut at spaces and
   * laid out like a card; reports it and returns true when it validates.
   */
  private boolean tryCard(CharSequence text, int[] gs, int[] ge, int g, int i, int j, DetectionSink out) {
    if (j == g - 1 ? !isFreeEnd(text, ge[j]) : text.charAt(ge[j]) != ' ') {
      return false;
    }
    int digits = 0;
    for (int x = i; x <= j; x++) {
      digits += ge[x] - gs[x];
    }
    if (digits < 13 || digits > 19) {
      return false;
    }
    if (!(i == j || isCardLayout(text, gs, ge, i, j)) || !isCard(text, gs[i], ge[j], digits)) {
      return false;
    }
    boolean grouped = j > i;
    out.add(gs[i], ge[j], EntityType.CREDIT_CARD, grouped ? 0.8 : 0.7, this, grouped ? "grouped" : "plain", "luhn");
    return true;
  }

  /**
   * Card layouts, every gap the same separator: {@code 4-4-4-4}, {@code 4-4-4-4-(1..3)}, {@code 4-6-5}
   * (Amex), {@code 4-6-4} (Diners), {@code 4-4-5} and {@code 4-3-3-3} (13-digit Visa). Two SSNs in a row
   * ({@code 651-68-4178 868-81-8243}) are not a card even when the 18 digits pass Luhn.
   */
  static boolean isCardLayout(CharSequence text, int[] gs, int[] ge, int i, int j) {
    char sep = text.charAt(ge[i]);
    for (int x = i + 1; x < j; x++) {
      if (text.charAt(ge[x]) != sep) {
        return false;
      }
    }
    int count = j - i + 1;
    if (ge[i] - gs[i] != 4 || count < 3 || count > 5) {
      return false;
    }
    int l1 = ge[i + 1] - gs[i + 1];
    int l2 = ge[i + 2] - gs[i + 2];
    if (count == 3) {
      return (l1 == 6 && (l2 == 5 || l2 == 4)) || (l1 == 4 && l2 == 5);
    }
    int l3 = ge[i + 3] - gs[i + 3];
    if (count == 4) {
      return (l1 == 4 && l2 == 4 && l3 == 4) || (l1 == 3 && l2 == 3 && l3 == 3);
    }
    return l1 == 4 && l2 == 4 && l3 == 4 && ge[j] - gs[j] <= 3;
  }

  /** Issuer, length, not one repeated digit, Luhn; {@code [s, e)} may contain separators. */
  static boolean isCard(CharSequence text, int s, int e, int digits) {
    return hasIssuerLength(leadingDigits(text, s, e), digits) && !isOneDigitRepeated(text, s, e)
        && isValidLuhn(text, s, e);
  }

  /** The first four digits of {@code [s, e)} as a number, skipping separators. */
  static int leadingDigits(CharSequence text, int s, int e) {
    int v = 0;
    int seen = 0;
    for (int i = s; i < e && seen < 4; i++) {
      char c = text.charAt(i);
      if (Chars.isDigit(c)) {
        v = v * 10 + (c - '0');
        seen++;
      }
    }
    return v;
  }

  static boolean hasIssuerLength(int p4, int len) {
    int p1 = p4 / 1000;
    int p2 = p4 / 100;
    int p3 = p4 / 10;
    if (p1 == 4) {
      return len == 13 || len == 16 || len == 19; // Visa
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
      return len == 16; // Mastercard
    }
    if (p2 == 34 || p2 == 37) {
      return len == 15; // American Express
    }
    if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649)) {
      return len >= 16 && len <= 19; // Discover
    }
    if (p4 >= 3528 && p4 <= 3589) {
      return len >= 16 && len <= 19; // JCB
    }
    if (p2 == 36 || p2 == 38 || (p3 >= 300 && p3 <= 305)) {
      return len >= 14 && len <= 16; // Diners Club
    }
    return false;
  }

  /** Luhn (mod 10) over the digits of {@code [s, e)}, right to left, skipping any other char. */
  static boolean isValidLuhn(CharSequence text, int s, int e) {
    int sum = 0;
    boolean dbl = false;
    for (int i = e - 1; i >= s; i--) {
      char c = text.charAt(i);
      if (!Chars.isDigit(c)) {
        continue;
      }
      int d = c - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  private static boolean isOneDigitRepeated(CharSequence text, int s, int e) {
    char first = text.charAt(s);
    for (int i = s + 1; i < e; i++) {
      char c = text.charAt(i);
      if (Chars.isDigit(c) && c != first) {
        return false;
      }
    }
    return true;
  }

  /** One space or dash followed by a digit. */
  private static boolean isJoiner(CharSequence text, int i) {
    if (i + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return (c == ' ' || c == '-') && Chars.isDigit(text.charAt(i + 1));
  }

  /** Not the tail of a decimal, a dotted number or a longer code: "0.4111…", "12-4111…"; "Visa:4111…" is fine. */
  private static boolean isFreeStart(CharSequence text, int s) {
    if (s == 0) {
      return true;
    }
    char b = text.charAt(s - 1);
    return !(((b == '.' || b == '-' || b == '/') && Chars.isAlnumAt(text, s - 2))
        || ((b == ',' || b == ':') && Chars.isDigitAt(text, s - 2)));
  }

  /** Not followed by more of a number: "4111….5", "4111…-22", "4111…,5". */
  private static boolean isFreeEnd(CharSequence text, int e) {
    if (e >= text.length()) {
      return true;
    }
    char a = text.charAt(e);
    return !((a == '.' || a == ',' || a == '-' || a == '/' || a == ':') && Chars.isAlnumAt(text, e + 1));
  }
}
