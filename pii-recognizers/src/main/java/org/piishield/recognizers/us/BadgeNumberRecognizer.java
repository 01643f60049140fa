package org.piishield.recognizers.us;

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
 * Police badge (star, shield) numbers and employee numbers: 2 to 10 digits, optionally after a one- or
 * two-letter prefix ({@code 4521}, {@code A4521}, {@code PD-4521}), right after a context phrase that also
 * decides the type.
 *
 * <p>Type selection: the phrase nearest before the value (with only filler words such as {@code no.},
 * {@code number}, {@code is} between) is looked up in {@link #PHRASES}; its value is the type.
 * <ul>
 *   <li>{@link EntityType#BADGE_NUMBER}: {@code badge}, {@code badge no.}, {@code badge #}, {@code star},
 *       {@code star no.}, {@code shield}, {@code shield no.}, {@code placa número}, {@code número de placa},
 *       {@code no. de placa}, {@code insignia}. Spanish {@code placa} alone is not enough: it also means a
 *       vehicle plate ({@link LicensePlateRecognizer} takes {@code "placa ABC-123"}).
 *   <li>{@link EntityType#EMPLOYEE_ID}: {@code employee no.}, {@code employee number}, {@code employee id},
 *       {@code emp. no.}, {@code emp #} and {@code employee #} (only with the {@code '#'}), {@code personnel no.},
 *       {@code número de empleado},
 *       {@code no. de empleado}, {@code nómina}.
 * </ul>
 * Examples: {@code "Badge #4521"} → BADGE_NUMBER {@code 4521}; {@code "placa número 1234"} → BADGE_NUMBER;
 * {@code "Employee ID: E20931"} → EMPLOYEE_ID {@code E20931}. Score 0.6 (reported with
 * {@code addWithContext}). Rejected: {@code "badge 7"} (one digit), {@code "a 5 star hotel"} (no phrase
 * before), {@code "badge issued 2019"} (non-filler word between).
 *
 * <p>Cue: each token containing a digit. Immutable and thread-safe.
 */
public final class BadgeNumberRecognizer implements Recognizer {

  public static final String NAME = "badge_number";

  private static final int BADGE = 1;
  private static final int EMPLOYEE = 2;
  /** Flag: the phrase counts only when a {@code '#'} follows it ({@code "employee #4410"}, {@code "emp #12"}). */
  private static final int NEEDS_HASH = 4;
  private static final PhraseTable PHRASES = PhraseTable.of(phrases());
  private static final LeadingContext LEAD = new LeadingContext(PHRASES, 3, 6);
  private static final ContextSpec CONTEXT = ContextSpec.of(phrases().keySet().toArray(new String[0]));
  private static final int MIN_DIGITS = 2;
  private static final int MAX_DIGITS = 10;
  private static final int MAX_PREFIX = 2;

  private static Map<String, Integer> phrases() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String p : new String[] {"badge", "badge no", "badge number", "star", "star no", "star number", "shield",
        "shield no", "shield number", "placa número", "placa numero", "placa no", "número de placa",
        "numero de placa", "no de placa", "insignia", "número de insignia", "numero de insignia"}) {
      m.put(p, BADGE);
    }
    for (String p : new String[] {"employee no", "employee number", "employee id", "emp no", "emp id", "personnel no",
        "personnel number", "número de empleado", "numero de empleado", "no de empleado", "nómina", "nomina",
        "número de nómina", "numero de nomina"}) {
      m.put(p, EMPLOYEE);
    }
    m.put("employee", EMPLOYEE | NEEDS_HASH);
    m.put("emp", EMPLOYEE | NEEDS_HASH);
    return m;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.BADGE_NUMBER, EntityType.EMPLOYEE_ID);
  }

  /** Documents the phrases; the recognizer checks them itself and reports with {@code addWithContext}. */
  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    int n = ctx.digitTokenCount();
    for (int k = 0; k < n; k++) {
      int t = ctx.digitToken(k);
      // cheapest test first: a word that may end a phrase (or a filler) before the value or its prefix
      if (!LEAD.mayLead(ctx, t - 1) && !(t > 0 && UsTokens.gapIs(ctx, t - 1, '-') && LEAD.mayLead(ctx, t - 2))) {
        continue;
      }
      int first = firstTokenOfValue(ctx, t);
      if (first < 0) {
        continue;
      }
      int p = LEAD.find(ctx, first);
      if (p < 0) {
        continue;
      }
      int value = PHRASES.value(p);
      if ((value & NEEDS_HASH) != 0 && !isRightBeforeHash(ctx, p, first)) {
        continue;
      }
      EntityType type = (value & EMPLOYEE) != 0 ? EntityType.EMPLOYEE_ID : EntityType.BADGE_NUMBER;
      out.addWithContext(ctx.tokenStart(first), ctx.tokenEnd(t), type, 0.6, this,
          first == t ? "number" : "prefixed_number", null, PHRASES.phrase(p));
    }
  }

  /** Whether phrase {@code p} ends at the token before {@code first} and a {@code '#'} separates them. */
  private static boolean isRightBeforeHash(ScanContext ctx, int p, int first) {
    if (first == 0 || PHRASES.matchEndingAt(ctx, first - 1) != p) {
      return false;
    }
    for (int i = ctx.tokenEnd(first - 1); i < ctx.tokenStart(first); i++) {
      if (ctx.text().charAt(i) == '#') {
        return true;
      }
    }
    return false;
  }

  /**
   * If token {@code t} ends a badge-shaped value, the value's first token ({@code t} itself, or a dash-joined
   * letter prefix before it); else -1. {@code 4521}, {@code A4521}, {@code PD-4521} are badge-shaped;
   * {@code ABC123}, {@code 7} and {@code 12345678901} are not.
   */
  static int firstTokenOfValue(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(t);
    int letters = 0;
    while (s + letters < e && UsTokens.isAsciiLetter(text.charAt(s + letters))) {
      letters++;
    }
    int digits = e - s - letters;
    if (letters > MAX_PREFIX || digits < MIN_DIGITS || digits > MAX_DIGITS
        || !UsTokens.isAsciiDigits(text, s + letters, e) || !UsTokens.isFreeAfter(text, e)) {
      return -1;
    }
    int first = t;
    if (letters == 0 && t > 0 && UsTokens.gapIs(ctx, t - 1, '-') && ctx.tokenLength(t - 1) <= MAX_PREFIX
        && UsTokens.isAsciiAlnum(text, ctx.tokenStart(t - 1), ctx.tokenEnd(t - 1))
        && !ctx.tokenHas(t - 1, ScanContext.DIGIT)) {
      first = t - 1;
    }
    return UsTokens.isFreeBefore(text, ctx.tokenStart(first)) ? first : -1;
  }
}
