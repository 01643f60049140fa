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
 * <p>A <em>chain</em> is a maximal run of all-digit tokens joined by one space or one dash. A chain of
 * 13–19 digits is a candidate as a whole. A longer chain (or a whole chain that fails) yields only
 * sub-chains cut at spaces and laid out like a card ({@code 4-4-4-4}, {@code 4-4-4-4-3}, {@code 4-6-5},
 * {@code 4-6-4}, or one run of 13–19 digits): {@code "Visa 4111 1111 1111 1111 12 25"} gives {@code [5, 24)}.
 *
 * <p>Catches {@code 4111 1111 1111 1111}, {@code 5500-0000-0000-0004}, {@code 378282246310005} (Amex).
 * Rejects {@code 4111 1111 1111 1112} (Luhn), {@code 4444 4444 4444 4444} (one digit repeated),
 * {@code 9111111111111111} (no issuer starts with 9), {@code 37828224631000} (Amex needs 15 digits),
 * {@code 12-4111111111111111} and {@code 4111111111111111-22} (dash-joined to more digits),
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
  private static final int MAX_GROUPS = 8;
  private static final int MAX_DIGITS = 24;

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
      boolean overflow = false;
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
        if (g == MAX_GROUPS || digits > MAX_DIGITS) {
          overflow = true;
          break;
        }
        ti = next;
      }
      lastEnd = ge[g - 1];
      if (digits < 13 || !isFree(text, gs[0], ge[g - 1])) {
        continue;
      }
      if (!overflow && digits <= 19 && isCard(text, gs[0], ge[g - 1], digits)) {
        out.add(gs[0], ge[g - 1], EntityType.CREDIT_CARD, g > 1 ? 0.8 : 0.7, this, g > 1 ? "grouped" : "plain",
            "luhn");
        continue;
      }
      findInside(text, gs, ge, g, out);
    }
  }

  /** Sub-chains cut at spaces and grouped like a card; reports the first valid one from each start. */
  private void findInside(CharSequence text, int[] gs, int[] ge, int g, DetectionSink out) {
    int i = 0;
    while (i < g) {
      boolean found = false;
      if (i == 0 || text.charAt(gs[i] - 1) == ' ') {
        for (int j = Math.min(g - 1, i + 4); j >= i && !found; j--) {
          if (j < g - 1 && text.charAt(ge[j]) != ' ') {
            continue;
          }
          boolean layout = i == j ? ge[i] - gs[i] >= 13 : isCardLayout(text, gs, ge, i, j);
          if ((i == 0 && j == g - 1) || !layout) {
            continue;
          }
          int digits = 0;
          for (int x = i; x <= j; x++) {
            digits += ge[x] - gs[x];
          }
          if (isCard(text, gs[i], ge[j], digits)) {
            out.add(gs[i], ge[j], EntityType.CREDIT_CARD, 0.8, this, "grouped", "luhn");
            i = j + 1;
            found = true;
          }
        }
      }
      if (!found) {
        i++;
      }
    }
  }

  /** Card layouts: 4-4-4-4, 4-4-4-4-(1..3), 4-6-5, 4-6-4, all joined by spaces. */
  private static boolean isCardLayout(CharSequence text, int[] gs, int[] ge, int i, int j) {
    int count = j - i + 1;
    for (int x = i; x < j; x++) {
      if (text.charAt(ge[x]) != ' ') {
        return false;
      }
    }
    int l0 = ge[i] - gs[i];
    if (l0 != 4) {
      return false;
    }
    if (count == 3) {
      int l1 = ge[i + 1] - gs[i + 1];
      int l2 = ge[i + 2] - gs[i + 2];
      return l1 == 6 && (l2 == 5 || l2 == 4);
    }
    if (count == 4 || count == 5) {
      for (int x = i + 1; x < i + 4; x++) {
        if (ge[x] - gs[x] != 4) {
          return false;
        }
      }
      return count == 4 || ge[j] - gs[j] <= 3;
    }
    return false;
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

  /** Not part of a decimal, a dotted number or a longer code: "0.4111…", "4111…-22", "4111…,5". */
  private static boolean isFree(CharSequence text, int s, int e) {
    if (s > 0) {
      char b = text.charAt(s - 1);
      if ((b == '.' || b == ',' || b == '-' || b == '/' || b == ':') && Chars.isAlnumAt(text, s - 2)) {
        return false;
      }
    }
    if (e < text.length()) {
      char a = text.charAt(e);
      if ((a == '.' || a == ',' || a == '-' || a == '/' || a == ':') && Chars.isAlnumAt(text, e + 1)) {
        return false;
      }
    }
    return true;
  }
}
