package org.piishield.recognizers.names;

import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.text.Fold;

/**
 * Names of people in English and Spanish text, from gazetteers, the shape of the text and nearby words; no
 * statistical model. Cue: each token that starts with a capital letter ({@link ScanContext#upperToken}).
 *
 * <p>Steps, per capitalised token not yet consumed:
 * <ol>
 *   <li>Build a candidate: a run of name parts joined by a space, hyphen, apostrophe or the dot of an
 *       initial — given names and surnames from the gazetteers, capitalised words no list knows, initials
 *       ({@code "J. R. Smith"}), particles ({@code "María de la Cruz"}, {@code "Ludwig van Beethoven"}). A
 *       common word ({@code "Court"}, {@code "The"}, {@code "Monday"}) ends the run; a sentence-initial name
 *       that is also a common word ({@code "Will the board…"}) is dropped.
 *   <li>Score it from evidence: a title before it ({@code "Det. Ruiz"}, {@code "la jueza Peña"}, the title
 *       is not part of the span) 0.85; given name + surname 0.9; two known name parts 0.8; one known part
 *       and one unknown capitalised word 0.75 (0.65 in Spanish); two unknown capitalised words 0.55 (0.35 in
 *       Spanish); a lone common given name 0.5; a lone surname 0.3 (below the default threshold).
 *       Sentence-initial capitals count less. A field label before it ({@code "Name:"}, {@code "Nombre:"},
 *       {@code "my name is"}) makes even a lone unknown word 0.7 and a known one 0.85; a relation or
 *       reporting verb ({@code "wife"}, {@code "según"}, {@code "said"}, {@code "declaró"}) adds 0.25.
 *   <li>Reject streets ({@code "Lincoln Avenue"}, {@code "Calle Carmen Romero"}), institutions and places
 *       ({@code "Hospital Ramón y Cajal"}, {@code "Jordan river"}), known place names ({@code "Los
 *       Angeles"}) and words glued to an e-mail address or URL ({@code "maria.ruiz@example.org"}).
 *   <li>{@code "RUIZ PEÑA, María"} and {@code "Smith, John A."} (surname, comma, given name) form one name.
 *   <li>Within the document, a lone surname or given name that an earlier or later high-scoring name
 *       contained ({@code "María Ruiz Peña … Ruiz"}) scores 0.75.
 * </ol>
 *
 * <p>Context is applied here, not by the engine ({@link #context()} is empty), since labels, relations and
 * reporting verbs weigh differently. Immutable and thread-safe; per-call state lives in local buffers.
 */
public final class PersonNameRecognizer implements Recognizer {

  public static final String NAME = "person_name";

  /* Design notes.
   * 1. One hash lookup per capitalised token: NameLexicon packs given-name and surname frequency classes,
   *    SCOWL word level and role flags into one int.
   * 2. "Already beat a plain word list": a word list flags "My", "In", "Will", "May". Here a name that is
   *    also a common word (SCOWL size <= 20, or hand-listed) is WEAK: never reported alone, and dropped when
   *    it opens a sentence.
   * 3. Unknown capitalised words (in no list) are evidence only in pairs or next to a known name, and less in
   *    Spanish, where the common-word list is short.
   */

  static final int NONE = 0;
  static final int INITIAL = 1;
  static final int PARTICLE = 2;
  static final int STRONG = 3;
  static final int WEAK = 4;
  static final int UNKNOWN = 5;
  /** A place that is also a rare surname ("Sevilla"): a name part only after another name part. */
  static final int PLACE = 6;

  private static final int MAX_PARTS = 8;
  private static final int PLACE_WORDS = NameLexicon.STREET_AFTER | NameLexicon.STREET_BEFORE
      | NameLexicon.ORG_AFTER | NameLexicon.ORG_BEFORE;
  /** Surname frequency class (10^5 people) above which a street or institution word is still a name. */
  private static final int COMMON_SURNAME = 5;
  private static final double MIN_REPORT = 0.3;
  private static final double MAX_SCORE = 0.95;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.PERSON);
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    TokenValues lex = new TokenValues(ctx, NameLexicon.get());
    Found found = new Found();
    Parts a = new Parts();
    Parts b = new Parts();
    boolean spanish = ctx.language() == Language.ES;
    int next = 0;
    if (isCaseless(ctx)) {
      // "my name is lena andersson": no capitals to go by, so every word is a cue and only listed names count
      a.caseless = true;
      b.caseless = true;
      for (int t = 0; t < ctx.tokenCount(); t++) {
        if (t >= next && ctx.tokenHas(t, ScanContext.LETTER)) {
          next = Math.max(t + 1, candidate(ctx, lex, t, a, b, spanish, found));
        }
      }
    } else {
      for (int k = 0; k < ctx.upperTokenCount(); k++) {
        int t = ctx.upperToken(k);
        if (t < next) {
          continue;
        }
        next = Math.max(t + 1, candidate(ctx, lex, t, a, b, spanish, found));
      }
    }
    found.resolveCoreference(ctx, lex);
    for (int i = 0; i < found.size; i++) {
      if (found.score[i] >= MIN_REPORT) {
        out.add(found.start[i], found.end[i], EntityType.PERSON, found.score[i], this, found.pattern[i], null);
      }
    }
  }

  /** A text of at least 8 words with fewer than one capitalised word in 40 carries no casing signal. */
  static boolean isCaseless(ScanContext ctx) {
    int n = ctx.tokenCount();
    if (n < 8 || ctx.upperTokenCount() * 40 >= n) {
      return false;
    }
    int letters = 0;
    for (int t = 0; t < n; t++) {
      if (ctx.tokenHas(t, ScanContext.LETTER)) {
        letters++;
      }
    }
    return letters >= 8 && ctx.upperTokenCount() * 40 < letters;
  }

  /** Scores the candidate starting at token {@code t}; returns the token index after it. */
  private static int candidate(ScanContext ctx, TokenValues lex, int t, Parts a, Parts b, boolean spanish,
      Found found) {
    CharSequence text = ctx.text();
    boolean field = false;
    if (partKind(ctx, t, lex.get(t), true, a.caseless) == NONE) {
      // most capitalised words open a sentence or are common words: no title or label lookups, unless a name
      // field label precedes ("Apellidos: Sevilla Díaz")
      field = isFieldWord(ctx, t, lex.get(t), a.caseless) && hasLabelBefore(ctx, t)
          && NameCues.FIELD.endsBefore(ctx, t);
      if (!field) {
        return t + 1;
      }
    }
    int titleTok = titleBefore(ctx, lex, t);
    boolean title = titleTok >= 0;
    int ctxFrom = title ? titleTok : t;
    boolean label = hasLabelBefore(ctx, ctxFrom);
    if (label && !field) {
      field = NameCues.FIELD.endsBefore(ctx, ctxFrom);
    }
    boolean allowCaps = title || label;
    a.field = field;
    int end = a.build(ctx, lex, t, allowCaps);
    a.field = false;
    if (a.count == 0) {
      return end;
    }
    boolean sentenceStart = !title && !label && !a.caseless && TextShape.isSentenceStart(ctx, a.tok[0]);
    if (sentenceStart && a.kind[0] == WEAK
        && !(a.count > 1 && a.kind[1] == STRONG && NameLexicon.givenClass(a.val[0]) >= 4)) {
      a.dropFirst();
      while (a.count > 0 && (a.kind[0] == PARTICLE && !ctx.tokenHas(a.tok[0], ScanContext.UPPER_FIRST))) {
        a.dropFirst();
      }
      if (a.count == 0) {
        return end;
      }
      sentenceStart = false;
      titleTok = titleBefore(ctx, lex, a.tok[0]);
      title = titleTok >= 0;
      ctxFrom = title ? titleTok : a.tok[0];
      label = hasLabelBefore(ctx, ctxFrom); // "Hi Vinicio": the dropped word may be the label
    }
    if (a.nameParts() == 0) {
      return end;
    }
    if ((title || label) && a.count == 1 && a.kind[0] == WEAK && (a.val[0] & NameLexicon.ES_WORD) != 0) {
      return end; // "paciente: Varón de 53 años"
    }
    if (spanish && a.count > 1 && a.kind[0] == INITIAL && a.kind[1] == STRONG
        && NameLexicon.givenClass(a.val[1]) >= 4 && isDonAbbreviation(ctx, a.tok[0])) {
      a.dropFirst(); // "D. Juan Carlos Pérez": "D." is "Don", a title
      title = true;
    }
    int firstTok = a.tok[0];
    int lastTok = a.tok[a.count - 1];
    int start = ctx.tokenStart(firstTok);
    int stop = ctx.tokenEnd(lastTok);

    // "RUIZ PEÑA, María" / "Smith, John A.": surname(s), comma, given name(s)
    if (!title && a.isSurnameOnly(ctx) && lastTok + 1 < ctx.tokenCount() && isCommaGap(text, stop,
        ctx.tokenStart(lastTok + 1)) && ctx.tokenHas(lastTok + 1, ScanContext.UPPER_FIRST)) {
      int bEnd = b.build(ctx, lex, lastTok + 1, false);
      if (b.count > 0 && b.count <= 3 && b.kind[0] == STRONG && NameLexicon.givenClass(b.val[0]) >= 4
          && NameLexicon.givenClass(b.val[0]) >= NameLexicon.surnameClass(b.val[0])
          && !isListContinuation(ctx, b.tok[b.count - 1]) && !isRejected(ctx, lex, start,
          ctx.tokenEnd(b.tok[b.count - 1]), firstTok, b.tok[b.count - 1])) {
        double s = 0.85 + (b.count > 1 ? 0.05 : 0);
        found.add(start, ctx.tokenEnd(b.tok[b.count - 1]), s, "last_first", firstTok, b.tok[b.count - 1], false);
        return bEnd;
      }
    }
    if (!title && !label && a.nameParts() == 1
        && (a.caseless || ctx.tokenHas(a.tok[a.firstName()], ScanContext.ALL_UPPER))
        && !(a.firstNameKind() == STRONG && NameCues.BEFORE.find(ctx, firstTok - 2, firstTok) >= 0)) {
      return end; // "ANA", "ELISA", "EVA" in mixed-case text are acronyms more often than names; "son TYLER" is not
    }
    a.trimTrailingInitials();
    lastTok = a.tok[a.count - 1];
    stop = ctx.tokenEnd(lastTok);
    if ((title || label ? isRejectedAfterTitle(ctx, lex, start, stop, title ? titleTok : firstTok)
        : isRejected(ctx, lex, start, stop, firstTok, lastTok)) || (spanish && isFollowedByHouseNumber(ctx, lastTok))) {
      return end;
    }
    int place = title || label ? 0 : wholeLocation(ctx, lex, firstTok, lastTok);
    if (place == 1) {
      return end;
    }

    double s;
    String pattern;
    int parts = a.nameParts();
    int strong = a.count(STRONG);
    int weak = a.count(WEAK);
    int unknown = a.count(UNKNOWN);
    int initials = a.count(INITIAL);
    if (title) {
      s = parts == 1 && weak == 1 ? 0.75 : 0.85;
      pattern = "title";
    } else if (parts >= 2) {
      boolean firstGiven = a.firstNameKind() == STRONG && NameLexicon.givenClass(a.firstNameVal()) >= 2;
      boolean lastSurname = NameLexicon.surnameClass(a.lastNameVal()) >= 2;
      if (strong >= 2) {
        s = firstGiven && lastSurname ? 0.9 : 0.8;
        pattern = firstGiven && lastSurname ? "given_surname" : "name_pair";
      } else if (strong == 1 && weak >= 1) {
        s = firstGiven || lastSurname ? 0.8 : 0.7;
        pattern = "name_pair";
      } else if (strong == 1) {
        s = spanish ? 0.65 : 0.75;
        pattern = "name_shape";
      } else if (weak >= 2) {
        s = 0.35;
        pattern = "name_pair";
      } else if (weak == 1) {
        s = spanish ? 0.35 : 0.4;
        pattern = "name_shape";
      } else {
        s = spanish ? 0.35 : 0.55;
        pattern = "name_shape";
      }
      if (initials > 0) {
        s += 0.1;
      }
      if (sentenceStart) {
        s -= 0.05;
      }
    } else {
      int kind = a.firstNameKind();
      int v = a.firstNameVal();
      if (initials > 0) {
        s = kind == STRONG ? 0.75 : kind == UNKNOWN ? 0.6 : 0.5;
        pattern = "initials";
      } else if (kind == STRONG) {
        // a lone word that is mostly a surname ("Davis": 4 given, 6 surname) is a surname
        int g = NameLexicon.givenClass(v);
        boolean given = g >= NameLexicon.surnameClass(v);
        s = !given ? 0.3 : g >= 4 ? 0.5 : g == 3 ? 0.42 : 0.3;
        pattern = given && g >= 3 ? "given" : "surname";
      } else if (kind == WEAK) {
        s = 0.2;
        pattern = "given";
      } else {
        s = 0.15;
        pattern = "name_shape";
      }
      if (sentenceStart) {
        s -= 0.1;
      } else if (!title && hasDeterminerBefore(ctx, firstTok)) {
        s -= 0.15;
      }
    }
    if (place == 2) {
      s = Math.min(s, 0.35); // "Georgia", "Victoria", "Valencia": a place unless context says otherwise
    }
    if (label) {
      s = Math.max(s, parts == 1 && unknown == 1 ? 0.7 : 0.85) + 0.05;
      pattern = "label";
    } else if (NameCues.BEFORE.find(ctx, ctxFrom - 3, ctxFrom) >= 0
        || NameCues.AFTER.find(ctx, lastTok + 1, lastTok + 3) >= 0) {
      s += 0.25;
    }
    found.add(start, stop, Math.min(MAX_SCORE, s), pattern, firstTok, lastTok, s >= 0.8 && parts >= 2);
    return end;
  }

  /**
   * Whether a {@link NameCues#LABEL} phrase ends right before token {@code t}, with no line break or full
   * stop between: {@code "Name: "}, {@code "my name is "}, {@code "Nombre y apellidos:  "}.
   */
  private static boolean hasLabelBefore(ScanContext ctx, int t) {
    if (t == 0) {
      return false;
    }
    CharSequence text = ctx.text();
    int gapFrom = ctx.tokenEnd(t - 1);
    int gapTo = ctx.tokenStart(t);
    if (gapTo - gapFrom > 4) {
      return false;
    }
    for (int i = gapFrom; i < gapTo; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != ':' && c != '-' && c != ',' && c != '\u00A0' && c != '\t') {
        return false;
      }
    }
    return NameCues.LABEL.endsBefore(ctx, t);
  }

  /** Token index of a title right before token {@code t} ({@code "Dr. "}, {@code "agente "}), or -1. */
  private static int titleBefore(ScanContext ctx, TokenValues lex, int t) {
    int p = t - 1;
    if (p < 0 || (ctx.tokenFlags(p) & ScanContext.DIGIT) != 0) {
      return -1;
    }
    CharSequence text = ctx.text();
    int gapFrom = ctx.tokenEnd(p);
    int gapTo = ctx.tokenStart(t);
    if (gapTo - gapFrom > 3) {
      return -1;
    }
    for (int i = gapFrom; i < gapTo; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '.' && c != ':' && c != '\u00A0') {
        return -1;
      }
    }
    int v = lex.get(p);
    if ((v & NameLexicon.TITLE) == 0) {
      return -1;
    }
    // "Dr: Rodrigo" is a title, "paciente: Se presenta" is a field label
    for (int i = gapFrom; i < gapTo; i++) {
      if (text.charAt(i) == ':' && ctx.tokenLength(p) > 3) {
        return -1;
      }
    }
    return p;
  }

  /**
   * Spanish addresses name streets after people: {@code "Pintor Goya, 1"}, {@code "Luis Portero García 29010
   * Málaga"}. A name followed by a comma and a house number (not {@code "años"}), or by a five-digit postal
   * code, is a street.
   */
  private static boolean isFollowedByHouseNumber(ScanContext ctx, int last) {
    CharSequence text = ctx.text();
    int n = last + 1;
    if (n >= ctx.tokenCount() || !ctx.tokenHas(n, ScanContext.ALL_DIGIT)) {
      return false;
    }
    int gapFrom = ctx.tokenEnd(last);
    int gapTo = ctx.tokenStart(n);
    int len = ctx.tokenLength(n);
    if (len == 5 && TextShape.isSpaces(text, gapFrom, gapTo)) {
      return true;
    }
    if (len > 4 || gapTo - gapFrom < 1 || gapTo - gapFrom > 3 || text.charAt(gapFrom) != ',') {
      return false;
    }
    for (int i = gapFrom + 1; i < gapTo; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return n + 1 >= ctx.tokenCount() || !(ctx.tokenEquals(n + 1, "anos") || ctx.tokenEquals(n + 1, "ano")
        || ctx.tokenEquals(n + 1, "meses") || ctx.tokenEquals(n + 1, "dias"));
  }

  private static boolean isDonAbbreviation(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int e = ctx.tokenEnd(t);
    return text.charAt(ctx.tokenStart(t)) == 'D' && e < text.length() && text.charAt(e) == '.';
  }

  /** {@code "Davis, Reynolds and Williamson"}: the name after the comma is followed by "and", "y" or a comma. */
  private static boolean isListContinuation(ScanContext ctx, int last) {
    CharSequence text = ctx.text();
    int e = ctx.tokenEnd(last);
    if (e < text.length() && text.charAt(e) == ',') {
      return true;
    }
    int n = last + 1;
    return n < ctx.tokenCount() && TextShape.isSpaces(text, e, ctx.tokenStart(n))
        && (ctx.tokenEquals(n, "and") || ctx.tokenEquals(n, "y") || ctx.tokenEquals(n, "e") || ctx.tokenEquals(n, "&"));
  }

  private static boolean isCommaGap(CharSequence text, int from, int to) {
    if (to - from < 1 || to - from > 3 || text.charAt(from) != ',') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Streets, institutions, places and e-mail/URL fragments: {@code "Lincoln Avenue"}, {@code "Calle Carmen
   * Romero"}, {@code "Hospital Ramón y Cajal"}, {@code "Jordan river"}, {@code "maria.ruiz@x.org"}.
   */
  static boolean isRejected(ScanContext ctx, TokenValues lex, int start, int end, int firstTok, int lastTok) {
    CharSequence text = ctx.text();
    if (TextShape.isEmbedded(text, start, end)) {
      return true;
    }
    int after = lastTok + 1;
    boolean numberAfter = false;
    if (after < ctx.tokenCount() && TextShape.isSpaces(text, end, ctx.tokenStart(after))) {
      int v = lex.get(after);
      if (NameLexicon.surnameClass(v) < COMMON_SURNAME && ((v & NameLexicon.ORG_AFTER) != 0
          || ((v & NameLexicon.STREET_AFTER) != 0 && ctx.tokenHas(after, ScanContext.UPPER_FIRST)))) {
        return true;
      }
      numberAfter = ctx.tokenHas(after, ScanContext.ALL_DIGIT);
    }
    // "03751 Gerrit Achterberghove 137": a house number before and a number after make a street line
    if (numberAfter && firstTok > 0 && ctx.tokenHas(firstTok - 1, ScanContext.ALL_DIGIT)
        && TextShape.isSpaces(text, ctx.tokenEnd(firstTok - 1), start)) {
      return true;
    }
    int before = firstTok - 1;
    for (int hops = 0; before >= 0 && hops < 4; hops++) {
      int gapFrom = ctx.tokenEnd(before);
      int gapTo = ctx.tokenStart(before + 1);
      if (!TextShape.isJoiner(text, gapFrom, gapTo) && !(gapTo - gapFrom <= 2 && text.charAt(gapFrom) == '/')) {
        return false;
      }
      int v = lex.get(before);
      if ((v & NameLexicon.EPONYM_BEFORE) != 0) {
        return true;
      }
      if ((v & (NameLexicon.STREET_BEFORE | NameLexicon.ORG_BEFORE)) != 0
          && ((v & NameLexicon.ORG_BEFORE) == 0 || ctx.tokenHas(before, ScanContext.UPPER_FIRST))) {
        return true;
      }
      // walk back over "de", "del", "de la" and capitalised non-name words ("Hospital Universitario General")
      boolean particle = (v & (NameLexicon.PARTICLE | NameLexicon.PARTICLE_SECOND)) != 0;
      boolean capitalWord = ctx.tokenHas(before, ScanContext.UPPER_FIRST) && !TextShape.hasDot(text, gapFrom, gapTo)
          && partKind(ctx, before, v, false) == NONE && !ctx.tokenHas(before, ScanContext.DIGIT);
      if (!particle && !capitalWord) {
        return false;
      }
      before--;
    }
    return false;
  }

  /**
   * After a title or label a name may run into the next field ({@code "Dr. Jesús Tornero Ruiz Hospital
   * Virgen…"}, {@code "Dr.Francisco Rivera"}): only a street or institution word before it, or an e-mail or
   * URL around it, rejects it: {@code "Calle Doctor Esquerdo, 46"} is a street. {@code firstTok} is the title
   * token when there is one.
   */
  static boolean isRejectedAfterTitle(ScanContext ctx, TokenValues lex, int start, int end, int firstTok) {
    CharSequence text = ctx.text();
    if (end < text.length() && text.charAt(end) == '@') {
      return true;
    }
    if (start > 0) {
      char b = text.charAt(start - 1);
      if (b == '@' || b == '/' || b == '_' || b == '\\' || b == '#') {
        return true;
      }
    }
    int before = firstTok - 1;
    if (before >= 0 && TextShape.isJoiner(text, ctx.tokenEnd(before), ctx.tokenStart(firstTok))) {
      int v = lex.get(before);
      return (v & NameLexicon.STREET_BEFORE) != 0 || ((v & (NameLexicon.ORG_BEFORE | NameLexicon.EPONYM_BEFORE)) != 0
          && ctx.tokenHas(before, ScanContext.UPPER_FIRST));
    }
    return false;
  }

  /**
   * Whether tokens {@code [first, last]} are exactly one place name: 1 unambiguous ({@code "Los Angeles"}),
   * 2 ambiguous ({@code "Georgia"}), 0 not a place.
   */
  static int wholeLocation(ScanContext ctx, TokenValues lex, int first, int last) {
    CharSequence text = ctx.text();
    int v = lex.get(first);
    if ((v & NameLexicon.LOC_FIRST) == 0) {
      return 0;
    }
    LocationGazetteer gaz = lex.lex.locations();
    int p = gaz.match(ctx, first);
    if (p < 0 || first + gaz.length(p) - 1 != last) {
      return 0;
    }
    return gaz.isAmbiguous(p) ? 2 : 1;
  }

  private static boolean hasDeterminerBefore(ScanContext ctx, int t) {
    int p = t - 1;
    if (p < 0 || !TextShape.isSpaces(ctx.text(), ctx.tokenEnd(p), ctx.tokenStart(t))
        || !ctx.tokenHas(p, ScanContext.LOWER_FIRST)) {
      return false;
    }
    return ctx.tokenEquals(p, "the") || ctx.tokenEquals(p, "a") || ctx.tokenEquals(p, "an")
        || ctx.tokenEquals(p, "el") || ctx.tokenEquals(p, "la") || ctx.tokenEquals(p, "los")
        || ctx.tokenEquals(p, "las") || ctx.tokenEquals(p, "un") || ctx.tokenEquals(p, "una")
        || ctx.tokenEquals(p, "this") || ctx.tokenEquals(p, "that");
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
    if ((f & ScanContext.DIGIT) != 0) {
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
    if ((v & PLACE_WORDS) != 0 && NameLexicon.surnameClass(v) < COMMON_SURNAME) {
      return NONE;
    }
    if ((v & NameLexicon.LOC_FIRST) != 0 && NameLexicon.nameClass(v) < 2) {
      return NONE;
    }
    if (NameLexicon.nameClass(v) >= 2) {
      if (NameLexicon.isFunctionWord(v, len)) {
        return NONE;
      }
      if ((v & NameLexicon.LOC_FIRST) != 0 && NameLexicon.surnameClass(v) < COMMON_SURNAME
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
    return isNameCasing(text, off, len) && !WordShape.isWordShaped(text, off, len) ? UNKNOWN : NONE;
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
  private static boolean isNameCasing(CharSequence text, int off, int len) {
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

  /** The parts of one candidate; reused across candidates within one call. */
  static final class Parts {
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
          boolean afterName = count > 0 && this.kind[count - 1] >= STRONG
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
        if (kind == PARTICLE && !particleLeadsToName(ctx, lex, j, allowCaps, caseless)) {
          break;
        }
        if (kind == INITIAL && !initialFits(ctx, j)) {
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

    /** An initial is followed by a dot, an apostrophe ({@code "O'Brien"}) or a capitalised word. */
    private static boolean initialFits(ScanContext ctx, int j) {
      CharSequence text = ctx.text();
      int e = ctx.tokenEnd(j);
      if (e < text.length()) {
        char c = text.charAt(e);
        if (c == '.' || c == '\'' || c == '\u2019') {
          return true;
        }
      }
      return j + 1 < ctx.tokenCount() && ctx.tokenHas(j + 1, ScanContext.UPPER_FIRST)
          && TextShape.isSpaces(text, e, ctx.tokenStart(j + 1));
    }

    /** {@code "de"}, {@code "de la"}, {@code "van der"} must lead to a capitalised name part, not a place. */
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
  }

  /** Candidates of one call, in text order, with what coreference needs. */
  static final class Found {
    int size;
    int[] start = new int[16];
    int[] end = new int[16];
    double[] score = new double[16];
    String[] pattern = new String[16];
    int[] firstTok = new int[16];
    int[] lastTok = new int[16];
    boolean[] anchor = new boolean[16];

    void add(int s, int e, double sc, String pat, int first, int last, boolean isAnchor) {
      if (size == start.length) {
        int cap = size * 2;
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
        score = java.util.Arrays.copyOf(score, cap);
        pattern = java.util.Arrays.copyOf(pattern, cap);
        firstTok = java.util.Arrays.copyOf(firstTok, cap);
        lastTok = java.util.Arrays.copyOf(lastTok, cap);
        anchor = java.util.Arrays.copyOf(anchor, cap);
      }
      start[size] = s;
      end[size] = e;
      score[size] = sc;
      pattern[size] = pat;
      firstTok[size] = first;
      lastTok[size] = last;
      anchor[size] = isAnchor;
      size++;
    }

    /**
     * Raises lone-token candidates whose token also appears as a part of a high-scoring multi-part name in
     * the same document ({@code "María Ruiz Peña"} … {@code "Ruiz"}). Anchor parts go into a small
     * open-addressing table keyed by their folded hash, so the pass is linear in the number of candidates.
     */
    void resolveCoreference(ScanContext ctx, TokenValues lex) {
      int parts = 0;
      for (int i = 0; i < size; i++) {
        if (anchor[i]) {
          parts += lastTok[i] - firstTok[i] + 1;
        }
      }
      if (parts == 0) {
        return;
      }
      CharSequence text = ctx.text();
      int cap = Integer.highestOneBit(parts * 2 + 1) << 1;
      int mask = cap - 1;
      int[] table = new int[cap];
      java.util.Arrays.fill(table, -1);
      for (int i = 0; i < size; i++) {
        if (!anchor[i]) {
          continue;
        }
        for (int u = firstTok[i]; u <= lastTok[i]; u++) {
          if (ctx.tokenLength(u) < 3) {
            continue;
          }
          int h = foldHash(text, ctx.tokenStart(u), ctx.tokenLength(u)) & mask;
          while (table[h] >= 0) {
            h = (h + 1) & mask;
          }
          table[h] = u;
        }
      }
      for (int i = 0; i < size; i++) {
        if (firstTok[i] != lastTok[i] || score[i] >= 0.75) {
          continue;
        }
        int t = firstTok[i];
        int off = ctx.tokenStart(t);
        int len = ctx.tokenLength(t);
        if (len < 3 || NameLexicon.isAmbiguousName(lex.get(t))) {
          continue;
        }
        for (int h = foldHash(text, off, len) & mask; table[h] >= 0; h = (h + 1) & mask) {
          int u = table[h];
          if (u != t && ctx.tokenLength(u) == len && foldEquals(text, ctx.tokenStart(u), off, len)) {
            score[i] = 0.75;
            pattern[i] = "coreference";
            break;
          }
        }
      }
    }

    private static int foldHash(CharSequence text, int off, int len) {
      int h = 0x811c9dc5;
      for (int i = 0; i < len; i++) {
        h = (h ^ Fold.fold(text.charAt(off + i))) * 0x01000193;
      }
      return h ^ (h >>> 15);
    }

    private static boolean foldEquals(CharSequence text, int a, int b, int len) {
      for (int i = 0; i < len; i++) {
        if (Fold.fold(text.charAt(a + i)) != Fold.fold(text.charAt(b + i))) {
          return false;
        }
      }
      return true;
    }
  }
}
