package org.piishield.recognizers.names;

import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.internal.context.RedactionLabels;

/**
 * Names of people in English and Spanish text, from gazetteers, the shape of the text and nearby words; no
 * statistical model. Cue: each token that starts with a capital letter ({@link ScanContext#upperToken}).
 *
 * <p>Steps, per capitalised token not yet consumed:
 * <ol>
 *   <li>Build a candidate: a run of name parts joined by a space, hyphen, apostrophe or the dot of an
 *       initial — given names and surnames from the gazetteers, capitalised words no list knows, initials
 *       ({@code "J. R. Smith"}), particles ({@code "María de la Cruz"}, {@code "Ludwig van Beethoven"}). A
 *       common word ({@code "Court"}, {@code "The"}, {@code "Monday"}, {@code "Microsoft"}) ends the run; a
 *       sentence-initial name that is also a common word ({@code "Will the board…"}) is dropped unless it is
 *       a common given name before a surname ({@code "Rose Martinez"}), and so is a Spanish sentence-initial
 *       word no list knows before a given name ({@code "Compareció Juan Pérez"}). {@code "y"} before a given
 *       name and another name part starts a second person ({@code "Pedro Blanco y Juan León"}), before a
 *       surname it joins a double surname ({@code "Ramón y Cajal"}).
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
 * <p>Casing: in an all-capitals run only listed names count unless a title or label precedes ({@code
 * "OFFICER JAMES R. WALSH"}), and a lone all-capitals word is taken for an acronym ({@code "ELISA"}); a text
 * with almost no capitals ({@code "my name is lena andersson"}) is scanned word by word for listed names.
 * After a name field label ({@code "Apellidos: "}, {@code "Name: "}) any capitalised words are the name.
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
   *    also a common word (SCOWL size <= 20, or hand-listed) is NameParts.WEAK: never reported alone, and dropped when
   *    it opens a sentence.
   * 3. Unknown capitalised words (in no list) are evidence only in pairs or next to a known name, and less in
   *    Spanish, where the common-word list is short.
   */


  /** Name frequency class (10^5 people) from which a street or institution word is still a name. */
  static final int COMMON_SURNAME = 5;
  private static final double MIN_REPORT = 0.3;
  private static final double MAX_SCORE = 0.95;
  /** A lone word in no list, in a person slot ({@link PersonSlot}): just above the default threshold. */
  private static final double SLOT_UNKNOWN = 0.5;
  /** A lone listed given name or surname in a person slot. */
  private static final double SLOT_LISTED = 0.6;

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
    TokenValues lex = TokenValues.of(ctx, NameLexicon.get());
    FoundNames found = new FoundNames();
    NameParts a = new NameParts();
    NameParts b = new NameParts();
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

  /**
   * A text of at least 8 words with fewer than one capitalised word in 40, or of at least 3 words with no
   * capital at all, carries no casing signal.
   */
  static boolean isCaseless(ScanContext ctx) {
    int n = ctx.tokenCount();
    int upper = ctx.upperTokenCount();
    if (n < 3 || (upper > 0 && (n < 8 || upper * 40 >= n))) {
      return false;
    }
    // a 16-hex-digit hash stands for a redacted value, most often a capitalised name: it counts as a capital,
    // so hashing every name in a text does not make the rest of it read as caseless on a second pass
    int letters = 0;
    for (int t = 0; t < n; t++) {
      if (ctx.tokenHas(t, ScanContext.LETTER)) {
        letters++;
        if (isHashToken(ctx, t)) {
          upper++;
        }
      }
    }
    if (upper == 0) {
      return true; // "sometimes people call me višeslav": a short text with no capital at all
    }
    return n >= 8 && upper * 40 < n && letters >= 8 && upper * 40 < letters;
  }

  /** Scores the candidate starting at token {@code t}; returns the token index after it. */
  private static int candidate(ScanContext ctx, TokenValues lex, int t, NameParts a, NameParts b, boolean spanish,
      FoundNames found) {
    CharSequence text = ctx.text();
    boolean field = false;
    if (isLocationTail(ctx, lex, t)) {
      return t + 1; // "Gobernador de Puerto Rico Aníbal Acevedo Vilá": the name starts after the place
    }
    if (NameParts.partKind(ctx, t, lex.get(t), true, a.caseless) == NameParts.NONE) {
      // most capitalised words open a sentence or are common words: no title or label lookups, unless a name
      // field label precedes ("Apellidos: Sevilla Díaz")
      field = NameParts.isFieldWord(ctx, t, lex.get(t), a.caseless) && hasLabelBefore(ctx, t)
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
    if (sentenceStart && ((a.kind[0] == NameParts.WEAK && !opensWithGivenName(a))
        || (spanish && opensWithUnlistedWord(a)))) {
      a.dropFirst();
      while (a.count > 0 && (a.kind[0] == NameParts.PARTICLE && !ctx.tokenHas(a.tok[0], ScanContext.UPPER_FIRST))) {
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
    // "Trooper First Class Brandon Whitlock": common words that are only rare surnames before a given name
    // are not part of the name
    int lead = 0;
    while (lead < a.count && a.kind[lead] == NameParts.WEAK && NameLexicon.givenClass(a.val[lead]) < 3) {
      lead++;
    }
    if (lead > 0 && lead < a.count && a.kind[lead] == NameParts.STRONG && NameLexicon.givenClass(a.val[lead]) >= 3) {
      for (int i = 0; i < lead; i++) {
        a.dropFirst();
      }
    }
    if (a.nameParts() == 0) {
      return end;
    }
    if ((title || label) && a.count == 1 && a.kind[0] == NameParts.WEAK && (a.val[0] & NameLexicon.ES_WORD) != 0) {
      return end; // "paciente: Varón de 53 años"
    }
    if (spanish && a.count > 1 && a.kind[0] == NameParts.INITIAL && a.kind[1] == NameParts.STRONG
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
      if (b.count > 0 && b.count <= 3 && b.kind[0] == NameParts.STRONG && NameLexicon.givenClass(b.val[0]) >= 4
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
        && !(a.firstNameKind() == NameParts.STRONG && NameCues.BEFORE.find(ctx, firstTok - 2, firstTok) >= 0)) {
      return end; // "ANA", "ELISA", "EVA" in mixed-case text are acronyms more often than names; "son TYLER" is not
    }
    a.trimTrailingInitials();
    lastTok = a.tok[a.count - 1];
    stop = ctx.tokenEnd(lastTok);
    if ((title || label ? isRejectedAfterTitle(ctx, lex, start, stop, title ? titleTok : firstTok)
        : isRejected(ctx, lex, start, stop, firstTok, lastTok)) || (spanish && isFollowedByHouseNumber(ctx, lex, lastTok))) {
      return end;
    }
    int place = title || label ? 0 : wholeLocation(ctx, lex, firstTok, lastTok);
    if (place == 1) {
      return end;
    }

    double s;
    String pattern;
    int parts = a.nameParts();
    int strong = a.count(NameParts.STRONG);
    int weak = a.count(NameParts.WEAK);
    int unknown = a.count(NameParts.UNKNOWN);
    int initials = a.count(NameParts.INITIAL);
    if (title) {
      s = parts == 1 && weak == 1 ? 0.75 : 0.85;
      pattern = "title";
    } else if (parts >= 2) {
      boolean firstGiven = a.firstNameKind() == NameParts.STRONG && NameLexicon.givenClass(a.firstNameVal()) >= 2;
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
        s = kind == NameParts.STRONG ? 0.75 : kind == NameParts.UNKNOWN ? 0.6 : 0.5;
        pattern = "initials";
      } else if (kind == NameParts.STRONG) {
        // a lone word that is mostly a surname ("Davis": 4 given, 6 surname) is a surname
        int g = NameLexicon.givenClass(v);
        boolean given = g >= NameLexicon.surnameClass(v);
        s = !given ? 0.3 : g >= 4 ? 0.5 : g == 3 ? 0.42 : 0.3;
        pattern = given && g >= 3 ? "given" : "surname";
      } else if (kind == NameParts.WEAK) {
        s = 0.2;
        pattern = "given";
      } else {
        s = 0.15;
        pattern = "name_shape";
      }
      boolean determiner = !sentenceStart && hasDeterminerBefore(ctx, firstTok);
      if (sentenceStart) {
        s -= 0.1;
      } else if (determiner) {
        s -= 0.15;
      }
      // "Tomomi is from…", "Leif, can I…", "Shovda's tales": a word no list knows (or a listed name) in a
      // person slot; English only, the verb lists are English
      if (!spanish && !determiner && (kind == NameParts.UNKNOWN || kind == NameParts.STRONG)
          && !ctx.tokenHas(firstTok, ScanContext.ALL_UPPER) && PersonSlot.fills(ctx, lastTok, sentenceStart)) {
        s = Math.max(s, kind == NameParts.UNKNOWN ? SLOT_UNKNOWN : SLOT_LISTED);
        pattern = "person_slot";
      }
    }
    if (place == 0 && !title && hasDeterminerBefore(ctx, firstTok) && isPersonalNounAfter(ctx, lastTok)) {
      s = Math.max(s, 0.6); // "the Jensen novel", "a Pálmi Einarsson concert", "the Ruiz family"
      pattern = "name_before_noun";
    }
    if (place == 2) {
      if (NameCues.PLACE_PREPOSITION.endsBefore(ctx, firstTok)
          && TextShape.isSpaces(text, ctx.tokenEnd(firstTok - 1), start)) {
        return end; // "in Washington", "outside Victoria", "en Valencia": the place
      }
      s = Math.min(s, 0.35); // "Georgia", "Victoria", "Valencia": a place unless context says otherwise
    }
    if (label) {
      s = Math.max(s, parts == 1 && unknown == 1 ? 0.7 : 0.85) + 0.05;
      pattern = "label";
    } else if (NameCues.BEFORE.find(ctx, ctxFrom - 3, ctxFrom) >= 0
        || NameCues.AFTER.find(ctx, lastTok + 1, lastTok + 3) >= 0) {
      s += 0.25;
    }
    found.add(start, stop, Math.min(MAX_SCORE, s), pattern, firstTok, lastTok, s >= 0.6 && parts >= 2);
    return end;
  }

  /**
   * A sentence-initial common word that is also a common given name, followed by a surname, stays part of the
   * name: {@code "Rose Martinez"}, and {@code "Rosa Blanco declaró"} (two common words: too weak alone, a cue
   * decides), not just {@code "Blanco"}. Otherwise the sentence-initial word is dropped: {@code "Young
   * Xorblat"}, {@code "Will the board"}.
   */
  private static boolean opensWithGivenName(NameParts a) {
    if (a.count < 2 || NameLexicon.givenClass(a.val[0]) < 4) {
      return false;
    }
    return a.kind[1] == NameParts.STRONG || (a.kind[1] == NameParts.WEAK && NameLexicon.surnameClass(a.val[1]) >= 4);
  }

  /**
   * {@code "Compareció Juan Pérez"}, {@code "Llamó Rosa Martínez"}: a sentence-initial word no list knows,
   * then a given name and another name part. In Spanish, whose common-word list is short, that word is most
   * often a verb opening the sentence, not a first given name.
   */
  private static boolean opensWithUnlistedWord(NameParts a) {
    if (a.count < 3 || a.kind[0] != NameParts.UNKNOWN || a.kind[2] < NameParts.STRONG
        || (a.kind[1] != NameParts.STRONG && a.kind[1] != NameParts.WEAK)) {
      return false;
    }
    int given = NameLexicon.givenClass(a.val[1]);
    return given >= 4 && given >= NameLexicon.surnameClass(a.val[1]);
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
  private static boolean isFollowedByHouseNumber(ScanContext ctx, TokenValues lex, int last) {
    CharSequence text = ctx.text();
    int n = last + 1;
    if (n < ctx.tokenCount() && isCodeThenPlace(ctx, lex, last, n)) {
      return true;
    }
    if (n >= ctx.tokenCount() || !ctx.tokenHas(n, ScanContext.ALL_DIGIT)) {
      return false;
    }
    int gapFrom = ctx.tokenEnd(last);
    int gapTo = ctx.tokenStart(n);
    int len = ctx.tokenLength(n);
    if (len > 4 || gapTo - gapFrom < 1 || gapTo - gapFrom > 3 || text.charAt(gapFrom) != ',') {
      return false;
    }
    for (int i = gapFrom + 1; i < gapTo; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return n + 1 >= ctx.tokenCount() || !(ctx.tokenEquals(n + 1, "anos") || ctx.tokenEquals(n + 1, "ano")
        || ctx.tokenEquals(n + 1, "meses") || ctx.tokenEquals(n + 1, "dias") || isAgeApposition(ctx, n));
  }

  /**
   * {@code "José García, 55, quien…"}, {@code "John Smith, 39, of La Puente"}: a news report's age between
   * commas, followed by a lower-case word that is no part of an address ({@code "Goya, 5, bajo"}).
   */
  private static boolean isAgeApposition(ScanContext ctx, int n) {
    CharSequence text = ctx.text();
    int e = ctx.tokenEnd(n);
    int next = n + 1;
    if (ctx.tokenLength(n) > 3 || e + 2 > text.length() || text.charAt(e) != ',' || text.charAt(e + 1) != ' '
        || ctx.tokenStart(next) != e + 2 || !ctx.tokenHas(next, ScanContext.LOWER_FIRST)) {
      return false;
    }
    return !TextShape.tokenIn(ctx, next, ADDRESS_AFTER_NUMBER);
  }

  private static final String[] ADDRESS_AFTER_NUMBER = {"bajo", "piso", "puerta", "escalera", "esc", "izq",
      "izquierda", "dcha", "derecha", "planta", "portal", "bloque", "apt", "apartment", "suite", "unit", "floor"};

  /**
   * {@code "García 29010 Málaga"}: after token {@code last}, a five-digit postal code and a capitalised place
   * word. A redaction of the code ({@code "[ES_POSTAL_CODE]"}, {@code "ES_POSTAL_CODE_1"}, a 16-hex-digit hash)
   * counts as the code, so redacting it does not turn the street into a person; a code followed by anything
   * else ({@code "David Davis 12345 david@example.org"}) or by a given name ({@code "Guadalupe Wilson 30327 Isabel
   * Johnson"}: the next name may be redacted) does not make a street.
   */
  private static boolean isCodeThenPlace(ScanContext ctx, TokenValues lex, int last, int n) {
    CharSequence text = ctx.text();
    int gapFrom = ctx.tokenEnd(last);
    int gapTo = ctx.tokenStart(n);
    int place;
    if (ctx.tokenHas(n, ScanContext.ALL_DIGIT) || isHashToken(ctx, n)) {
      if (!(ctx.tokenLength(n) == 5 || isHashToken(ctx, n)) || !TextShape.isSpaces(text, gapFrom, gapTo)) {
        return false;
      }
      place = n + 1;
    } else if (RedactionLabels.isInLabel(text, ctx.tokenStart(n), ctx.tokenEnd(n))) {
      boolean bracket = text.charAt(gapTo - 1) == '[';
      if (!TextShape.isSpaces(text, gapFrom, bracket ? gapTo - 1 : gapTo)) {
        return false;
      }
      place = n;
      while (place < ctx.tokenCount() && RedactionLabels.isInLabel(text, ctx.tokenStart(place), ctx.tokenEnd(place))) {
        place++;
      }
    } else {
      return false;
    }
    if (place >= ctx.tokenCount() || !ctx.tokenHas(place, ScanContext.UPPER_FIRST)
        || ctx.tokenHas(place, ScanContext.DIGIT | ScanContext.LABEL) || ctx.tokenLength(place) < 3
        || RedactionLabels.isInLabel(text, ctx.tokenStart(place), ctx.tokenEnd(place))
        || NameLexicon.givenClass(lex.get(place)) >= 3) {
      return false; // "Guadalupe Wilson 30327 Isabel Johnson": a given name after the code is a person, not a place
    }
    int from = ctx.tokenEnd(place - 1);
    if (from < ctx.tokenStart(place) && text.charAt(from) == ']') {
      from++;
    }
    int to = ctx.tokenStart(place);
    return to > from && to - from <= 2 && (text.charAt(from) == ' ' || text.charAt(from) == ',')
        && text.charAt(to - 1) == ' ';
  }

  /**
   * Token {@code p} right before {@code start} (spaces between) is a number, or a redaction of one, which is
   * read the same: {@code "395 Cedar Lane"}, {@code "[BADGE_NUMBER] Cedar Lane"}, {@code "BADGE_NUMBER_1 Cedar
   * Lane"}, {@code "a97002325f9e5d66 Cedar Lane"}.
   */
  private static boolean isNumberBefore(ScanContext ctx, int p, int start) {
    CharSequence text = ctx.text();
    int end = ctx.tokenEnd(p);
    if (ctx.tokenHas(p, ScanContext.LABEL) && end < start && text.charAt(end) == ']') {
      end++;
    } else if (!ctx.tokenHas(p, ScanContext.ALL_DIGIT) && !isHashToken(ctx, p)) {
      return false;
    }
    return TextShape.isSpaces(text, end, start);
  }

  /** {@code "a97002325f9e5d66"}: sixteen lower-case hex digits, as the hash operator writes them. */
  private static boolean isHashToken(ScanContext ctx, int t) {
    return RedactionLabels.isHashToken(ctx, t);
  }

  /** {@code "S.L."}, {@code "S.A."}, {@code "S.C."}, {@code "C.V."}: Spanish and Mexican company forms. */
  private static boolean isCompanySuffix(ScanContext ctx, int t) {
    if (t + 1 >= ctx.tokenCount() || ctx.tokenLength(t) != 1 || ctx.tokenLength(t + 1) != 1) {
      return false;
    }
    CharSequence text = ctx.text();
    int e = ctx.tokenEnd(t);
    if (e >= text.length() || text.charAt(e) != '.' || ctx.tokenStart(t + 1) != e + 1) {
      return false;
    }
    char a = text.charAt(ctx.tokenStart(t));
    char b = text.charAt(ctx.tokenStart(t + 1));
    return (a == 'S' && (b == 'L' || b == 'A' || b == 'C')) || (a == 'C' && b == 'V');
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
      if (NameLexicon.nameClass(v) < COMMON_SURNAME && ((v & NameLexicon.ORG_AFTER) != 0
          || ((v & NameLexicon.STREET_AFTER) != 0 && ctx.tokenHas(after, ScanContext.UPPER_FIRST)))) {
        return true;
      }
      if (isCompanySuffix(ctx, after)) {
        return true; // "Costa Verde S.L.", "Ruiz y Asociados S.A."
      }
      // a listed given name + surname pair between two numbers is a person ("VA 26334 Patricia Martinez
      // 70092"): the numbers are PII a redaction replaces, so they must not decide it either way
      numberAfter = (ctx.tokenHas(after, ScanContext.ALL_DIGIT) && !isGivenSurnamePair(lex, firstTok, lastTok))
          || ((v & NameLexicon.STREET_AFTER) != 0 && ctx.tokenHas(after, ScanContext.UPPER_FIRST));
    }
    // "03751 Gerrit Achterberghove 137", "12 Lincoln Lane": a house number before and a number or a street
    // suffix after make a street line
    if ((numberAfter || (lastTok > firstTok && (lex.get(lastTok) & NameLexicon.STREET_AFTER) != 0))
        && firstTok > 0 && isNumberBefore(ctx, firstTok - 1, start)) {
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
          && ((v & NameLexicon.ORG_BEFORE) == 0 || hops == 0 || ctx.tokenHas(before, ScanContext.UPPER_FIRST))) {
        return true; // "Calle Carmen Romero", "colegio San José"; but "el hospital de Getafe" is a place
      }
      // walk back over "de", "del", "de la" and capitalised non-name words ("Hospital Universitario General")
      boolean particle = (v & (NameLexicon.PARTICLE | NameLexicon.PARTICLE_SECOND)) != 0;
      boolean capitalWord = ctx.tokenHas(before, ScanContext.UPPER_FIRST) && !TextShape.hasDot(text, gapFrom, gapTo)
          && NameParts.partKind(ctx, before, v, false) == NameParts.NONE && !ctx.tokenHas(before, ScanContext.DIGIT);
      if (!particle && !capitalWord) {
        return false;
      }
      before--;
    }
    return false;
  }

  /**
   * {@code "Patricia Martinez"}, {@code "Isabel Brown"}: a listed, unambiguous given name (class 3+) then a
   * listed surname (class 3+, which may also be a word); {@code "Gerrit Achterberghove"} (unlisted surname) is not.
   */
  private static boolean isGivenSurnamePair(TokenValues lex, int firstTok, int lastTok) {
    if (lastTok <= firstTok) {
      return false;
    }
    int f = lex.get(firstTok);
    int l = lex.get(lastTok);
    return NameLexicon.givenClass(f) >= 3 && NameLexicon.surnameClass(l) >= 3
        && !NameLexicon.isAmbiguousName(f);
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
   * A lower-case noun right after the name that people own, make or head: {@code "novel"}, {@code "family"},
   * {@code "administration"}, {@code "case"}.
   */
  private static boolean isPersonalNounAfter(ScanContext ctx, int last) {
    int n = last + 1;
    if (n >= ctx.tokenCount() || !ctx.tokenHas(n, ScanContext.LOWER_FIRST)
        || !TextShape.isSpaces(ctx.text(), ctx.tokenEnd(last), ctx.tokenStart(n))) {
      return false;
    }
    return TextShape.tokenIn(ctx, n, PERSONAL_NOUNS);
  }

  private static final String[] PERSONAL_NOUNS = {"novel", "book", "film", "movie", "album", "song", "concert",
      "show", "family", "household", "residence", "home", "estate", "administration", "campaign", "case", "trial",
      "murder", "killing", "shooting", "kidnapping", "disappearance", "investigation", "indictment", "children",
      "brothers", "sisters"};

  /**
   * Token {@code t} ends or continues an unambiguous multi-word place that starts one or two tokens before
   * it: {@code "Rico"} in {@code "Puerto Rico"}, {@code "York"} in {@code "New York"}.
   */
  private static boolean isLocationTail(ScanContext ctx, TokenValues lex, int t) {
    LocationGazetteer gaz = lex.lex.locations();
    for (int f = t - 1; f >= 0 && f >= t - 2; f--) {
      if (!ctx.tokenHas(f, ScanContext.UPPER_FIRST)
          || !TextShape.isJoiner(ctx.text(), ctx.tokenEnd(f), ctx.tokenStart(f + 1))) {
        return false; // cheap tests first: a place phrase is a run of joined capitalised words
      }
      if ((lex.get(f) & NameLexicon.LOC_FIRST) != 0) {
        int p = gaz.match(ctx, f);
        if (p >= 0 && f + gaz.length(p) - 1 >= t && !gaz.isAmbiguous(p)) {
          return true;
        }
      }
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

  /**
   * A determiner right before token {@code t}: {@code "the Tesla"}, {@code "el León"}, or capitalised where it
   * opens the sentence ({@code "A Tesla sat…"}).
   */
  private static boolean hasDeterminerBefore(ScanContext ctx, int t) {
    int p = t - 1;
    if (p < 0 || !TextShape.isSpaces(ctx.text(), ctx.tokenEnd(p), ctx.tokenStart(t))
        || !(ctx.tokenHas(p, ScanContext.LOWER_FIRST) || TextShape.isSentenceStart(ctx, p))) {
      return false;
    }
    return ctx.tokenEquals(p, "the") || ctx.tokenEquals(p, "a") || ctx.tokenEquals(p, "an")
        || ctx.tokenEquals(p, "el") || ctx.tokenEquals(p, "la") || ctx.tokenEquals(p, "los")
        || ctx.tokenEquals(p, "las") || ctx.tokenEquals(p, "un") || ctx.tokenEquals(p, "una")
        || ctx.tokenEquals(p, "this") || ctx.tokenEquals(p, "that");
  }
}
