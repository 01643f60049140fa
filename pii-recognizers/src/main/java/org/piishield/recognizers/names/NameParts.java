package org.piishield.recognizers.names;

import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;
import org.piishield.text.Fold;

/**
 * The parts of one candidate name (given names, surnames, unknown capitalised words, initials, particles)
 * and how a token is classified as one. Reused across candidates within one {@code detect} call; not
 * thread-safe.
 *
 * <p>Example: {@code "Faina D. Yefremova"} is [UNKNOWN, INITIAL, UNKNOWN]; {@code "María de la Cruz"} is
 * [STRONG, PARTICLE, PARTICLE, WEAK].
 */
final class NameParts {

  static final int NONE = 0;
  static final int INITIAL = 1;
  static final int PARTICLE = 2;
  /** A listed given name or surname that is not a common word. */
  static final int STRONG = 3;
  /** A listed name that is also a common word, month or day ("Will", "Rose", "Brown"). */
  static final int WEAK = 4;
  /** A capitalised word in no list, cased like a name. */
  static final int UNKNOWN = 5;
  /** A place that is also a rare surname ("Sevilla"): a name part only after another name part. */
  static final int PLACE = 6;

  static final int MAX_PARTS = 8;
  private static final int PLACE_WORDS = NameLexicon.STREET_AFTER | NameLexicon.STREET_BEFORE
      | NameLexicon.ORG_AFTER | NameLexicon.ORG_BEFORE;

  final int[] tok = new int[MAX_PARTS];
  final int[] kind = new int[MAX_PARTS];
  final int[] val = new int[MAX_PARTS];
  int count;
  /** The text has no casing signal: lower-case words may be name parts. */
  boolean caseless;
  /** A name field label precedes: capitalised words may be name parts. */
  boolean field;

  /**
   * Collects name parts from token {@code t}; returns the index of the first token not examined. A final
   * initial stays ({@code "Smith, John A."}) until {@link #trimTrailingInitials()}.
   */
  int build(ScanContext ctx, TokenValues lex, int t, boolean allowCaps) {
    count = 0;
    CharSequence text = ctx.text();
    int n = ctx.tokenCount();
    int j = t;
    while (j < n && count < MAX_PARTS) {
      int v = lex.get(j);
      int kind = partKind(ctx, j, v, allowCaps, caseless);
      if (kind == PLACE) {
        // "Isabel Dapena Sevilla": after a name part a place that is also a surname is the surname
        // a word no list knows two spaces before it is no evidence: "Qasigiannguit  Denmark" (an address block)
        int gap = count > 0 ? ctx.tokenStart(j) - ctx.tokenEnd(j - 1) : 0;
        boolean afterName = count > 0 && this.kind[count - 1] >= STRONG && (this.kind[count - 1] != UNKNOWN || gap == 1)
            && TextShape.isSpaces(text, ctx.tokenEnd(j - 1), ctx.tokenStart(j));
        kind = afterName ? STRONG : field ? UNKNOWN : NONE;
      }
      if (kind == NONE && field && count < 4 && isFieldWord(ctx, j, v, caseless)) {
        kind = UNKNOWN; // "Apellidos: Pose Díaz"
      }
      if (kind == NONE && count > 0 && this.kind[count - 1] == PARTICLE
          && (v & NameLexicon.PARTICLE_SECOND) != 0 && !ctx.tokenHas(j, ScanContext.DIGIT)) {
        kind = PARTICLE; // "la" in "María de la Cruz", "der" in "van der Berg"
      }
      if (kind == NONE) {
        break;
      }
      if (kind == PARTICLE && (!particleLeadsToName(ctx, lex, j, allowCaps, caseless)
          || (count > 0 && joinsTwoPeople(ctx, lex, j, caseless)))) {
        break;
      }
      if (kind == INITIAL && !initialFits(ctx, j, v)) {
        break;
      }
      if (kind == WEAK && count == 1 && this.kind[0] == INITIAL
          && TextShape.hasDot(text, ctx.tokenEnd(j - 1), ctx.tokenStart(j))) {
        break; // "eje I. Dado que…": a numeral ends a sentence, the next word opens one
      }
      tok[count] = j;
      this.kind[count] = kind;
      val[count] = v;
      count++;
      if (j + 1 >= n) {
        j++;
        break;
      }
      int gapFrom = ctx.tokenEnd(j);
      int gapTo = ctx.tokenStart(j + 1);
      if (!TextShape.isJoiner(text, gapFrom, gapTo)) {
        j++;
        break;
      }
      if (TextShape.hasDot(text, gapFrom, gapTo) && kind != INITIAL) {
        j++;
        break;
      }
      if (kind == PARTICLE && !TextShape.isSpaces(text, gapFrom, gapTo)
          && text.charAt(gapFrom) != '\'' && text.charAt(gapFrom) != '\u2019') {
        j++;
        break;
      }
      j++;
    }
    while (count > 0 && kind[count - 1] == PARTICLE) {
      count--;
    }
    return j;
  }

  /**
   * An initial is followed by a dot, an apostrophe ({@code "O'Brien"}) or a capitalised word; a one-letter
   * function word opening a sentence is the word ({@code "A Tesla sat…"}, {@code "Y Juan dijo…"}), not an
   * initial, unless a label precedes it ({@code "Name: A Smith"}). {@code v} is the token's lexicon value.
   */
  private static boolean initialFits(ScanContext ctx, int j, int v) {
    CharSequence text = ctx.text();
    int e = ctx.tokenEnd(j);
    if (e < text.length()) {
      char c = text.charAt(e);
      if (c == '.' || c == '\'' || c == '\u2019') {
        return true;
      }
    }
    if ((v & NameLexicon.FUNCTION_WORD) != 0 && TextShape.isSentenceStart(ctx, j)
        && !NameCues.LABEL.endsBefore(ctx, j)) {
      return false;
    }
    return j + 1 < ctx.tokenCount() && ctx.tokenHas(j + 1, ScanContext.UPPER_FIRST)
        && TextShape.isSpaces(text, e, ctx.tokenStart(j + 1));
  }

  /**
   * {@code "de"}, {@code "de la"}, {@code "van der"} must lead to a capitalised name part, not a place; in a
   * caseless text to a listed name.
   */
  private static boolean particleLeadsToName(ScanContext ctx, TokenValues lex, int j, boolean allowCaps,
      boolean caseless) {
    CharSequence text = ctx.text();
    int n = ctx.tokenCount();
    int k = j + 1;
    for (int hops = 0; k < n && hops < 2; hops++, k++) {
      if (!TextShape.isJoiner(text, ctx.tokenEnd(k - 1), ctx.tokenStart(k))) {
        return false;
      }
      int v = lex.get(k);
      int kind = partKind(ctx, k, v, allowCaps, caseless);
      if (kind == UNKNOWN && caseless) {
        return false; // "me llamo rosa blanco y pedí un vino": without capitals only a listed name follows "y"
      }
      if (kind == STRONG || kind == WEAK || kind == UNKNOWN) {
        if ((v & NameLexicon.LOC_FIRST) != 0) {
          LocationGazetteer gaz = lex.lex.locations();
          int p = gaz.match(ctx, k);
          if (p >= 0 && !gaz.isAmbiguous(p)) {
            return false;
          }
        }
        return true;
      }
      if ((v & NameLexicon.PARTICLE_SECOND) == 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code "Ana García y María López"}: a conjunction ({@code "y"}, {@code "e"}, {@code "i"}) before a given
   * name that another name part follows joins two people; before a surname it joins a double surname
   * ({@code "Ramón y Cajal"}, {@code "Ortega y Gasset"}).
   */
  private static boolean joinsTwoPeople(ScanContext ctx, TokenValues lex, int j, boolean caseless) {
    int k = j + 1;
    if (k + 1 >= ctx.tokenCount()
        || !(ctx.tokenEquals(j, "y") || ctx.tokenEquals(j, "e") || ctx.tokenEquals(j, "i"))) {
      return false;
    }
    int v = lex.get(k);
    int given = NameLexicon.givenClass(v);
    if (given < 4 || given < NameLexicon.surnameClass(v) || partKind(ctx, k, v, false, caseless) != STRONG
        || !TextShape.isSpaces(ctx.text(), ctx.tokenEnd(k), ctx.tokenStart(k + 1))) {
      return false;
    }
    int next = partKind(ctx, k + 1, lex.get(k + 1), false, caseless);
    return next == STRONG || next == WEAK || next == UNKNOWN;
  }

  void dropFirst() {
    System.arraycopy(tok, 1, tok, 0, count - 1);
    System.arraycopy(kind, 1, kind, 0, count - 1);
    System.arraycopy(val, 1, val, 0, count - 1);
    count--;
  }

  void trimTrailingInitials() {
    while (count > 1 && (kind[count - 1] == INITIAL || kind[count - 1] == PARTICLE)) {
      count--;
    }
  }

  int count(int k) {
    int c = 0;
    for (int i = 0; i < count; i++) {
      if (kind[i] == k) {
        c++;
      }
    }
    return c;
  }

  int nameParts() {
    return count(STRONG) + count(WEAK) + count(UNKNOWN);
  }

  int firstName() {
    for (int i = 0; i < count; i++) {
      if (kind[i] >= STRONG) {
        return i;
      }
    }
    return 0;
  }

  private int lastName() {
    for (int i = count - 1; i >= 0; i--) {
      if (kind[i] >= STRONG) {
        return i;
      }
    }
    return count - 1;
  }

  int firstNameKind() {
    return kind[firstName()];
  }

  int firstNameVal() {
    return val[firstName()];
  }

  int lastNameVal() {
    return val[lastName()];
  }

  /** One or two surname parts and nothing else ({@code "Smith"}, {@code "RUIZ PEÑA"}). */
  boolean isSurnameOnly(ScanContext ctx) {
    if (count < 1 || count > 3) {
      return false;
    }
    int names = 0;
    for (int i = 0; i < count; i++) {
      if (kind[i] == PARTICLE) {
        continue;
      }
      if ((kind[i] != STRONG && kind[i] != WEAK) || NameLexicon.surnameClass(val[i]) < 2) {
        return false;
      }
      names++;
    }
    return names >= 1 && names <= 2;
  }

  /**
   * Whether a word no list takes for a name may still be one after a name field label: capitalised (or in a
   * caseless text), letters only, two or more of them, and not a function word, title or never-name word.
   */
  static boolean isFieldWord(ScanContext ctx, int t, int v, boolean caseless) {
    int f = ctx.tokenFlags(t);
    return (f & ScanContext.DIGIT) == 0 && ((f & ScanContext.UPPER_FIRST) != 0 || caseless)
        && ctx.tokenLength(t) >= 2
        && (v & (NameLexicon.NEVER | NameLexicon.TITLE | NameLexicon.FUNCTION_WORD)) == 0;
  }

  /** Classifies token {@code t} as a name part; {@code v} is its lexicon value. */
  /**
   * {@code "PERSON_2"}, {@code "user_Ruiz"}: a word glued to an underscore is part of an identifier or a
   * pseudonym label, never a name part.
   */
  static boolean isSnakeCase(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(t);
    return (s > 0 && text.charAt(s - 1) == '_') || (e < text.length() && text.charAt(e) == '_');
  }

  static int partKind(ScanContext ctx, int t, int v, boolean allowCaps) {
    return partKind(ctx, t, v, allowCaps, false);
  }

  /**
   * Classifies token {@code t} as a name part; {@code v} is its lexicon value. In a {@code caseless} text a
   * lower-case word is taken as if capitalised, but like an all-capitals word it must be a listed name
   * unless a title or label allows any word.
   */
  static int partKind(ScanContext ctx, int t, int v, boolean allowCaps, boolean caseless) {
    int f = ctx.tokenFlags(t);
    if ((f & (ScanContext.DIGIT | ScanContext.LABEL)) != 0 || isSnakeCase(ctx, t)) {
      return NONE;
    }
    int len = ctx.tokenLength(t);
    if ((f & ScanContext.UPPER_FIRST) == 0) {
      if ((v & NameLexicon.PARTICLE) != 0) {
        return PARTICLE;
      }
      if (!caseless) {
        return NONE;
      }
      if (len == 1) {
        int e = ctx.tokenEnd(t);
        return e < ctx.text().length() && ctx.text().charAt(e) == '.' ? INITIAL : NONE;
      }
      f |= ScanContext.ALL_UPPER;
    }
    if (len == 1) {
      return INITIAL;
    }
    if ((v & (NameLexicon.TITLE | NameLexicon.NEVER)) != 0) {
      return NONE;
    }
    if ((v & NameLexicon.PARTICLE) != 0 && len <= 3) {
      return PARTICLE;
    }
    if ((v & PLACE_WORDS) != 0 && NameLexicon.nameClass(v) < PersonNameRecognizer.COMMON_SURNAME) {
      return NONE;
    }
    if ((v & NameLexicon.LOC_FIRST) != 0 && NameLexicon.nameClass(v) < 2) {
      return NONE;
    }
    if (NameLexicon.nameClass(v) >= 2) {
      if (NameLexicon.isFunctionWord(v)) {
        return NONE;
      }
      if ((v & NameLexicon.LOC_FIRST) != 0 && NameLexicon.surnameClass(v) < PersonNameRecognizer.COMMON_SURNAME
          && NameLexicon.givenClass(v) < 4 && isUnambiguousPlace(ctx, t)) {
        return PLACE; // "España", "Vitoria-Gasteiz": a place that is also a rare surname
      }
      if ((f & ScanContext.ALL_UPPER) != 0 && !allowCaps) {
        return NameLexicon.isAmbiguousName(v) || NameLexicon.nameClass(v) < 3 ? NONE : STRONG;
      }
      return NameLexicon.isAmbiguousName(v) ? WEAK : STRONG;
    }
    if (NameLexicon.isWord(v)) {
      return NONE;
    }
    if ((f & ScanContext.ALL_UPPER) != 0) {
      return allowCaps ? UNKNOWN : NONE;
    }
    CharSequence text = ctx.text();
    int off = ctx.tokenStart(t);
    if (!isNameCasing(text, off, len) || WordShape.isWordShaped(text, off, len, ctx.language() == Language.EN)
        || isAbbreviationChain(ctx, t)) {
      return NONE;
    }
    return UNKNOWN;
  }

  private static boolean isUnambiguousPlace(ScanContext ctx, int t) {
    LocationGazetteer gaz = NameLexicon.get().locations();
    int p = gaz.match(ctx, t);
    return p >= 0 && !gaz.isAmbiguous(p);
  }

  /**
   * Whether an unknown capitalised word is cased like a name: no capital after the first letter, except after
   * a name prefix ({@code "McCray"}, {@code "DeShawn"}, {@code "MacLeod"}); {@code "PowerPoint"} is not.
   */
  /**
   * {@code "Civ."} in {@code "Fed. R. Civ. P."}, {@code "Supp."} in {@code "F. Supp. 2d"}: a short word and
   * a dot followed by another short capitalised word and a dot, or by a digit, is an abbreviation.
   */
  static boolean isAbbreviationChain(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int e = ctx.tokenEnd(t);
    if (ctx.tokenLength(t) > 4 || e >= text.length() || text.charAt(e) != '.' || t + 1 >= ctx.tokenCount()) {
      return false;
    }
    int n = t + 1;
    if (ctx.tokenStart(n) - e > 2) {
      return false;
    }
    if (ctx.tokenHas(n, ScanContext.DIGIT)) {
      return true;
    }
    int ne = ctx.tokenEnd(n);
    return ctx.tokenHas(n, ScanContext.UPPER_FIRST) && ctx.tokenLength(n) <= 4 && ne < text.length()
        && text.charAt(ne) == '.';
  }

  static boolean isNameCasing(CharSequence text, int off, int len) {
    for (int i = 1; i < len; i++) {
      char c = text.charAt(off + i);
      if (Character.isUpperCase(c)) {
        char c0 = Fold.fold(text.charAt(off));
        char c1 = Fold.fold(text.charAt(off + 1));
        boolean prefix = (i == 2 && ((c0 == 'm' && c1 == 'c') || (c0 == 'd' && (c1 == 'e' || c1 == 'i' || c1 == 'a'))
            || (c0 == 'l' && (c1 == 'a' || c1 == 'e')))) || (i == 3 && c0 == 'm' && c1 == 'a'
            && Fold.fold(text.charAt(off + 2)) == 'c');
        if (!prefix) {
          return false;
        }
      }
    }
    return true;
  }
}
