package org.piishield.recognizers.names;

import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Places in English and Spanish text: countries, states and provinces, cities, boroughs and neighbourhoods.
 * Cue: each capitalised token ({@link ScanContext#upperToken}); gazetteers and patterns are tried only there.
 *
 * <ul>
 *   <li>Gazetteer, longest phrase first: {@code "New York"}, {@code "San Luis Potosí"}, {@code "Ciudad de
 *       México"}, {@code "A Coruña"}: 0.75 (neighbourhoods 0.6). Names that are also given names, surnames
 *       or words ({@code "Jordan"}, {@code "Victoria"}, {@code "Austin"}, {@code "León"}) score 0.35 and need
 *       a place word before them ({@code "in"}, {@code "from"}, {@code "vive en"}, {@code "natural de"}),
 *       which adds 0.3 to any place.
 *   <li>{@code "Cook County"}, {@code "St. Tammany Parish"}: 0.8, the head word included.
 *   <li>{@code "City of Springfield"}, {@code "condado de Orange"}, {@code "provincia de Soria"}, {@code
 *       "ciudad de Puebla"}, {@code "estado de Jalisco"}: the capitalised name after the head, 0.75.
 *   <li>{@code "Springfield, IL 62704"}: the capitalised words before a comma and a USPS state code, 0.7.
 *   <li>Any capitalised name right after a strong place cue, even one no list knows: {@code "lives in
 *       Kraków"}, {@code "based in NAANTALI"}, {@code "Localidad: Reocín"}: 0.6.
 * </ul>
 *
 * <p>Rejected: streets ({@code "Lincoln Avenue"}, {@code "Calle Madrid"}), institutions and features
 * ({@code "Jordan river"}, {@code "Washington University"}), a place name inside a person's name
 * ({@code "Georgia Smith"}, {@code "Sr. León"}) and words glued to an e-mail address or URL. Immutable and
 * thread-safe.
 */
public final class LocationRecognizer implements Recognizer {

  public static final String NAME = "location";

  private static final double MIN_REPORT = 0.3;
  private static final double CONTEXT_BOOST = 0.3;

  /** USPS codes that are also common abbreviations or words need a ZIP after them: "Ruiz, MD". */
  private static final String[] STATE_CODES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
      "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
      "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
      "WA", "WV", "WI", "WY", "PR", "GU", "VI"};
  private static final String AMBIGUOUS_CODES = " CO DE HI ID IN LA ME MD MA OH OK OR PA ";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.LOCATION);
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    TokenValues lex = TokenValues.of(ctx, NameLexicon.get());
    LocationGazetteer gaz = lex.lex.locations();
    CharSequence text = ctx.text();
    int next = 0;
    for (int k = 0; k < ctx.upperTokenCount(); k++) {
      int t = ctx.upperToken(k);
      if (t < next) {
        continue;
      }
      int v = lex.get(t);
      if ((v & NameLexicon.LOC_FIRST) != 0) {
        int p = gaz.match(ctx, t);
        if (p >= 0) {
          int last = t + gaz.length(p) - 1;
          if (!isCountyHead(ctx, lex, last)) {
            next = last + 1;
            gazetteerHit(ctx, lex, gaz, p, t, last, out);
            continue;
          }
        }
      }
      if ((v & NameLexicon.ORG_AFTER) != 0 && isCountyWord(ctx, t)) {
        county(ctx, lex, t, out);
        continue;
      }
      if (ctx.tokenLength(t) == 2 && ctx.tokenHas(t, ScanContext.ALL_UPPER)) {
        cityStateCode(ctx, lex, t, out);
        continue;
      }
      if (ctx.tokenLength(t) <= 5 && !ctx.tokenHas(t, ScanContext.ALL_UPPER)) {
        apStateAbbreviation(ctx, lex, t, out);
      }
      if (isUnknownPlaceWord(ctx, t, v) && hasPlaceFieldBefore(ctx, t)) {
        int last = t;
        while (last + 1 < ctx.tokenCount() && last < t + 2 && isUnknownPlaceWord(ctx, last + 1, lex.get(last + 1))
            && TextShape.isJoiner(text, ctx.tokenEnd(last), ctx.tokenStart(last + 1))
            && !TextShape.hasDot(text, ctx.tokenEnd(last), ctx.tokenStart(last + 1))) {
          last++;
        }
        int s = ctx.tokenStart(t);
        int e = ctx.tokenEnd(last);
        if (!PersonNameRecognizer.isRejected(ctx, lex, s, e, t, last)) {
          out.addWithContext(s, e, EntityType.LOCATION, 0.6, this, "place_cue", null, "place cue");
        }
        next = last + 1;
        continue;
      }
      int after = headBefore(ctx, lex, t);
      if (after >= 0 && !NameLexicon.isWord(v)
          && !WordShape.isWordShaped(text, ctx.tokenStart(t), ctx.tokenLength(t))) {
        int last = capitalisedRun(ctx, lex, t, 3);
        if (last >= t) {
          int s = ctx.tokenStart(t);
          int e = ctx.tokenEnd(last);
          if (!PersonNameRecognizer.isRejected(ctx, lex, s, e, t, last)) {
            out.addWithContext(s, e, EntityType.LOCATION, 0.75, this, "head_of", null, "of");
          }
          next = last + 1;
        }
      }
    }
  }

  private void gazetteerHit(ScanContext ctx, TokenValues lex, LocationGazetteer gaz, int p, int first, int last,
      DetectionSink out) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(first);
    int e = ctx.tokenEnd(last);
    boolean major = !gaz.isAmbiguous(p) && gaz.kind(p) <= LocationGazetteer.STATE;
    if (PersonNameRecognizer.isRejected(ctx, lex, s, e, first, last)
        || isInsidePersonName(ctx, lex, first, last, major) || isInStreetName(ctx, lex, first)
        || isBeforeRoleWord(ctx, last)) {
      return;
    }
    if (gaz.isAcronym(p) && gaz.kind(p) == LocationGazetteer.COUNTRY && isModifierAcronym(ctx, first, last)) {
      return; // "U.S. Marshals", "U.S. victims", "489 U.S. 101", "USA Today": a modifier or a reporter
    }
    if (gaz.kind(p) == LocationGazetteer.LISTED_TOWN && hasDeterminerBefore(ctx, first)) {
      return; // "la Constitución", "el Registro", "the Reading": a noun, though a town has that name
    }
    boolean ambiguous = gaz.isAmbiguous(p);
    double score = ambiguous ? 0.35 : gaz.kind(p) == LocationGazetteer.NEIGHBOURHOOD ? 0.6 : 0.75;
    if (ambiguous && TextShape.isSentenceStart(ctx, first)) {
      score -= 0.1;
    }
    int cue = NameCues.PLACE_BEFORE.find(ctx, first - 2, first);
    String cueWord = cue >= 0 ? NameCues.PLACE_BEFORE.phrase(cue) : null;
    if (cueWord == null && last + 1 < ctx.tokenCount() && isShortGap(text, e, ctx.tokenStart(last + 1))
        && isStateOrCountryAfter(ctx, lex, gaz, last + 1)) {
      cueWord = "state or country after"; // "Austin, Texas", "Valencia (España)"
    }
    if (cueWord == null && isDateline(ctx, first, last)) {
      cueWord = "dateline"; // "WASHINGTON – Three leaders…", "SAN JUAN, PR –"
    }
    if (cueWord == null && first > 0 && ctx.tokenHas(first - 1, ScanContext.ALL_DIGIT)
        && ctx.tokenLength(first - 1) == 5 && TextShape.isSpaces(text, ctx.tokenEnd(first - 1), s)) {
      cueWord = "postal code before"; // "46017 Valencia"
    }
    if (cueWord != null) {
      score += CONTEXT_BOOST;
    }
    if ((!ambiguous || gaz.kind(p) == LocationGazetteer.STATE) && gaz.kind(p) <= LocationGazetteer.STATE
        && first > 0 && isCommaSpace(text,
        ctx.tokenEnd(first - 1), s) && (lex.get(first - 1) & NameLexicon.LOC_FIRST) == 0) {
      cityBefore(ctx, lex, first, "state after", out); // "Weems, Virginia": a town no list holds
    } else if (!ambiguous && gaz.kind(p) == LocationGazetteer.COUNTRY && first > 0) {
      blockCity(ctx, lex, first, out);
    }
    if (score >= MIN_REPORT) {
      if (cueWord != null) {
        out.addWithContext(s, e, EntityType.LOCATION, Math.min(0.95, score), this, "gazetteer", null, cueWord);
      } else {
        out.add(s, e, EntityType.LOCATION, score, this, "gazetteer", null);
      }
    }
  }

  /**
   * A street prefix up to three joined tokens before the place: {@code "Av. Diego de León"}, {@code "Pz de
   * Pontevedra"}, {@code "Avda. de el Ferrol"} name streets.
   */
  private static boolean isInStreetName(ScanContext ctx, TokenValues lex, int first) {
    CharSequence text = ctx.text();
    for (int t = first - 1; t >= 0 && t >= first - 3; t--) {
      int gapTo = ctx.tokenStart(t + 1);
      int gapFrom = ctx.tokenEnd(t);
      if (!TextShape.isJoiner(text, gapFrom, gapTo) && !(gapTo - gapFrom <= 2 && text.charAt(gapFrom) == '/')) {
        return false;
      }
      if ((lex.get(t) & NameLexicon.STREET_BEFORE) != 0) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word in no list, not a word by its ending: {@code "Kraków"}, {@code "NAANTALI"}. */
  private static boolean isUnknownPlaceWord(ScanContext ctx, int t, int v) {
    int f = ctx.tokenFlags(t);
    int len = ctx.tokenLength(t);
    return (v & ~NameLexicon.LOC_FIRST) == 0 && (f & ScanContext.UPPER_FIRST) != 0 && (f & ScanContext.DIGIT) == 0 && len >= 3
        && ((f & ScanContext.ALL_UPPER) != 0 ? len >= 4 : NameParts.isNameCasing(ctx.text(), ctx.tokenStart(t), len))
        && !WordShape.isWordShaped(ctx.text(), ctx.tokenStart(t), len);
  }

  /** A {@link NameCues#PLACE_FIELD} phrase ends right before token {@code t}, on the same line and sentence. */
  private static boolean hasPlaceFieldBefore(ScanContext ctx, int t) {
    if (t == 0) {
      return false;
    }
    CharSequence text = ctx.text();
    int from = ctx.tokenEnd(t - 1);
    int to = ctx.tokenStart(t);
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != ':' && c != '/' && c != '\u00A0') {
        return false;
      }
    }
    return NameCues.PLACE_FIELD.endsBefore(ctx, t);
  }

  /**
   * {@code "United States Attorney"}, {@code "Texas Department"} are roles and bodies, not places: a place
   * name used as an adjective before one of these words.
   */
  private static boolean isBeforeRoleWord(ScanContext ctx, int last) {
    int n = last + 1;
    if (n >= ctx.tokenCount() || !TextShape.isSpaces(ctx.text(), ctx.tokenEnd(last), ctx.tokenStart(n))) {
      return false;
    }
    return TextShape.tokenIn(ctx, n, ROLE_WORDS);
  }

  private static final String[] ROLE_WORDS = {"attorney", "attorneys", "magistrate", "marshal", "marshals",
      "government", "federal", "citizen", "citizens", "army", "navy", "senator", "congressman",
      "congresswoman", "ambassador", "embassy", "consulate", "district", "senate", "congress", "department",
      "court", "circuit", "division", "police", "strike", "homicide"};

  private static boolean hasDeterminerBefore(ScanContext ctx, int t) {
    int p = t - 1;
    if (p < 0 || !TextShape.isSpaces(ctx.text(), ctx.tokenEnd(p), ctx.tokenStart(t))) {
      return false;
    }
    return TextShape.tokenIn(ctx, p, DETERMINERS);
  }

  private static final String[] NOUN_BEFORE = {"the", "in", "to", "from", "into", "en", "los", "a", "de"};

  private static final String[] DETERMINERS = {"the", "an", "this", "that", "el", "la", "los", "las", "del",
      "al", "un", "una", "este", "esta", "su", "sus", "nuestro", "nuestra"};

  /**
   * A place acronym ({@code "U.S."}, {@code "USA"}) is the place only as a noun after a place word or an
   * article and before punctuation or a lower-case verb: {@code "in the U.S."}, {@code "the U.S. is"}; not
   * {@code "U.S. Attorney"}, {@code "U.S.-Russia"}, {@code "489 U.S. 101"}.
   */
  private static boolean isModifierAcronym(ScanContext ctx, int first, int last) {
    CharSequence text = ctx.text();
    int prev = first - 1;
    if (prev < 0 || !TextShape.tokenIn(ctx, prev, NOUN_BEFORE)) {
      return true;
    }
    int e = ctx.tokenEnd(last);
    int i = e;
    while (i < text.length() && text.charAt(i) == '.') {
      i++;
    }
    if (i < text.length() && (text.charAt(i) == '-' || Character.isLetterOrDigit(text.charAt(i)))) {
      return true;
    }
    int next = last + 1;
    return next < ctx.tokenCount() && ctx.tokenStart(next) <= i + 1
        && (ctx.tokenHas(next, ScanContext.UPPER_FIRST) || ctx.tokenHas(next, ScanContext.DIGIT));
  }

  /**
   * An address block: the town on its own between the street line and the country, {@code "Apt. 297
   * TYSTBERGA  Sweden"}, {@code "> Suite 828 > BASHALL TOWN > United Kingdom"}. The capitalised run of up to
   * three words before the country must follow a number (house or unit) across a block gap.
   */
  private void blockCity(ScanContext ctx, TokenValues lex, int country, DetectionSink out) {
    CharSequence text = ctx.text();
    int last = country - 1;
    if (!isBlockGap(text, ctx.tokenEnd(last), ctx.tokenStart(country))) {
      return;
    }
    int first = last;
    while (true) {
      int v = lex.get(first);
      if (!ctx.tokenHas(first, ScanContext.UPPER_FIRST) || ctx.tokenHas(first, ScanContext.DIGIT)
          || (v & (NameLexicon.NEVER | NameLexicon.STREET_AFTER | NameLexicon.TITLE)) != 0
          || NameLexicon.isFunctionWord(v) && ctx.tokenLength(first) < 4) {
        return;
      }
      if (first == 0) {
        return;
      }
      int gapFrom = ctx.tokenEnd(first - 1);
      int gapTo = ctx.tokenStart(first);
      if (first > last - 2 && TextShape.isSpaces(text, gapFrom, gapTo) && gapTo - gapFrom == 1
          && ctx.tokenHas(first - 1, ScanContext.UPPER_FIRST)) {
        first--;
        continue;
      }
      if (!ctx.tokenHas(first - 1, ScanContext.DIGIT) || !isBlockGap(text, gapFrom, gapTo)) {
        return;
      }
      break;
    }
    int s = ctx.tokenStart(first);
    int e = ctx.tokenEnd(last);
    if (!PersonNameRecognizer.isRejected(ctx, lex, s, e, first, last)) {
      out.addWithContext(s, e, EntityType.LOCATION, 0.6, this, "address_block_town", null, "country after");
    }
  }

  /** Two to five chars of spaces, line breaks, commas and {@code >} quote marks, with at least one space. */
  private static boolean isBlockGap(CharSequence text, int from, int to) {
    if (to - from < 2 || to - from > 5) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r' && c != ',' && c != '>' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * A news dateline: the place in capitals opens a line and a dash or a comma follows ({@code "WASHINGTON –"},
   * {@code "RICHMOND, Va. –"}, {@code "SAN JUAN, PR –"}).
   */
  static boolean isDateline(ScanContext ctx, int first, int last) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(first);
    if (!ctx.tokenHas(first, ScanContext.ALL_UPPER) || !(s == 0 || text.charAt(s - 1) == '\n')) {
      return false;
    }
    int i = ctx.tokenEnd(last);
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '–' || text.charAt(i) == '—'
        || text.charAt(i) == '-');
  }

  /**
   * An Associated Press state abbreviation after a town and a comma: {@code "Nashville, Tenn."}, {@code
   * "Miami, Fla."}, {@code "ALEXANDRIA, La. —"}. The dot is required; the town and the abbreviation are both
   * reported.
   */
  private void apStateAbbreviation(ScanContext ctx, TokenValues lex, int t, DetectionSink out) {
    CharSequence text = ctx.text();
    int e = ctx.tokenEnd(t);
    if (t == 0 || e >= text.length() || text.charAt(e) != '.' || !isCommaSpace(text, ctx.tokenEnd(t - 1),
        ctx.tokenStart(t))) {
      return;
    }
    // "Va." and "VA." both; but a two-letter code in capitals is a USPS code, handled with its own rules
    boolean cased = ctx.tokenLength(t) > 2 || !ctx.tokenHas(t, ScanContext.ALL_UPPER);
    if (cased && TextShape.tokenIn(ctx, t, AP_STATES) && cityBefore(ctx, lex, t, "state abbreviation", out)) {
      out.addWithContext(ctx.tokenStart(t), e + 1, EntityType.LOCATION, 0.7, this, "state_abbreviation", null,
          "city before");
    }
  }

  private static final String[] AP_STATES = {"ala", "ariz", "ark", "cal", "calif", "colo", "conn", "del", "fla",
      "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
      "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo"};

  private static boolean isCommaSpace(CharSequence text, int from, int to) {
    return to - from == 2 && text.charAt(from) == ',' && text.charAt(from + 1) == ' ';
  }

  /** A gap of at most three chars of spaces, commas, dots and brackets, no line break. */
  private static boolean isShortGap(CharSequence text, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != ',' && c != '.' && c != '(' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code "Austin, Texas"}, {@code "León, España"}: a known state or country right after a comma. */
  private static boolean isStateOrCountryAfter(ScanContext ctx, TokenValues lex, LocationGazetteer gaz, int t) {
    if (!ctx.tokenHas(t, ScanContext.UPPER_FIRST)) {
      return false;
    }
    int v = lex.get(t);
    if ((v & NameLexicon.LOC_FIRST) == 0) {
      return false;
    }
    int p = gaz.match(ctx, t);
    return p >= 0 && !gaz.isAmbiguous(p) && gaz.kind(p) <= LocationGazetteer.STATE;
  }

  /**
   * A place name that is part of a capitalised run with a person's name: {@code "Georgia Smith"}, {@code
   * "Maria Madrid"}, {@code "Sr. León"}. A {@code major} place (an unambiguous country or state) stays a place
   * beside a name: {@code "Qasigiannguit  Sweden"}, {@code "Ambassador to Russia Michael McFaul"}.
   */
  private static boolean isInsidePersonName(ScanContext ctx, TokenValues lex, int first, int last, boolean major) {
    CharSequence text = ctx.text();
    int before = first - 1;
    if (!major && before >= 0 && TextShape.isJoiner(text, ctx.tokenEnd(before), ctx.tokenStart(first))
        && !TextShape.hasDot(text, ctx.tokenEnd(before), ctx.tokenStart(first))) {
      int v = lex.get(before);
      if (ctx.tokenHas(before, ScanContext.UPPER_FIRST) && isPersonPart(ctx, before, v)) {
        return true;
      }
    }
    if (before >= 0 && TextShape.isJoiner(text, ctx.tokenEnd(before), ctx.tokenStart(first))) {
      int v = lex.get(before);
      if ((v & NameLexicon.TITLE) != 0) {
        return true;
      }
    }
    int after = last + 1;
    if (!major && after < ctx.tokenCount() && TextShape.isJoiner(text, ctx.tokenEnd(last), ctx.tokenStart(after))
        && !TextShape.hasDot(text, ctx.tokenEnd(last), ctx.tokenStart(after))
        && ctx.tokenHas(after, ScanContext.UPPER_FIRST)) {
      int v = lex.get(after);
      return isPersonPart(ctx, after, v) && NameLexicon.surnameClass(v) >= 2;
    }
    return false;
  }

  private static boolean isPersonPart(ScanContext ctx, int t, int v) {
    if ((v & NameLexicon.LOC_FIRST) != 0) {
      return false;
    }
    int kind = NameParts.partKind(ctx, t, v, false);
    return kind == NameParts.STRONG || kind == NameParts.INITIAL
        || (kind == NameParts.UNKNOWN && !TextShape.isSentenceStart(ctx, t));
  }

  private static boolean isCountyWord(ScanContext ctx, int t) {
    return ctx.tokenEquals(t, "county") || ctx.tokenEquals(t, "parish") || ctx.tokenEquals(t, "borough");
  }

  private static boolean isCountyHead(ScanContext ctx, TokenValues lex, int last) {
    int after = last + 1;
    return after < ctx.tokenCount() && ctx.tokenHas(after, ScanContext.UPPER_FIRST)
        && TextShape.isSpaces(ctx.text(), ctx.tokenEnd(last), ctx.tokenStart(after)) && isCountyWord(ctx, after);
  }

  /** {@code "Cook County"}: one or two capitalised words before a capitalised county word. */
  private void county(ScanContext ctx, TokenValues lex, int head, DetectionSink out) {
    CharSequence text = ctx.text();
    int first = -1;
    for (int t = head - 1; t >= 0 && t >= head - 2; t--) {
      if (!TextShape.isJoiner(text, ctx.tokenEnd(t), ctx.tokenStart(t + 1))
          || TextShape.hasDot(text, ctx.tokenEnd(t), ctx.tokenStart(t + 1))
          || !ctx.tokenHas(t, ScanContext.UPPER_FIRST) || ctx.tokenHas(t, ScanContext.DIGIT)) {
        break;
      }
      int v = lex.get(t);
      if ((v & NameLexicon.NEVER) != 0 && (v & NameLexicon.LOC_FIRST) == 0 || isDeterminer(ctx, t)) {
        break;
      }
      first = t;
    }
    if (first < 0 || (first == head - 1 && TextShape.isSentenceStart(ctx, first) && isDeterminer(ctx, first))) {
      return;
    }
    int s = ctx.tokenStart(first);
    int e = ctx.tokenEnd(head);
    if (!TextShape.isEmbedded(text, s, e)) {
      out.addWithContext(s, e, EntityType.LOCATION, 0.8, this, "county", null, "county");
    }
  }

  private static boolean isDeterminer(ScanContext ctx, int t) {
    return ctx.tokenEquals(t, "the") || ctx.tokenEquals(t, "this") || ctx.tokenEquals(t, "that")
        || ctx.tokenEquals(t, "each") || ctx.tokenEquals(t, "every") || ctx.tokenEquals(t, "any")
        || ctx.tokenEquals(t, "our") || ctx.tokenEquals(t, "your") || ctx.tokenEquals(t, "their")
        || ctx.tokenEquals(t, "his") || ctx.tokenEquals(t, "her") || ctx.tokenEquals(t, "its")
        || ctx.tokenEquals(t, "a") || ctx.tokenEquals(t, "an") || ctx.tokenEquals(t, "said")
        || ctx.tokenEquals(t, "which") || ctx.tokenEquals(t, "neighboring") || ctx.tokenEquals(t, "same");
  }

  /** {@code "Springfield, IL 62704"}: capitalised words, a comma, a USPS state code. */
  private void cityStateCode(ScanContext ctx, TokenValues lex, int code, DetectionSink out) {
    CharSequence text = ctx.text();
    if (!isStateCode(text, ctx.tokenStart(code)) || code == 0) {
      return;
    }
    int cs = ctx.tokenStart(code);
    int ce = ctx.tokenEnd(code);
    int prevEnd = ctx.tokenEnd(code - 1);
    if (cs - prevEnd < 2 || cs - prevEnd > 3 || text.charAt(prevEnd) != ',') {
      return;
    }
    for (int i = prevEnd + 1; i < cs; i++) {
      if (text.charAt(i) != ' ') {
        return;
      }
    }
    boolean zipAfter = code + 1 < ctx.tokenCount() && ctx.tokenHas(code + 1, ScanContext.ALL_DIGIT)
        && ctx.tokenLength(code + 1) == 5 && TextShape.isSpaces(text, ce, ctx.tokenStart(code + 1));
    if (!zipAfter) {
      if (isAmbiguousCode(text, cs)) {
        return;
      }
      if (ce < text.length() && Character.isLetterOrDigit(text.charAt(ce))) {
        return;
      }
    }
    if (cityBefore(ctx, lex, code, "state code", out) && !TextShape.isEmbedded(text, cs, ce)) {
      out.addWithContext(cs, ce, EntityType.LOCATION, 0.7, this, "state_code", null, "city before");
    }
  }

  /**
   * The capitalised run of up to three words before the comma that precedes token {@code after} (a state
   * code, a state or a country): {@code "Memphis, TN"}, {@code "Weems, Virginia"}, {@code "KETTERING,
   * Ohio"}. Reports it and returns whether there was one.
   */
  private boolean cityBefore(ScanContext ctx, TokenValues lex, int after, String cue, DetectionSink out) {
    CharSequence text = ctx.text();
    int last = after - 1;
    int first = -1;
    for (int t = last; t >= 0 && t >= last - 2; t--) {
      if (!ctx.tokenHas(t, ScanContext.UPPER_FIRST) || ctx.tokenHas(t, ScanContext.DIGIT)) {
        break;
      }
      int v = lex.get(t);
      if ((v & (NameLexicon.NEVER | NameLexicon.STREET_AFTER | NameLexicon.TITLE)) != 0
          && (v & NameLexicon.LOC_FIRST) == 0) {
        break;
      }
      first = t;
      if (t == 0 || !TextShape.isJoiner(text, ctx.tokenEnd(t - 1), ctx.tokenStart(t))
          || TextShape.hasDot(text, ctx.tokenEnd(t - 1), ctx.tokenStart(t))) {
        break;
      }
    }
    if (first < 0) {
      return false;
    }
    int s = ctx.tokenStart(first);
    int e = ctx.tokenEnd(last);
    if (TextShape.isEmbedded(text, s, e) || PersonNameRecognizer.isRejected(ctx, lex, s, e, first, last)) {
      return false;
    }
    out.addWithContext(s, e, EntityType.LOCATION, 0.7, this, "city_state", null, cue);
    return true;
  }

  private static boolean isStateCode(CharSequence text, int off) {
    char a = text.charAt(off);
    char b = text.charAt(off + 1);
    for (String c : STATE_CODES) {
      if (c.charAt(0) == a && c.charAt(1) == b) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAmbiguousCode(CharSequence text, int off) {
    char a = text.charAt(off);
    char b = text.charAt(off + 1);
    for (int i = 1; i + 1 < AMBIGUOUS_CODES.length(); i += 3) {
      if (AMBIGUOUS_CODES.charAt(i) == a && AMBIGUOUS_CODES.charAt(i + 1) == b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code t} follows a place head and {@code of}/{@code de}: {@code "City of"}, {@code
   * "County of"}, {@code "condado de"}, {@code "ciudad de"}, {@code "provincia de"}, {@code "estado de"},
   * {@code "municipio de"}. Returns the head token or -1.
   */
  private static int headBefore(ScanContext ctx, TokenValues lex, int t) {
    if (t < 2) {
      return -1;
    }
    CharSequence text = ctx.text();
    int of = t - 1;
    int head = t - 2;
    if (!(ctx.tokenEquals(of, "of") || ctx.tokenEquals(of, "de") || ctx.tokenEquals(of, "del"))
        || !TextShape.isSpaces(text, ctx.tokenEnd(of), ctx.tokenStart(t))
        || !TextShape.isSpaces(text, ctx.tokenEnd(head), ctx.tokenStart(of))) {
      return -1;
    }
    boolean en = ctx.tokenEquals(of, "of");
    if (en) {
      return ctx.tokenHas(head, ScanContext.UPPER_FIRST) && (ctx.tokenEquals(head, "city")
          || ctx.tokenEquals(head, "county") || ctx.tokenEquals(head, "town") || ctx.tokenEquals(head, "village")
          || ctx.tokenEquals(head, "borough") || ctx.tokenEquals(head, "township")
          || ctx.tokenEquals(head, "commonwealth")) ? head : -1;
    }
    return ctx.tokenEquals(head, "ciudad") || ctx.tokenEquals(head, "condado") || ctx.tokenEquals(head, "provincia")
        || ctx.tokenEquals(head, "municipio") || ctx.tokenEquals(head, "estado") || ctx.tokenEquals(head, "localidad")
        || ctx.tokenEquals(head, "comunidad")
        || ctx.tokenEquals(head, "región") || ctx.tokenEquals(head, "villa") || ctx.tokenEquals(head, "pueblo")
        ? head : -1;
  }

  /** Last token of a run of up to {@code max} capitalised non-word tokens from {@code t}, or -1. */
  private static int capitalisedRun(ScanContext ctx, TokenValues lex, int t, int max) {
    CharSequence text = ctx.text();
    int last = -1;
    for (int u = t; u < ctx.tokenCount() && u < t + max; u++) {
      if (!ctx.tokenHas(u, ScanContext.UPPER_FIRST) || ctx.tokenHas(u, ScanContext.DIGIT)) {
        break;
      }
      int v = lex.get(u);
      if ((v & (NameLexicon.NEVER | NameLexicon.TITLE)) != 0 && (v & NameLexicon.LOC_FIRST) == 0) {
        break;
      }
      last = u;
      if (u + 1 >= ctx.tokenCount() || !TextShape.isSpaces(text, ctx.tokenEnd(u), ctx.tokenStart(u + 1))) {
        break;
      }
    }
    return last;
  }
}
