package org.piishield.recognizers.generic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.internal.context.LeadingContext;
import org.piishield.recognizers.internal.context.PhraseTable;

/**
 * Health-care identifiers that have no checksum or fixed shape and are recognisable only by the label right
 * before them: medical record numbers, insurance and social-security affiliation numbers, professional
 * licence numbers. Reports the value, never the label. English and Spanish labels.
 *
 * <p>Types (the label decides):
 * <ul>
 *   <li>{@link EntityType#MEDICAL_RECORD_NUMBER}: {@code MRN}, {@code medical record number/no.},
 *       {@code patient ID}, {@code chart no.}, {@code encounter no.}, {@code NHC}, {@code N.H.C.},
 *       {@code nº historia clínica}, {@code historia clínica}, {@code episodio}, {@code número de paciente}.
 *   <li>{@link EntityType#HEALTH_INSURANCE_ID}: {@code member ID}, {@code policy number},
 *       {@code Medicaid/Medicare number}, {@code subscriber ID}, {@code NASS}, {@code NUSS}, {@code NSS},
 *       {@code nº afiliación}, {@code número de la seguridad social}, {@code tarjeta sanitaria}, {@code CIP},
 *       {@code CIPA}, {@code póliza}.
 *   <li>{@link EntityType#PROFESSIONAL_LICENSE}: {@code NPI}, {@code DEA number}, {@code medical license},
 *       {@code nº de colegiado}, {@code colegiado nº}, {@code Nº Col.}, {@code NºCol}, {@code cédula profesional}.
 *       A bare {@code license no.} is left to the driver's licence recognizer.
 * </ul>
 * Filler words ({@code no.}, {@code number}, {@code nº}, {@code de}, {@code is}) may stand between label and
 * value. Three types rather than one {@code ID_NUMBER}: redaction policies treat a patient's record number
 * (identifies the patient) differently from a doctor's licence number (identifies staff, often public).
 *
 * <p>Value: one to six tokens joined by a single {@code ' '}, {@code '/'}, {@code '-'} or {@code '.'}, each
 * joined token holding a digit, 4 to 20 chars, at least 4 digits, optionally after a dash-joined upper-case
 * prefix of up to 3 letters. Examples: {@code "NHC: 7654735."} → MRN {@code 7654735};
 * {@code "NASS: 28 45657346 90"} → HEALTH_INSURANCE_ID {@code 28 45657346 90}; {@code "NºCol: 28 28 90914"} →
 * PROFESSIONAL_LICENSE {@code 28 28 90914}; {@code "MRN: MR-0048213"} → MRN {@code MR-0048213};
 * {@code "CIPA: nhc-87941464"} → MRN {@code 87941464}. Rejected: {@code "historia clínica de 2019"} (a year),
 * {@code "NHC: 12/03/2019"} (a date), {@code "NHC 123"} (3 digits), {@code "MRN pending"} (no digits).
 *
 * <p>Cue: each token holding a digit whose preceding word may end a label or be a filler (length and
 * first/last letter masks, no hashing). Score 0.85, reported with {@code addWithContext}. Immutable and
 * thread-safe.
 */
public final class LabelledIdRecognizer implements Recognizer {

  public static final String NAME = "labelled_id";

  private static final int MRN = 0;
  private static final int INSURANCE = 1;
  private static final int LICENSE = 2;
  private static final EntityType[] TYPES = {
      EntityType.MEDICAL_RECORD_NUMBER, EntityType.HEALTH_INSURANCE_ID, EntityType.PROFESSIONAL_LICENSE};

  private static final Map<String, Integer> PHRASE_TYPES = phrases();
  private static final PhraseTable PHRASES = PhraseTable.of(PHRASE_TYPES);
  private static final LeadingContext LEAD = new LeadingContext(PHRASES, 3, 4);
  private static final ContextSpec CONTEXT = ContextSpec.of(PHRASE_TYPES.keySet().toArray(new String[0]));

  private static final double SCORE = 0.85;
  private static final int MIN_LEN = 4;
  private static final int MAX_LEN = 20;
  private static final int MIN_DIGITS = 4;
  private static final int MAX_TOKENS = 6;
  private static final int MAX_PREFIX = 3;

  private static Map<String, Integer> phrases() {
    Map<String, Integer> m = new LinkedHashMap<>();
    put(m, MRN, "mrn", "medical record", "medical record number", "medical record no", "med rec no",
        "patient id", "patient number", "patient no", "chart no", "chart number", "chart id",
        "encounter no", "encounter number", "encounter id", "visit id", "nhc", "n h c",
        "historia clínica", "nº historia clínica", "nº de historia clínica", "número de historia clínica",
        "numero de historia clinica", "n de historia clinica", "no de historia clinica", "episodio",
        "nº episodio", "número de episodio", "número de paciente", "numero de paciente", "id paciente",
        "id del paciente", "expediente clínico", "número de expediente");
    put(m, INSURANCE, "member id", "member number", "member no", "policy number", "policy no", "policy id",
        "medicaid", "medicaid number", "medicaid no", "medicaid id", "medicare", "medicare number", "medicare no",
        "medicare id", "insurance id", "insurance number", "subscriber id", "subscriber number", "health plan id",
        "nass", "nuss", "nss", "afiliación", "nº afiliación", "nº de afiliación", "número de afiliación",
        "numero de afiliacion", "número de afiliado", "seguridad social", "número de la seguridad social",
        "numero de la seguridad social", "número de seguridad social", "nº seguridad social",
        "tarjeta sanitaria", "nº tarjeta sanitaria", "tarjeta sanitaria individual", "tsi", "cip", "cipa",
        "código de identificación personal", "póliza", "nº de póliza", "número de póliza");
    put(m, LICENSE, "npi", "npi number", "npi no", "dea", "dea number", "dea no", "medical license",
        "medical licence", "medical license number", "medical license no", "professional license",
        "professional license number", "nursing license", "colegiado", "colegiada", "nº colegiado",
        "nº de colegiado", "nº de colegiada", "número de colegiado", "numero de colegiado", "nºcol", "nº col",
        "n col", "no col", "num col", "núm col", "cédula profesional", "cedula profesional",
        "licencia profesional");
    return m;
  }

  private static void put(Map<String, Integer> m, int type, String... phrases) {
    for (String p : phrases) {
      m.put(p, type);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(TYPES);
  }

  /** Documents the labels; the recognizer checks them itself and reports with {@code addWithContext}. */
  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    int n = ctx.digitTokenCount();
    int doneUpTo = -1;
    for (int k = 0; k < n; k++) {
      int t = ctx.digitToken(k);
      if (t <= doneUpTo) {
        continue;
      }
      boolean prefixed = hasPrefix(ctx, t);
      if (!LEAD.mayLead(ctx, t - 1) && !(prefixed && LEAD.mayLead(ctx, t - 2))) {
        continue;
      }
      int last = lastTokenOfValue(ctx, t);
      if (last < 0) {
        continue;
      }
      int first = t;
      int p = prefixed ? LEAD.find(ctx, t - 1) : -1;
      if (p >= 0) {
        first = t - 1;
      } else {
        p = LEAD.find(ctx, t);
      }
      int start = ctx.tokenStart(first);
      int end = ctx.tokenEnd(last);
      if (p < 0 || end - start > MAX_LEN || IdShapes.isYearOrDate(ctx.text(), ctx.tokenStart(t), end)) {
        continue;
      }
      out.addWithContext(start, end, TYPES[PHRASES.value(p)], SCORE, this,
          first == t ? "labelled_value" : "prefixed_value", null, PHRASES.phrase(p));
      doneUpTo = last;
    }
  }

  /** Whether token {@code t} follows a dash-joined upper-case prefix ({@code MR} in {@code "MR-0048213"}). */
  private static boolean hasPrefix(ScanContext ctx, int t) {
    int q = t - 1;
    return q >= 0 && ctx.tokenEnd(q) + 1 == ctx.tokenStart(t) && ctx.text().charAt(ctx.tokenEnd(q)) == '-'
        && ctx.tokenLength(q) <= MAX_PREFIX && ctx.tokenHas(q, ScanContext.ALL_UPPER)
        && !ctx.tokenHas(q, ScanContext.DIGIT);
  }

  /**
   * The last token of the value starting at token {@code t}, or -1 when the joined tokens are too long, hold
   * fewer than 4 digits, or run into a glued char ({@code '@'}, {@code '_'}).
   */
  private static int lastTokenOfValue(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int start = ctx.tokenStart(t);
    int last = t;
    int digits = IdShapes.countDigits(text, start, ctx.tokenEnd(t));
    while (last + 1 < ctx.tokenCount() && last - t + 1 < MAX_TOKENS
        && ctx.tokenStart(last + 1) - ctx.tokenEnd(last) == 1
        && IdShapes.isJoiner(text.charAt(ctx.tokenEnd(last)))
        && ctx.tokenHas(last + 1, ScanContext.DIGIT)) {
      last++;
      digits += IdShapes.countDigits(text, ctx.tokenStart(last), ctx.tokenEnd(last));
      if (ctx.tokenEnd(last) - start > MAX_LEN) {
        return -1;
      }
    }
    int end = ctx.tokenEnd(last);
    if (end - start < MIN_LEN || digits < MIN_DIGITS || end - start > MAX_LEN
        || IdShapes.isGlued(text, start - 1) || IdShapes.isGlued(text, end)) {
      return -1;
    }
    return last;
  }
}
