package org.piishield.recognizers.names;

import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;

/**
 * The gazetteer and orthographic signals of the name recognizers, packed per token for the statistical
 * model ({@code org.piishield.recognizers.names.model}), which lives in another package and sees the
 * lexicon only through this class.
 *
 * <p>{@link #fill} writes one packed int per token: bits 0–2 given-name frequency class, 3–5 surname class,
 * 6–7 English word level (as in {@link NameLexicon}), then one flag per role below, and bits 24–26 the
 * {@link #locationKind kind} of a gazetteer place phrase covering the token. Example: in
 * {@code "vive en San Luis Potosí"} the tokens {@code San}, {@code Luis} and {@code Potosí} carry location
 * kind 3 (city), {@code San} also {@link #LOCATION_BEGIN}; {@code Luis} carries given-name class 5.
 *
 * <p>Stateless; lookups go through the per-thread {@link TokenValues} memo, so a token the rule recognizers
 * already looked up costs nothing more. Thread-safe.
 */
public final class NameSignals {

  /** A common Spanish word. */
  public static final int ES_WORD = 1 << 8;
  /** A name that is also a common word, or a listed never-a-name word. */
  public static final int AMBIGUOUS = 1 << 9;
  /** Never part of a name ("Court", "Monday"). */
  public static final int NEVER = 1 << 10;
  /** A title or role before a name ("Mr", "Dra", "agente"). */
  public static final int TITLE = 1 << 11;
  /** A surname particle ("de", "van", "y"). */
  public static final int PARTICLE = 1 << 12;
  /** A street word ("Avenue", "Calle"). */
  public static final int STREET = 1 << 13;
  /** Follows an institution or place name ("University", "Inc"). */
  public static final int ORG_AFTER = 1 << 14;
  /** Precedes an institution or place name ("Hospital", "Universidad"). */
  public static final int ORG_BEFORE = 1 << 15;
  /** A function word ("the", "el", "en"). */
  public static final int FUNCTION_WORD = 1 << 16;
  /** Ends like a common noun or adjective ({@code -ción}, {@code -ness}) in the text's language. */
  public static final int WORD_SHAPED = 1 << 17;
  /** Opens a sentence, line or field, so its capital says nothing. */
  public static final int SENTENCE_START = 1 << 18;
  /** Ends or heads an organisation name ("Department", "Ministerio", "Inc"). */
  public static final int ORG_WORD = 1 << 19;
  /** First token of a gazetteer place phrase. */
  public static final int LOCATION_BEGIN = 1 << 20;
  /** The place phrase covering the token is also a common name or word ("Jordan", "Victoria"). */
  public static final int LOCATION_AMBIGUOUS = 1 << 21;
  /**
   * A listed given name or surname that is also a word common enough to be capitalised for other reasons
   * ({@code "Will"}, {@code "Brown"}, {@code "Day"}); see {@code NameLexicon.isAmbiguousName}.
   */
  public static final int AMBIGUOUS_NAME = 1 << 22;

  private static final int LOCATION_SHIFT = 24;

  private NameSignals() {}

  /**
   * Writes the packed signals of tokens {@code [from, to)} of {@code ctx} into {@code out[0 .. to-from)}. A
   * place phrase that starts before {@code from} is not seen; callers pass a margin.
   */
  public static void fill(ScanContext ctx, int from, int to, int[] out) {
    NameLexicon lex = NameLexicon.get();
    TokenValues values = TokenValues.of(ctx, lex);
    for (int t = from; t < to; t++) {
      out[t - from] = 0;
    }
    for (int t = from; t < to; t++) {
      int v = values.get(t);
      out[t - from] |= lexical(ctx, t, v);
      if ((v & NameLexicon.LOC_FIRST) != 0 && ctx.tokenHas(t, ScanContext.UPPER_FIRST)) {
        markPlace(ctx, lex.locations(), t, from, to, out);
      }
    }
  }

  /**
   * Whether token {@code t} is gazetteer evidence of a name, place or organisation: a listed given name or
   * surname that is not also a common word, the first word of a listed place or a title (none of them a
   * never-a-name word), or an organisation word; never a function word. One memoised lookup, plus one for
   * organisation words when nothing else matched; for a gate.
   */
  public static boolean isEvidence(ScanContext ctx, int t) {
    int v = TokenValues.of(ctx, NameLexicon.get()).get(t);
    if ((v & NameLexicon.FUNCTION_WORD) != 0) {
      return false;
    }
    if ((v & NameLexicon.NEVER) == 0 && ((NameLexicon.nameClass(v) > 0 && !NameLexicon.isAmbiguousName(v))
        || (v & (NameLexicon.LOC_FIRST | NameLexicon.TITLE)) != 0)) {
      return true;
    }
    // "Hospital", "Court" are never names but do head organisations
    return OrganizationWords.roles(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t)) != 0;
  }

  /**
   * Whether token {@code t} is an organisation word ({@code "Hospital"}, {@code "Department"}), not a
   * function word: where the tagger runs, besides unlisted words after a place cue.
   */
  public static boolean isOrganisationWord(ScanContext ctx, int t) {
    int v = TokenValues.of(ctx, NameLexicon.get()).get(t);
    if ((v & NameLexicon.FUNCTION_WORD) != 0) {
      return false;
    }
    return OrganizationWords.roles(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t)) != 0;
  }

  /**
   * Whether token {@code t} is a listed common word of either language, function word or never-a-name word
   * and not a listed name: {@code "The"}, {@code "Report"}, {@code "Court"}; not {@code "Ruiz"} nor an
   * unlisted {@code "Khandallah"}.
   */
  public static boolean isCommonWord(ScanContext ctx, int t) {
    int v = TokenValues.of(ctx, NameLexicon.get()).get(t);
    return (v & (NameLexicon.FUNCTION_WORD | NameLexicon.NEVER)) != 0
        || (NameLexicon.isWord(v) && NameLexicon.nameClass(v) == 0);
  }

  private static int lexical(ScanContext ctx, int t, int v) {
    CharSequence text = ctx.text();
    int s = v & 0xFF;
    s |= (v & NameLexicon.ES_WORD) != 0 ? ES_WORD : 0;
    s |= (v & NameLexicon.AMBIGUOUS) != 0 ? AMBIGUOUS : 0;
    s |= (v & NameLexicon.NEVER) != 0 ? NEVER : 0;
    s |= (v & NameLexicon.TITLE) != 0 ? TITLE : 0;
    s |= (v & (NameLexicon.PARTICLE | NameLexicon.PARTICLE_SECOND)) != 0 ? PARTICLE : 0;
    s |= (v & (NameLexicon.STREET_AFTER | NameLexicon.STREET_BEFORE)) != 0 ? STREET : 0;
    s |= (v & NameLexicon.ORG_AFTER) != 0 ? ORG_AFTER : 0;
    s |= (v & NameLexicon.ORG_BEFORE) != 0 ? ORG_BEFORE : 0;
    s |= (v & NameLexicon.FUNCTION_WORD) != 0 ? FUNCTION_WORD : 0;
    s |= NameLexicon.nameClass(v) > 0 && NameLexicon.isAmbiguousName(v) ? AMBIGUOUS_NAME : 0;
    int off = ctx.tokenStart(t);
    int len = ctx.tokenLength(t);
    boolean english = ctx.language() == Language.EN;
    if (v == 0 && ctx.tokenHas(t, ScanContext.LETTER) && WordShape.isWordShaped(text, off, len, english)) {
      s |= WORD_SHAPED;
    }
    if (TextShape.isSentenceStart(ctx, t)) {
      s |= SENTENCE_START;
    }
    if (OrganizationWords.roles(text, off, len) != 0) {
      s |= ORG_WORD;
    }
    return s;
  }

  private static void markPlace(ScanContext ctx, LocationGazetteer gaz, int t, int from, int to, int[] out) {
    int p = gaz.match(ctx, t);
    if (p < 0) {
      return;
    }
    int kind = gaz.kind(p) << LOCATION_SHIFT | (gaz.isAmbiguous(p) ? LOCATION_AMBIGUOUS : 0);
    out[t - from] |= LOCATION_BEGIN;
    int end = Math.min(to, t + gaz.length(p));
    for (int k = t; k < end; k++) {
      if (((out[k - from] >>> LOCATION_SHIFT) & 7) == 0) {
        out[k - from] |= kind;
      }
    }
  }

  /** Given-name frequency class 0–7 (0: not a given name). */
  public static int givenClass(int s) {
    return s & 7;
  }

  /** Surname frequency class 0–7. */
  public static int surnameClass(int s) {
    return (s >>> 3) & 7;
  }

  /** English word level: 1 very common … 3 common, 0 not listed. */
  public static int englishLevel(int s) {
    return (s >>> 6) & 3;
  }

  /** Kind of the place phrase covering the token: 1 country, 2 state, 3 city, 4 district, 0 none. */
  public static int locationKind(int s) {
    return (s >>> LOCATION_SHIFT) & 7;
  }
}
