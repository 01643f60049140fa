package org.piishield.recognizers.us;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * US ZIP codes: five digits ({@code 62701}) or ZIP+4 ({@code 62701-1234}).
 *
 * <ul>
 *   <li>After a state code or name ({@code "Springfield, IL 62701"}, {@code "Texas 75001-4321"}): 0.7.
 *   <li>Alone ({@code "62701"}): 0.3, below the default threshold; a context phrase ({@code zip},
 *       {@code zip code}, {@code código postal}; not inside a redaction label such as {@code [US_ZIP]}) adds 0.4.
 * </ul>
 * Rejected: runs inside longer digit runs ({@code 1462701}, {@code 62701-12}, {@code 62701.50}), money
 * ({@code $62701}, {@code 62701 USD}), percentages, and lower-case two-letter words before it
 * ({@code "in 62701"} is not Indiana).
 *
 * <p>Cue: each five-digit token. Immutable and thread-safe.
 */
public final class UsZipRecognizer implements Recognizer {

  public static final String NAME = "us_zip";

  private static final String[] POSITIVE = {"zip", "zip code", "zipcode", "zip+4", "postal code", "código postal",
      "codigo postal", "cod postal"};
  private static final ContextSpec CONTEXT = ContextSpec.of(POSITIVE).withBoost(0.4);
  private static final LabelAwareContext SCORING = new LabelAwareContext(CONTEXT, POSITIVE, new String[0]);
  /** Currency words next to a number: {@code "USD 62701"}, {@code "62701 pesos"}. */
  private static final FoldedWordSet MONEY = FoldedWordSet.of("usd", "dollars", "dollar", "dólares",
      "dolares", "pesos", "peso", "mxn", "eur", "euros", "bucks", "cents");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.US_ZIP);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    int n = ctx.digitTokenCount();
    for (int k = 0; k < n; k++) {
      int t = ctx.digitToken(k);
      if (!UsTokens.isDigitToken(ctx, t, 5, 5)) {
        continue;
      }
      int s = ctx.tokenStart(t);
      int e = ctx.tokenEnd(t);
      boolean plus4 = t + 1 < ctx.tokenCount() && UsTokens.gapIs(ctx, t, '-')
          && UsTokens.isDigitToken(ctx, t + 1, 4, 4);
      if (plus4) {
        e = ctx.tokenEnd(t + 1);
      }
      if (!UsTokens.isFreeBefore(text, s) || !UsTokens.isFreeAfter(text, e) || isMoney(ctx, t, plus4 ? t + 1 : t)) {
        continue;
      }
      if (hasStateBefore(ctx, t)) {
        out.addWithContext(s, e, EntityType.US_ZIP, 0.7, this, plus4 ? "zip4" : "zip5", null, "state");
      } else {
        SCORING.report(ctx, out, s, e, EntityType.US_ZIP, 0.3, this, plus4 ? "zip4" : "zip5", null);
      }
    }
  }

  /** {@code "IL 62701"}, {@code "Illinois, 62701"}: a state right before token {@code t}. */
  static boolean hasStateBefore(ScanContext ctx, int t) {
    return t > 0 && UsTokens.isInlineGap(ctx.text(), ctx.tokenEnd(t - 1), ctx.tokenStart(t))
        && UsStates.firstTokenEndingAt(ctx, t - 1) >= 0;
  }

  private static boolean isMoney(ScanContext ctx, int first, int last) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(first);
    for (int i = s - 1; i >= 0 && i >= s - 2; i--) {
      char c = text.charAt(i);
      if (c == '$' || c == '€' || c == '£' || c == '¥') {
        return true;
      }
      if (!UsTokens.isBlank(c)) {
        break;
      }
    }
    return (first > 0 && UsTokens.blankGapAfter(ctx, first - 1, 2) && UsTokens.tokenIn(ctx, first - 1, MONEY))
        || (UsTokens.blankGapAfter(ctx, last, 2) && UsTokens.tokenIn(ctx, last + 1, MONEY));
  }
}
