package org.piishield.recognizers.us;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * US Social Security numbers: area-group-serial, 3-2-4 digits.
 *
 * <ul>
 *   <li>{@code 536-22-8107} (dashes): score 0.5, above the default threshold on its own.
 *   <li>{@code 536 22 8107} (spaces): score 0.4, at the default threshold.
 *   <li>{@code 536228107} (bare): reported only when an SSN context phrase is near it, at 0.3 plus the
 *       engine's context boost; a bare nine-digit run is too often an order or account number.
 * </ul>
 * Rejected: area {@code 000}, {@code 666} or {@code 900}–{@code 999}; group {@code 00}; serial {@code 0000};
 * all nine digits equal ({@code 111-11-1111}); published example numbers ({@code 078-05-1120},
 * {@code 219-09-9999}, {@code 123-45-6789}); mixed separators ({@code 536-22 8107}); runs glued to more
 * digits ({@code 12-536-22-8107}, {@code 536-22-8107-4}). Context is applied here, ignoring words inside
 * redaction labels (see {@link LabelAwareContext}): a positive phrase adds 0.35; otherwise negative context
 * ({@code order}, {@code invoice}, {@code account}, {@code routing}, {@code case}, {@code pedido}) lowers the
 * score by 0.25.
 *
 * <p>Cue: each three- or nine-digit token. Immutable and thread-safe.
 */
public final class UsSsnRecognizer implements Recognizer {

  public static final String NAME = "us_ssn";

  private static final String[] POSITIVE = {"ssn", "ss#", "ss no", "social security", "social security number",
      "social security no", "soc sec", "soc. sec. no", "número de seguro social", "numero de seguro social",
      "seguro social"};
  private static final String[] NEGATIVE = {"order", "invoice", "account", "routing", "case", "pedido"};
  private static final ContextSpec CONTEXT = ContextSpec.of(POSITIVE).withNegative(0.25, NEGATIVE);
  private static final LabelAwareContext SCORING = new LabelAwareContext(CONTEXT, POSITIVE, NEGATIVE);

  /*
   * Published example numbers that SSA says are not valid for anyone: 078-05-1120 (the Woolworth wallet card,
   * 1938), 219-09-9999 (an SSA advertising card), and 123-45-6789 (the canonical sample). Sources: SSA
   * "Social Security Numbers: The SSN Numbering Scheme" and Social Security Bulletin Vol. 69 No. 2 (2009).
   */
  private static final int[] EXAMPLE_NUMBERS = {78_05_1120, 219_09_9999, 123_45_6789};

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.US_SSN);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    int n = ctx.digitTokenCount();
    int lastEnd = -1;
    for (int k = 0; k < n; k++) {
      int t = ctx.digitToken(k);
      int s = ctx.tokenStart(t);
      if (s < lastEnd) {
        continue;
      }
      int len = ctx.tokenLength(t);
      if (len == 3) {
        int e = matchGrouped(ctx, t);
        if (e > 0) {
          boolean dashed = text.charAt(ctx.tokenEnd(t)) != ' ';
          SCORING.report(ctx, out, s, e, EntityType.US_SSN, dashed ? 0.5 : 0.4, this, dashed ? "dashed" : "spaced",
              "ssa_rules");
          lastEnd = e;
        }
      } else if (len == 9 && UsTokens.isAsciiDigits(text, s, s + 9) && isFree(text, s, s + 9)
          && isValid(text, s, s + 3, s + 3, s + 5, s + 5, s + 9)) {
        String word = SCORING.positiveAround(ctx, s, s + 9);
        if (word != null) {
          out.addWithContext(s, s + 9, EntityType.US_SSN, 0.3 + CONTEXT.boost(), this, "bare", "ssa_rules", word);
          lastEnd = s + 9;
        }
      }
    }
  }

  /** End of a valid {@code ddd-dd-dddd} or {@code ddd dd dddd} starting at token {@code a}, or -1. */
  private static int matchGrouped(ScanContext ctx, int a) {
    if (a + 2 >= ctx.tokenCount()) {
      return -1;
    }
    CharSequence text = ctx.text();
    char sep = text.charAt(ctx.tokenEnd(a));
    if ((sep != '-' && sep != ' ') || !UsTokens.gapIs(ctx, a, sep) || !UsTokens.gapIs(ctx, a + 1, sep)) {
      return -1;
    }
    int b = a + 1;
    int c = a + 2;
    if (!UsTokens.isDigitToken(ctx, a, 3, 3) || !UsTokens.isDigitToken(ctx, b, 2, 2)
        || !UsTokens.isDigitToken(ctx, c, 4, 4)) {
      return -1;
    }
    int s = ctx.tokenStart(a);
    int e = ctx.tokenEnd(c);
    if (!isFree(text, s, e)) {
      return -1;
    }
    return isValid(text, s, s + 3, ctx.tokenStart(b), ctx.tokenEnd(b), ctx.tokenStart(c), e) ? e : -1;
  }

  private static boolean isFree(CharSequence text, int s, int e) {
    return UsTokens.isFreeBefore(text, s) && UsTokens.isFreeAfter(text, e);
  }

  /** SSA allocation rules and the example-number blocklist over the three digit groups. */
  static boolean isValid(CharSequence text, int as, int ae, int gs, int ge, int ss, int se) {
    int area = UsTokens.parseDigits(text, as, ae);
    int group = UsTokens.parseDigits(text, gs, ge);
    int serial = UsTokens.parseDigits(text, ss, se);
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
      return false;
    }
    int whole = (area * 100 + group) * 10_000 + serial;
    for (int example : EXAMPLE_NUMBERS) {
      if (whole == example) {
        return false;
      }
    }
    return !hasAllSameDigits(text, as, ae, gs, ge, ss, se);
  }

  private static boolean hasAllSameDigits(CharSequence text, int as, int ae, int gs, int ge, int ss, int se) {
    char first = text.charAt(as);
    return isRunOf(text, as, ae, first) && isRunOf(text, gs, ge, first) && isRunOf(text, ss, se, first);
  }

  private static boolean isRunOf(CharSequence text, int s, int e, char c) {
    for (int i = s; i < e; i++) {
      if (text.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }
}
