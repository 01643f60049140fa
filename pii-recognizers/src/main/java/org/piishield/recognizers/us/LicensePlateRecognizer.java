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
import org.piishield.text.FoldedWordSet;

/**
 * Vehicle licence plates after a context phrase ({@code plate}, {@code license plate}, {@code tag},
 * {@code tags}, {@code registration}, {@code placa}, {@code placas}, {@code matrícula}, {@code patente}),
 * separated only by filler words: {@code "plate 7ABC123"}, {@code "tags ABC-1234"}, {@code "placas abc 123"}.
 * Score 0.65, reported with {@code addWithContext}.
 *
 * <p>The value: 2 to 8 letters and digits with at least one of each, in one token or two joined by a single
 * dash ({@code ABC-1234}) or a single space between a letter group and a digit group ({@code abc 123},
 * {@code 123 ABC}). Upper or lower case.
 *
 * <p>Spanish {@code placa} is also a police badge: in {@code "placa número 1234"}, {@code "número de placa
 * A1234"} the value is badge-shaped (see {@link BadgeNumberRecognizer#firstTokenOfValue}) and left to the badge
 * recognizer; {@code "número de placa ABC-123"} is a plate. All-digit values are never plates here
 * ({@code "placa 1234"}, {@code "tag 12345"}).
 *
 * <p>Cue: each token containing a digit. Immutable and thread-safe.
 */
public final class LicensePlateRecognizer implements Recognizer {

  public static final String NAME = "license_plate";

  private static final int PLATE = 1;
  /** A Spanish phrase that may introduce a badge number as well as a plate. */
  private static final int PLATE_OR_BADGE = 2;
  private static final PhraseTable PHRASES = PhraseTable.of(phrases());
  private static final LeadingContext LEAD = new LeadingContext(PHRASES, 2, 6);
  private static final ContextSpec CONTEXT = ContextSpec.of(phrases().keySet().toArray(new String[0]));
  /** Short English and Spanish words that are never the letter group of {@code "abc 123"}. */
  private static final FoldedWordSet SHORT_WORDS = FoldedWordSet.of("a", "an", "the", "for", "and", "or", "of",
      "on", "at", "to", "in", "by", "my", "his", "her", "our", "its", "you", "we", "he", "she", "was", "are", "has",
      "had", "see", "per", "via", "la", "el", "en", "con", "por", "y", "que", "los", "las", "un", "una", "su",
      "sus", "mi", "es", "al", "se", "lo", "le", "les", "son", "fue", "hay", "ver");
  private static final int MIN_CHARS = 2;
  private static final int MAX_CHARS = 8;

  private static Map<String, Integer> phrases() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String p : new String[] {"plate", "plates", "license plate", "licence plate", "plate number", "plate no",
        "tag", "tags", "tag number", "registration", "registration plate", "placa", "placas", "matrícula",
        "matricula", "patente", "placa de circulación", "placas de circulación"}) {
      m.put(p, PLATE);
    }
    for (String p : new String[] {"placa número", "placa numero", "placa no", "número de placa", "numero de placa",
        "no de placa"}) {
      m.put(p, PLATE_OR_BADGE);
    }
    return m;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.LICENSE_PLATE);
  }

  /** Documents the phrases; the recognizer checks them itself and reports with {@code addWithContext}. */
  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    int n = ctx.digitTokenCount();
    int lastToken = -1;
    for (int k = 0; k < n; k++) {
      int t = ctx.digitToken(k);
      if (t <= lastToken || ctx.tokenLength(t) >= MAX_CHARS) {
        continue;
      }
      // the value may start with a letter group before this digit token: "ABC-1234", "abc 123";
      // the cheap tests (gaps, flags, lengths, LEAD.mayLead) run before any word lookup
      int first = t;
      if (t > 0 && t - 1 > lastToken && LEAD.mayLead(ctx, t - 2) && joinsLeft(ctx, t - 1)) {
        first = t - 1;
      } else if (!LEAD.mayLead(ctx, t - 1)) {
        continue;
      }
      int last = first == t && t + 1 < ctx.tokenCount() && joinsRight(ctx, t) ? t + 1 : t;
      if (!isPlate(ctx, first, last)) {
        continue;
      }
      int p = LEAD.find(ctx, first);
      // "placa número A1234" is a badge: leave badge-shaped values after the ambiguous Spanish phrases alone
      if (p < 0
          || (PHRASES.value(p) == PLATE_OR_BADGE && BadgeNumberRecognizer.firstTokenOfValue(ctx, last) == first)) {
        continue;
      }
      out.addWithContext(ctx.tokenStart(first), ctx.tokenEnd(last), EntityType.LICENSE_PLATE, 0.65, this,
          first == last ? "alnum" : "two_groups", null, PHRASES.phrase(p));
      lastToken = last;
    }
  }

  /**
   * Whether token {@code g} is the first group of a two-group plate ending at token {@code g + 1}: joined by a
   * dash ({@code ABC-1234}), or letters then digits joined by a space ({@code abc 123}) where the letters are
   * not a word of the context ({@code "plate no 123"}, {@code "TAG 123"}) or a short common word
   * ({@code "registration for 123"}).
   */
  private static boolean joinsLeft(ScanContext ctx, int g) {
    if (!isGroup(ctx, g)) {
      return false;
    }
    if (UsTokens.gapIs(ctx, g, '-')) {
      return true;
    }
    return UsTokens.gapIs(ctx, g, ' ') && !ctx.tokenHas(g, ScanContext.DIGIT)
        && ctx.tokenHas(g + 1, ScanContext.ALL_DIGIT)
        && (ctx.tokenHas(g, ScanContext.ALL_UPPER) || ctx.tokenLength(g) <= 3)
        && !LeadingContext.isFiller(ctx, g) && PHRASES.matchEndingAt(ctx, g) < 0
        && (ctx.tokenHas(g, ScanContext.ALL_UPPER) || !UsTokens.tokenIn(ctx, g, SHORT_WORDS));
  }

  /** Whether the digit token {@code g} continues with a dash group or a space and capitals ({@code 123 ABC}). */
  private static boolean joinsRight(ScanContext ctx, int g) {
    if (!isGroup(ctx, g + 1)) {
      return false;
    }
    if (UsTokens.gapIs(ctx, g, '-')) {
      return true;
    }
    return UsTokens.gapIs(ctx, g, ' ') && ctx.tokenHas(g, ScanContext.ALL_DIGIT)
        && ctx.tokenHas(g + 1, ScanContext.ALL_UPPER) && !ctx.tokenHas(g + 1, ScanContext.DIGIT)
        && !LeadingContext.isFiller(ctx, g + 1);
  }

  /** A group of 1 to 7 chars (whether they are ASCII letters and digits is checked once, in {@link #isPlate}). */
  private static boolean isGroup(ScanContext ctx, int i) {
    return ctx.tokenLength(i) < MAX_CHARS;
  }

  private static boolean isPlate(ScanContext ctx, int first, int last) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(first);
    int e = ctx.tokenEnd(last);
    int chars = 0;
    int digits = 0;
    for (int i = first; i <= last; i++) {
      int a = ctx.tokenStart(i);
      int b = ctx.tokenEnd(i);
      if (!UsTokens.isAsciiAlnum(text, a, b)) {
        return false;
      }
      chars += b - a;
      digits += UsTokens.countDigits(text, a, b);
    }
    return chars >= MIN_CHARS && chars <= MAX_CHARS && digits > 0 && digits < chars && UsTokens.isFreeBefore(text, s)
        && UsTokens.isFreeAfter(text, e);
  }
}
