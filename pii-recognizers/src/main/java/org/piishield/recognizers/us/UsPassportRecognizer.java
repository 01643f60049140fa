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
 * US passport book and card numbers: nine digits ({@code 912803456}) or, for next-generation books and
 * passport cards, one letter and eight digits ({@code A12345678}, {@code C03005988}).
 *
 * <p>A nine-character number says nothing by itself, so a context phrase ({@code passport},
 * {@code passport no.}, {@code pasaporte}, {@code número de pasaporte}) must come right before it, separated
 * only by filler words ({@code "Passport No.: A12345678"}, {@code "pasaporte número 912803456"}); then it
 * scores 0.75. {@code "912803456"} alone and {@code "passport issued 2019, ref 912803456"} are not reported.
 *
 * <p>Cue: each nine-char token containing a digit. Immutable and thread-safe.
 */
public final class UsPassportRecognizer implements Recognizer {

  public static final String NAME = "us_passport";

  private static final String[] PHRASES = {"passport", "passport no", "passport number", "passport card",
      "passport book", "us passport", "pasaporte", "número de pasaporte", "no de pasaporte"};
  private static final LeadingContext LEAD = new LeadingContext(PhraseTable.of(PHRASES), 3, 8);
  private static final ContextSpec CONTEXT = ContextSpec.of(PHRASES);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.US_PASSPORT);
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
    for (int k = 0; k < n; k++) {
      int t = ctx.digitToken(k);
      if (ctx.tokenLength(t) != 9) {
        continue;
      }
      int s = ctx.tokenStart(t);
      int e = s + 9;
      boolean letter = UsTokens.isAsciiLetter(text.charAt(s));
      if (!UsTokens.isAsciiDigits(text, letter ? s + 1 : s, e) || !UsTokens.isFreeBefore(text, s)
          || !UsTokens.isFreeAfter(text, e)) {
        continue;
      }
      int p = LEAD.find(ctx, t);
      if (p >= 0) {
        out.addWithContext(s, e, EntityType.US_PASSPORT, 0.75, this, letter ? "letter_8_digits" : "9_digits", null,
            LEAD.phrases().phrase(p));
      }
    }
  }
}
