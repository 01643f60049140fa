package org.piishield.recognizers.es;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.ContextWords;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Spanish NIE (Número de Identidad de Extranjero): {@code X}, {@code Y} or {@code Z}, 7 digits and a check
 * letter computed like the DNI's over the number with the prefix replaced by 0, 1 or 2
 * ({@code Y1234567} is checked as 11234567). Cue: each token that contains a digit.
 *
 * <p>Catches {@code X1234567L}, {@code Y-1234567-X}, {@code Z 1234567 R} and {@code x1234567l} (score 0.85,
 * raised by context such as {@code NIE}). Rejects {@code X12345678L} (8 digits), {@code AX1234567L} (inside a
 * word), {@code x 1234567 L} (a lower-case prefix after a space reads as "times") and {@code X1234567A}
 * (wrong letter).
 *
 * <p>A wrong check letter is reported only when the recognizer finds a strong label ({@code NIE},
 * {@code N.I.E.}, {@code identidad de extranjero}) within six tokens before the id, at 0.5, for the same
 * reason as {@link SpanishDniRecognizer}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpanishNieRecognizer implements Recognizer {

  public static final String NAME = "es_nie";

  static final double SCORE_VALID = 0.85;
  static final double SCORE_LABELLED = 0.5;
  private static final int LABEL_WINDOW = 6;
  private static final ContextWords LABELS = ContextWords.of("nie", "n.i.e.", "identidad de extranjero");
  private static final ContextSpec CONTEXT = ContextSpec.of("nie", "n.i.e.", "número de identidad de extranjero",
      "identidad de extranjero", "extranjero", "extranjería", "tarjeta de residencia", "foreigner");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.ES_NIE);
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
      if (s < lastEnd) {
        continue;
      }
      char c0 = text.charAt(s);
      int start;
      int digits;
      if (prefixValue(c0) >= 0) {
        // X1234567L or X1234567-L: prefix and digits in one token
        start = s;
        digits = s + 1;
      } else if (SpanishIdParser.isAsciiDigit(c0) && s >= 2 && isSeparatedPrefix(text, s)) {
        // X-1234567-L or X 1234567 L
        start = s - 2;
        digits = s;
      } else {
        continue;
      }
      if (start < lastEnd || !SpanishIdParser.isBoundaryBefore(text, start)) {
        continue;
      }
      long r = SpanishIdParser.readNumber(text, digits, 7, false);
      if (r < 0) {
        continue;
      }
      int numEnd = (int) r;
      int at = SpanishIdParser.letterAfter(text, numEnd);
      if (at < 0 || !SpanishIdParser.isCheckAlphabet(text.charAt(at))) {
        continue;
      }
      int number = prefixValue(text.charAt(start)) * 10_000_000 + (int) (r >>> 32);
      if (SpanishIdParser.upper(text.charAt(at)) == SpanishIdParser.checkLetter(number)) {
        out.add(start, at + 1, EntityType.ES_NIE, SCORE_VALID, this, "nie", "mod23");
        lastEnd = at + 1;
      } else {
        int label = LABELS.find(ctx, ctx.tokenAtOrAfter(start) - LABEL_WINDOW, ctx.tokenAtOrAfter(start));
        if (label >= 0) {
          out.addWithContext(start, at + 1, EntityType.ES_NIE, SCORE_LABELLED, this, "nie", "mod23_failed",
              LABELS.phrase(label));
          lastEnd = at + 1;
        }
      }
    }
  }

  /** 0, 1, 2 for X, Y, Z (either case); -1 otherwise. */
  private static int prefixValue(char c) {
    return switch (c) {
      case 'X', 'x' -> 0;
      case 'Y', 'y' -> 1;
      case 'Z', 'z' -> 2;
      default -> -1;
    };
  }

  /** Whether {@code text[s-2]} is a lone X/Y/Z and {@code text[s-1]} a dash, or a space after an upper-case prefix. */
  private static boolean isSeparatedPrefix(CharSequence text, int s) {
    char sep = text.charAt(s - 1);
    char p = text.charAt(s - 2);
    boolean ok = sep == '-' ? prefixValue(p) >= 0 : sep == ' ' && (p == 'X' || p == 'Y' || p == 'Z');
    return ok && (s == 2 || !Character.isLetterOrDigit(text.charAt(s - 3)));
  }
}
