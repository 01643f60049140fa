package org.piishield.recognizers.us;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.internal.context.LeadingContext;
import org.piishield.recognizers.internal.context.PhraseTable;

/**
 * US driver's licence numbers. Formats differ by state ({@code A1234567} California, {@code 123-456-789}
 * grouped digits, {@code S530-460-68-149-0} Florida/Wisconsin style Soundex numbers), so the value alone is
 * meaningless: a context phrase ({@code driver's license}, {@code DL}, {@code DL#}, {@code license no.},
 * {@code licencia de conducir}, {@code licencia de manejo}) must come right before it, separated only by filler
 * words; then it scores 0.65.
 *
 * <p>The value: 5 to 15 letters and digits with at least one digit, as one token or as groups joined by single
 * dashes ({@code S530-460-68-149-0}) or single spaces between short digit groups ({@code 123 456 789}).
 * Lower-case words are never joined. Rejected: {@code "DL 1234"} (too short), {@code "driver's license
 * expires 2027"} (a non-filler word between), values glued to a longer id.
 *
 * <p>Cue: each token containing a digit. Immutable and thread-safe.
 */
public final class UsDriverLicenseRecognizer implements Recognizer {

  public static final String NAME = "us_driver_license";

  private static final String[] PHRASES = {"driver's license", "drivers license", "driver license",
      "driver's licence", "drivers licence", "driver licence", "driving license", "driving licence",
      "driver's lic", "driver lic", "dl", "dln", "license no", "license number", "licence no", "licence number",
      "lic no", "licencia de conducir", "licencia de manejo", "licencia de conductor", "número de licencia",
      "no de licencia"};
  private static final LeadingContext LEAD = new LeadingContext(PhraseTable.of(PHRASES), 3, 8);
  private static final ContextSpec CONTEXT = ContextSpec.of(PHRASES);
  private static final int MIN_CHARS = 5;
  private static final int MAX_CHARS = 15;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.US_DRIVER_LICENSE);
  }

  /** Documents the phrases; the recognizer checks them itself and reports with {@code addWithContext}. */
  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    int n = ctx.digitTokenCount();
    int lastToken = -1;
    for (int k = 0; k < n; k++) {
      int t = ctx.digitToken(k);
      if (t <= lastToken || ctx.tokenLength(t) > MAX_CHARS) {
        continue;
      }
      // a short capital prefix joined by a dash belongs to the value: "WDL-123456"
      int first = t;
      if (t > 0 && t - 1 > lastToken && UsTokens.gapIs(ctx, t - 1, '-') && ctx.tokenHas(t - 1, ScanContext.ALL_UPPER)
          && ctx.tokenLength(t - 1) <= 3) {
        first = t - 1;
      }
      // cheapest test first: the word before the value must be able to end a phrase or be a filler
      if (!LEAD.mayLead(ctx, first - 1) || !isIdToken(ctx, first) || !isIdToken(ctx, t)) {
        continue;
      }
      int last = extend(ctx, first);
      if (last < 0) {
        continue;
      }
      int s = ctx.tokenStart(first);
      int e = ctx.tokenEnd(last);
      if (!UsTokens.isFreeBefore(text, s)) {
        continue;
      }
      int p = LEAD.find(ctx, first);
      if (p >= 0) {
        out.addWithContext(s, e, EntityType.US_DRIVER_LICENSE, 0.65, this, first == last ? "alnum" : "grouped", null,
            LEAD.phrases().phrase(p));
        lastToken = last;
      }
    }
  }

  /**
   * The last token of the value starting at token {@code first}, or -1 when it is too short, too long or glued
   * to more characters.
   */
  private static int extend(ScanContext ctx, int first) {
    CharSequence text = ctx.text();
    int chars = ctx.tokenLength(first);
    int last = first;
    while (last + 1 < ctx.tokenCount()) {
      int next = last + 1;
      int len = ctx.tokenLength(next);
      boolean dash = UsTokens.gapIs(ctx, last, '-') && isIdToken(ctx, next);
      boolean space = UsTokens.gapIs(ctx, last, ' ') && ctx.tokenLength(last) <= 4 && len >= 2 && len <= 4
          && UsTokens.isDigitToken(ctx, next, 2, 4) && UsTokens.countDigits(text, ctx.tokenStart(last),
          ctx.tokenEnd(last)) > 0;
      if (!dash && !space) {
        break;
      }
      if (chars + len > MAX_CHARS) {
        return -1;
      }
      chars += len;
      last = next;
    }
    if (chars < MIN_CHARS || !UsTokens.isFreeAfter(text, ctx.tokenEnd(last))) {
      return -1;
    }
    return last;
  }

  /** ASCII letters and digits, and either a digit or all capitals ({@code S530}, {@code 460}, {@code WDL}). */
  private static boolean isIdToken(ScanContext ctx, int t) {
    return (ctx.tokenHas(t, ScanContext.DIGIT) || ctx.tokenHas(t, ScanContext.ALL_UPPER))
        && UsTokens.isAsciiAlnum(ctx.text(), ctx.tokenStart(t), ctx.tokenEnd(t));
  }
}
