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
 * Vehicle identification numbers (ISO 3779, 49 CFR Part 565): 17 characters from {@code [A-HJ-NPR-Z0-9]}
 * (no {@code I}, {@code O}, {@code Q}), written as one token.
 *
 * <ul>
 *   <li>With a valid North American check digit (position 9): score 0.9. {@code 1M8GDM9AXKP042788} is the
 *       worked example in Wikipedia's "Vehicle identification number" article (check digit {@code X}).
 *   <li>With a wrong check digit (most non-North-American VINs have none): only right after {@code VIN},
 *       {@code VIN #}, {@code vehicle identification number} or {@code NIV} (Mexico), at 0.5.
 * </ul>
 * Also required: at least one letter and one digit, and a model-year char (position 10) other than
 * {@code U}, {@code Z} and {@code 0}. Rejected: {@code 1M8GDM9A1KP042788} without context (bad check digit),
 * {@code 12345678901234567} (no letter), lower-case {@code 1m8gdm9axkp042788} (VINs are printed in
 * capitals), 17 chars inside a longer token.
 *
 * <p>Cue: each 17-char token containing a digit. Immutable and thread-safe.
 */
public final class VinRecognizer implements Recognizer {

  public static final String NAME = "vin";

  private static final int LENGTH = 17;
  private static final int CHECK_POS = 8;
  private static final int YEAR_POS = 9;
  /** 49 CFR 565.15: position weights; the check digit itself weighs 0. */
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  /** 49 CFR 565.15 transliteration, indexed by {@code c - 'A'}; 0 marks the forbidden I, O, Q. */
  private static final int[] LETTER_VALUES = {
      1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};
  private static final String[] PHRASES = {"vin", "vin no", "vin number", "vehicle identification number",
      "vehicle id", "niv", "número de identificación vehicular", "numero de identificacion vehicular"};
  private static final LeadingContext LEAD = new LeadingContext(PhraseTable.of(PHRASES), 2, 6);
  private static final ContextSpec CONTEXT = ContextSpec.of(PHRASES);
  private static final LabelAwareContext SCORING = new LabelAwareContext(CONTEXT, PHRASES, new String[0]);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.VIN);
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
      if (ctx.tokenLength(t) != LENGTH || ctx.tokenHas(t, ScanContext.ALL_DIGIT)) {
        continue;
      }
      int s = ctx.tokenStart(t);
      int e = s + LENGTH;
      if (!hasVinShape(text, s) || !UsTokens.isFreeBefore(text, s) || !UsTokens.isFreeAfter(text, e)) {
        continue;
      }
      if (isValidCheckDigit(text, s)) {
        SCORING.report(ctx, out, s, e, EntityType.VIN, 0.9, this, "vin17", "check_digit");
      } else {
        int p = LEAD.find(ctx, t);
        if (p >= 0) {
          out.addWithContext(s, e, EntityType.VIN, 0.5, this, "vin17", null, LEAD.phrases().phrase(p));
        }
      }
    }
  }

  /** 17 chars of {@code [A-HJ-NPR-Z0-9]} with a letter, a digit and a valid model-year char. */
  static boolean hasVinShape(CharSequence text, int s) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(s + i);
      if (UsTokens.isAsciiDigit(c)) {
        digit = true;
      } else if (c >= 'A' && c <= 'Z' && LETTER_VALUES[c - 'A'] != 0) {
        letter = true;
      } else {
        return false;
      }
    }
    char year = text.charAt(s + YEAR_POS);
    return letter && digit && year != 'U' && year != 'Z' && year != '0';
  }

  /** The weighted sum mod 11 equals position 9 ({@code X} for 10); the caller checked the shape. */
  static boolean isValidCheckDigit(CharSequence text, int s) {
    int sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(s + i);
      int v = c <= '9' ? c - '0' : LETTER_VALUES[c - 'A'];
      sum += v * WEIGHTS[i];
    }
    int check = sum % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    return text.charAt(s + CHECK_POS) == expected;
  }
}
