package org.piishield.recognizers.es;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.ContextWords;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.internal.context.LeadingContext;
import org.piishield.recognizers.internal.context.PhraseTable;
import org.piishield.text.FoldedWordSet;

/**
 * Spanish postal codes (five digits, {@code 01000}–{@code 52999}: the first two are the province, 01–52) and
 * Mexican ones after a {@code C.P.} label.
 *
 * <ul>
 *   <li>After a label ({@code "C.P. 28014"}, {@code "CP: 28001"}, {@code "código postal 46001"},
 *       {@code "cod. postal 08001"}): 0.8.
 *   <li>Before a capitalised place word ({@code "28014 Madrid"}, {@code "31008-Pamplona"},
 *       {@code "C/ Mayor 5, 46001 Valencia"}, {@code "41071, Sevilla"}, {@code "15006 A Coruña"}): 0.7, in
 *       Spanish text only (in English text {@code "order 12345 Smith"} is far likelier than a Spanish address).
 * </ul>
 * Type: {@link EntityType#ES_POSTAL_CODE}; {@link EntityType#MX_POSTAL_CODE} for a labelled code outside the
 * Spanish range ({@code "C.P. 64000"}) or with a Mexican place cue within a few tokens ({@code México},
 * {@code CDMX}, {@code D.F.}, {@code Col.}, {@code colonia}): {@code "Col. Roma, C.P. 06700, CDMX"}. The two
 * share one recognizer because the label is the same and only the neighbourhood tells them apart.
 *
 * <p>Rejected: codes inside longer numbers ({@code 1.28014}, {@code 28014,50}, {@code 91 28014}, {@code 280145}),
 * money ({@code 28014 €}, {@code 28014 Euros}), units ({@code 12000 UI}), out-of-range values without a label
 * ({@code 60000 Madrid}), and lower-case or short words after ({@code "28014 pacientes"}).
 *
 * <p>Cue: each five-digit token. Immutable and thread-safe.
 */
public final class SpanishPostalCodeRecognizer implements Recognizer {

  public static final String NAME = "es_postal_code";

  private static final String[] LABELS = {"cp", "c p", "código postal", "codigo postal", "cod postal",
      "cód postal", "distrito postal"};
  private static final PhraseTable PHRASES = PhraseTable.of(LABELS);
  private static final LeadingContext LEAD = new LeadingContext(PHRASES, 1, 3);
  private static final ContextSpec CONTEXT = ContextSpec.of(LABELS);
  private static final ContextWords MEXICO = ContextWords.of("méxico", "mexico", "cdmx", "d f", "df", "col",
      "colonia", "edo mex", "alcaldía", "delegación", "municipio");
  /** Words after a number that make it an amount or a measure, not a code. */
  private static final FoldedWordSet NOT_PLACES = FoldedWordSet.of("euros", "euro", "eur", "pesos", "peso", "usd",
      "dólares", "dolares", "pesetas", "pts", "ptas", "mxn", "años", "personas", "pacientes", "casos", "unidades");
  private static final int MEXICO_BEFORE = 8;
  private static final int MEXICO_AFTER = 4;
  private static final int MIN_PLACE_LEN = 3;
  private static final int MAX_PLACE_GAP = 3;
  private static final int MAX_SPANISH = 52999;
  private static final int MIN_SPANISH = 1000;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.ES_POSTAL_CODE, EntityType.MX_POSTAL_CODE);
  }

  /** Documents the labels; the recognizer checks them itself and reports with {@code addWithContext}. */
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
      if (ctx.tokenLength(t) != 5 || !ctx.tokenHas(t, ScanContext.ALL_DIGIT)) {
        continue;
      }
      int s = ctx.tokenStart(t);
      int e = ctx.tokenEnd(t);
      if (!PostalShapes.isFreeBefore(ctx, t) || !PostalShapes.isFreeAfter(text, e)) {
        continue;
      }
      int value = PostalShapes.value(text, s);
      boolean spanishRange = value >= MIN_SPANISH && value <= MAX_SPANISH;
      int p = LEAD.mayLead(ctx, t - 1) ? LEAD.find(ctx, t) : -1;
      if (p >= 0) {
        boolean mexican = !spanishRange || MEXICO.findAround(ctx, s, e, MEXICO_BEFORE, MEXICO_AFTER) >= 0;
        out.addWithContext(s, e, mexican ? EntityType.MX_POSTAL_CODE : EntityType.ES_POSTAL_CODE, 0.8, this,
            "labelled_code", null, PHRASES.phrase(p));
      } else if (spanishRange && ctx.language() == Language.ES && isPlaceAfter(ctx, t)) {
        boolean mexican = MEXICO.findAround(ctx, s, e, MEXICO_BEFORE, MEXICO_AFTER) >= 0;
        out.addWithContext(s, e, mexican ? EntityType.MX_POSTAL_CODE : EntityType.ES_POSTAL_CODE, 0.7, this,
            "code_place", null, "place");
      }
    }
  }

  /**
   * {@code "28014 Madrid"}, {@code "31008-Pamplona"}, {@code "41071, Sevilla"}, {@code "28046 - Madrid"},
   * {@code "15006 A Coruña"}, {@code "08907 L'Hospitalet"}: a capitalised word of 3+ letters right after (at
   * most one comma or dash between), or a short capitalised article followed by one.
   */
  private static boolean isPlaceAfter(ScanContext ctx, int t) {
    int w = t + 1;
    if (w >= ctx.tokenCount() || !isPlaceGap(ctx.text(), ctx.tokenEnd(t), ctx.tokenStart(w))
        || !isCapitalisedWord(ctx, w)) {
      return false;
    }
    if (ctx.tokenLength(w) >= MIN_PLACE_LEN) {
      return !NOT_PLACES.contains(ctx.text(), ctx.tokenStart(w), ctx.tokenLength(w));
    }
    int next = w + 1;
    return next < ctx.tokenCount() && ctx.tokenStart(next) - ctx.tokenEnd(w) <= 1
        && isCapitalisedWord(ctx, next) && ctx.tokenLength(next) >= MIN_PLACE_LEN;
  }

  /**
   * A capitalised word without digits, not inside a redaction label or glued to an underscore: the pseudonym
   * {@code "US_STREET_ADDRESS_1"} that replaced {@code "6605 Lake Ave"} is not a place.
   */
  private static boolean isCapitalisedWord(ScanContext ctx, int w) {
    if (!ctx.tokenHas(w, ScanContext.UPPER_FIRST) || ctx.tokenHas(w, ScanContext.DIGIT | ScanContext.LABEL)) {
      return false;
    }
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(w);
    int e = ctx.tokenEnd(w);
    return (s == 0 || text.charAt(s - 1) != '_') && (e >= text.length() || text.charAt(e) != '_');
  }

  /** One to three chars of blanks, dashes and at most one comma, on one line: {@code " "}, {@code ", "}. */
  private static boolean isPlaceGap(CharSequence text, int a, int b) {
    if (b - a < 1 || b - a > MAX_PLACE_GAP) {
      return false;
    }
    int commas = 0;
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (c == ',') {
        commas++;
      } else if (c != ' ' && c != '-') {
        return false;
      }
    }
    return commas <= 1 && (b - a == 1 || text.charAt(b - 1) == ' ');
  }
}
