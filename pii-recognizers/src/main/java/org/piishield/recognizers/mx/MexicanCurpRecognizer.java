package org.piishield.recognizers.mx;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.ContextWords;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Mexican CURP (Clave Única de Registro de Población), 18 chars:
 * <pre>
 *   HEGG 560427 M VZ RRL 0 4
 *   |    |      | |  |   | └ check digit (weights 18..2 over the alphabet 0-9A-NÑO-Z, (10 - sum % 10) % 10)
 *   |    |      | |  |   └── homoclave: a digit for births before 2000, a letter from 2000
 *   |    |      | |  └────── first inner consonants of surnames and given name
 *   |    |      | └───────── state of birth: one of the 32 codes (AS … ZS) or NE (born abroad)
 *   |    |      └─────────── sex: H, M or X
 *   |    └────────────────── date of birth YYMMDD (century from the homoclave)
 *   └─────────────────────── four letters from the names
 * </pre>
 * Cue: each 18-char token containing a digit. Letters may be in either case.
 *
 * <p>Catches {@code HEGG560427MVZRRL04} (RENAPO's published sample) at 0.95. A valid structure with a wrong
 * check digit ({@code HEGG560427MVZRRL05}) is reported at 0.5 only when {@code CURP} or its expansion is
 * within six tokens before or three after. Rejects {@code HEGG561327MVZRRL04} (month 13),
 * {@code HEGG560427MQQRRL04} (state QQ), {@code HEGG560427MVZRAL04} (vowel among the consonants) and
 * {@code HEGG560427HVZRRL0X} (check char not a digit).
 *
 * <p>Immutable and thread-safe.
 */
public final class MexicanCurpRecognizer implements Recognizer {

  public static final String NAME = "mx_curp";

  static final double SCORE_VALID = 0.95;
  static final double SCORE_LABELLED = 0.5;
  private static final int LENGTH = 18;
  /** The 32 state codes of RENAPO's catalogue plus NE (nacido en el extranjero), two chars each. */
  private static final String STATES =
      "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE";
  private static final ContextWords LABELS = ContextWords.of("curp", "clave única de registro de población");
  private static final ContextSpec CONTEXT = ContextSpec.of("curp", "clave única de registro de población",
      "clave única", "registro de población");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.MX_CURP);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    for (int k = 0; k < ctx.digitTokenCount(); k++) {
      int t = ctx.digitToken(k);
      if (ctx.tokenLength(t) != LENGTH) {
        continue;
      }
      int s = ctx.tokenStart(t);
      if (!isValidStructure(text, s)) {
        continue;
      }
      int check = text.charAt(s + 17) - '0';
      if (MexicanIdChecks.curpCheckDigit(text, s) == check) {
        out.add(s, s + LENGTH, EntityType.MX_CURP, SCORE_VALID, this, "curp", "curp_check");
      } else {
        int label = LABELS.findAround(ctx, s, s + LENGTH, 6, 3);
        if (label >= 0) {
          out.addWithContext(s, s + LENGTH, EntityType.MX_CURP, SCORE_LABELLED, this, "curp", "curp_check_failed",
              LABELS.phrase(label));
        }
      }
    }
  }

  /** Everything but the check digit's value: letters, date, sex, state, consonants, homoclave, a digit last. */
  static boolean isValidStructure(CharSequence text, int s) {
    for (int i = 0; i < 4; i++) {
      if (!MexicanIdChecks.isLetter(text.charAt(s + i))) {
        return false;
      }
    }
    char sex = MexicanIdChecks.upper(text.charAt(s + 10));
    if (sex != 'H' && sex != 'M' && sex != 'X') {
      return false;
    }
    if (!isState(MexicanIdChecks.upper(text.charAt(s + 11)), MexicanIdChecks.upper(text.charAt(s + 12)))) {
      return false;
    }
    for (int i = 13; i < 16; i++) {
      if (!isConsonant(MexicanIdChecks.upper(text.charAt(s + i)))) {
        return false;
      }
    }
    char homoclave = MexicanIdChecks.upper(text.charAt(s + 16));
    int century;
    if (MexicanIdChecks.isDigit(homoclave)) {
      century = 1900;
    } else if (homoclave >= 'A' && homoclave <= 'Z') {
      century = 2000;
    } else {
      return false;
    }
    return MexicanIdChecks.isDigit(text.charAt(s + 17)) && MexicanIdChecks.isValidYymmdd(text, s + 4, century);
  }

  private static boolean isState(char a, char b) {
    for (int i = 0; i < STATES.length(); i += 3) {
      if (STATES.charAt(i) == a && STATES.charAt(i + 1) == b) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConsonant(char c) {
    return (c >= 'B' && c <= 'Z' && "EIOU".indexOf(c) < 0) || c == 'Ñ';
  }
}
