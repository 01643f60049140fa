package org.piishield.recognizers.es;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.ContextWords;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Spanish DNI (Documento Nacional de Identidad): 8 digits and a check letter
 * {@code "TRWAGMYFPDXBNJZSQVHLCKE".charAt(number % 23)}. Cue: each token that starts with a digit.
 *
 * <p>Catches {@code 12345678Z}, {@code 12345678-z}, {@code 12345678 Z}, {@code 12.345.678-Z} and
 * {@code 12 345 678 Z} (score 0.85, raised by context such as {@code DNI}). Rejects {@code 123456789Z}
 * (9 digits), {@code 1.12.345.678-Z} (part of a longer number), {@code 12345678 y} (a lower-case letter after a
 * space is the word "y") and {@code 12345678A} (wrong letter: 12345678 % 23 = 14, letter Z).
 *
 * <p>Two candidates are reported only when the recognizer itself finds a strong label ({@code DNI},
 * {@code D.N.I.}, {@code NIF}, {@code documento nacional de identidad}) within six tokens before the id,
 * at 0.5: a wrong check letter ({@code DNI: 12345678A}: a typo still identifies the holder, and a redaction
 * tool that skips it leaks the other eight digits) and the number without its letter ({@code DNI 12345678}).
 *
 * <p>Immutable and thread-safe.
 */
public final class SpanishDniRecognizer implements Recognizer {

  public static final String NAME = "es_dni";

  static final double SCORE_VALID = 0.85;
  static final double SCORE_LABELLED = 0.5;
  private static final int LABEL_WINDOW = 6;
  private static final ContextWords LABELS = ContextWords.of("dni", "d.n.i.", "nif", "n.i.f.",
      "documento nacional de identidad");
  private static final ContextSpec CONTEXT = ContextSpec.of("dni", "d.n.i.", "documento nacional de identidad",
      "nif", "n.i.f.", "identidad", "identity card", "national id");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.ES_DNI);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    int lastEnd = 0;
    for (int k = 0; k < ctx.digitTokenCount(); k++) {
      int t = ctx.digitToken(k);
      int s = ctx.tokenStart(t);
      int len = ctx.tokenLength(t);
      // 12345678Z is one token of 9, 12345678-Z starts with one of 8, 12.345.678-Z with one of 2
      if (s < lastEnd || (len != 8 && len != 9 && len != 2) || !SpanishIdParser.isAsciiDigit(text.charAt(s))
          || !SpanishIdParser.isBoundaryBefore(text, s)) {
        continue;
      }
      long r = SpanishIdParser.readNumber(text, s, 8, true);
      if (r < 0) {
        continue;
      }
      int number = (int) (r >>> 32);
      int numEnd = (int) r;
      int at = SpanishIdParser.letterAfter(text, numEnd);
      if (at < 0) {
        if (SpanishIdParser.isBoundaryAfter(text, numEnd)) {
          int label = LABELS.find(ctx, t - LABEL_WINDOW, t);
          if (label >= 0) {
            out.addWithContext(s, numEnd, EntityType.ES_DNI, SCORE_LABELLED, this, "number_only", null,
                LABELS.phrase(label));
            lastEnd = numEnd;
          }
        }
        continue;
      }
      char letter = text.charAt(at);
      if (!SpanishIdParser.isCheckAlphabet(letter)) {
        continue;
      }
      if (SpanishIdParser.upper(letter) == SpanishIdParser.checkLetter(number)) {
        out.add(s, at + 1, EntityType.ES_DNI, SCORE_VALID, this, "dni", "mod23");
        lastEnd = at + 1;
      } else {
        int label = LABELS.find(ctx, t - LABEL_WINDOW, t);
        if (label >= 0) {
          out.addWithContext(s, at + 1, EntityType.ES_DNI, SCORE_LABELLED, this, "dni", "mod23_failed",
              LABELS.phrase(label));
          lastEnd = at + 1;
        }
      }
    }
  }
}
