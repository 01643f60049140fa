package org.piishield.recognizers.names;

import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * Organisations in English and Spanish text: agencies, police departments, courts, hospitals, schools,
 * churches and companies. Cue: each capitalised token ({@link ScanContext#upperToken}) that is one of the
 * {@link OrganizationWords} or follows an employment phrase.
 *
 * <ul>
 *   <li>Capitalised name before a word that ends one: {@code "Springfield Police Department"}, {@code "St.
 *       Mary's Church"}, {@code "Harris County Sheriff's Office"}: 0.95.
 *   <li>A head and a capitalised name after it, with or without {@code of}/{@code de}: {@code "University of
 *       Texas"}, {@code "Department of Justice"}, {@code "Hospital Universitario La Paz"}, {@code "Ministerio
 *       del Interior"}, {@code "Guardia Civil"}: 0.95.
 *   <li>Capitalised name before a legal form: {@code "Acme Widgets, Inc."}, {@code "Shepherd Ltd."},
 *       {@code "Costa Verde S.L."}, {@code "Grupo Norte S.A. de C.V."}: 0.95.
 *   <li>An acronym in brackets right after one of these: {@code "(IOBA)"}: 0.8.
 *   <li>Surnames joined as a firm ({@link FirmNames}): {@code "Davis, Reynolds and Williamson"}, {@code
 *       "Ernst & Young"}: 0.6.
 *   <li>A capitalised name after an employment phrase: {@code "works at Globex"}, {@code "employed by
 *       Initech"}, {@code "trabaja en Telefónica"}: 0.6 (a known person or place there scores higher).
 * </ul>
 *
 * <p>Not organisations: lowercase generic nouns ({@code "the department"}, {@code "a hospital"}), a head with
 * no name ({@code "Department"}, {@code "The University said"}, {@code "Police Department"}), common words
 * that open a sentence before a head ({@code "General Hospital staff…"} at the start of a sentence) and a
 * legal form inside a longer word ({@code "John Incognito"}). Immutable and
 * thread-safe.
 */
public final class OrganizationRecognizer implements Recognizer {

  public static final String NAME = "organization";

  private static final double HEAD_SCORE = 0.95;
  private static final double ACRONYM_SCORE = 0.8;
  private static final double CUE_SCORE = 0.6;
  private static final double FIRM_SCORE = 0.6;
  private static final int MAX_BEFORE = 5;
  private static final int MAX_AFTER = 8;

  /** Capitalised function words that are never part of an organisation's name: {@code "The"}, {@code "En"}. */
  private static final FoldedWordSet STOP = FoldedWordSet.of(
      "the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her", "its", "their", "in",
      "at", "on", "for", "from", "with", "by", "to", "into", "and", "or", "but", "if", "when", "as", "of", "said",
      "el", "los", "un", "una", "unos", "unas", "en", "al", "del", "de", "y", "o", "con", "por", "para", "desde",
      "su", "sus", "mi", "mis", "este", "esta", "ese", "esa", "aquel", "aquella", "que", "se", "lo", "le", "no");

  /** Phrases right before an employer's name. */
  private static final CuePhrases EMPLOYER = CuePhrases.of(
      "works at", "work at", "working at", "worked at", "works at the", "works for", "work for", "working for",
      "worked for", "works for the", "employed by", "employed by the", "employed at", "employee of", "employer",
      "hired by", "job at",
      "trabaja en", "trabajaba en", "trabajó en", "trabaja en el", "trabaja en la", "trabaja para",
      "trabajaba para", "trabaja para el", "trabaja para la", "empleado de", "empleada de", "empleado en",
      "empleada en", "empresa", "empleador", "contratado por", "contratada por");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.ORGANIZATION);
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    TokenValues lex = null;
    CharSequence text = ctx.text();
    int next = 0;
    for (int k = 0; k < ctx.upperTokenCount(); k++) {
      int t = ctx.upperToken(k);
      if (t < next) {
        continue;
      }
      int roles = OrganizationWords.roles(text, ctx.tokenStart(t), ctx.tokenLength(t));
      int end = -1;
      if (roles != 0 || isSpanishLegalStart(ctx, t)) {
        lex = lex != null ? lex : TokenValues.of(ctx, NameLexicon.get());
        end = (roles & OrganizationWords.LEGAL) != 0 || roles == 0
            ? legalForm(ctx, lex, t, roles, out) : headed(ctx, lex, t, roles, out);
      } else if (t > 0 && EMPLOYER.endsBefore(ctx, t)) {
        lex = lex != null ? lex : TokenValues.of(ctx, NameLexicon.get());
        end = employer(ctx, lex, t, out);
      } else if (hasFirmShape(ctx, t)) {
        lex = lex != null ? lex : TokenValues.of(ctx, NameLexicon.get());
        int last = FirmNames.lastToken(ctx, lex, t);
        if (last > t) {
          end = ctx.tokenEnd(last);
          out.add(ctx.tokenStart(t), end, EntityType.ORGANIZATION, FIRM_SCORE, this, "firm", null);
        }
      }
      if (end > 0) {
        next = ctx.tokenAtOrAfter(end);
      }
    }
  }

  /** A cheap test before {@link FirmNames}: token {@code t} is followed by {@code ", "} or {@code " & "}. */
  private static boolean hasFirmShape(ScanContext ctx, int t) {
    int e = ctx.tokenEnd(t);
    CharSequence text = ctx.text();
    return e + 2 < text.length() && (text.charAt(e) == ',' || text.charAt(e + 1) == '&');
  }

  /** {@code "Springfield Police Department"}, {@code "University of Texas"}: returns the span end or -1. */
  private int headed(ScanContext ctx, TokenValues lex, int head, int roles, DetectionSink out) {
    CharSequence text = ctx.text();
    int last = head;
    int lastRoles = roles;
    // a chain of heads: "Police Department", "Sheriff's Office"
    while (true) {
      int n = chainedHead(ctx, last);
      if (n < 0) {
        break;
      }
      last = n;
      lastRoles = OrganizationWords.roles(text, ctx.tokenStart(n), ctx.tokenLength(n));
    }
    if (isAfterStreetWord(ctx, lex, head) || isInSurname(ctx, head)) {
      return -1;
    }
    int tail = -1;
    if ((lastRoles & (OrganizationWords.OF | OrganizationWords.DIRECT)) != 0) {
      tail = nameAfter(ctx, lex, last, lastRoles);
    }
    // a head that also opens names ("Hospital") takes a name before it only in English and only when none
    // follows: "Mercy General Hospital", but "Servicio de Urología Hospital Ramón y Cajal"
    boolean opens = (roles & OrganizationWords.DIRECT) != 0;
    int first = ((roles & OrganizationWords.ENDS) != 0 || last > head)
        && !(opens && (tail >= 0 || ctx.language() == Language.ES)) ? nameBefore(ctx, lex, head) : -1;
    if (first < 0 && tail < 0) {
      return -1;
    }
    if (first >= 0 && ctx.tokenHas(first, ScanContext.ALL_DIGIT) && (lex.get(head) & NameLexicon.STREET_AFTER) != 0) {
      return -1; // "149 Monika Center": a house number makes it a street
    }
    int s = ctx.tokenStart(first >= 0 ? first : head);
    int lastTok = tail >= 0 ? tail : last;
    int e = ctx.tokenEnd(lastTok);
    int form = legalFormAfter(ctx, lastTok);
    if (form > 0) {
      e = form; // "Grupo Norte S.A. de C.V."
    }
    if (TextShape.isEmbedded(text, s, e)) {
      return -1;
    }
    out.add(s, e, EntityType.ORGANIZATION, HEAD_SCORE, this, "head", null);
    return acronymAfter(ctx, e, out);
  }

  /** The next head of a chain after {@code t}: {@code "Police Department"}, {@code "Sheriff's Office"}; or -1. */
  private static int chainedHead(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int n = t + 1;
    if (n >= ctx.tokenCount()) {
      return -1;
    }
    if (isPossessive(ctx, n)) {
      n++;
      if (n >= ctx.tokenCount()) {
        return -1;
      }
    }
    if (!ctx.tokenHas(n, ScanContext.UPPER_FIRST) || !TextShape.isSpaces(text, ctx.tokenEnd(n - 1), ctx.tokenStart(n))
        || (OrganizationWords.roles(text, ctx.tokenStart(n), ctx.tokenLength(n)) & OrganizationWords.ENDS) == 0) {
      return -1;
    }
    return n;
  }

  /** {@code "Plaza del Hospital Civil"}: a street word, maybe with particles, right before the head. */
  private static boolean isAfterStreetWord(ScanContext ctx, TokenValues lex, int head) {
    int t = head - 1;
    while (t >= 0 && t >= head - 2 && isParticle(ctx, t)) {
      t--;
    }
    return t >= 0 && t < head && (lex.get(t) & NameLexicon.STREET_BEFORE) != 0
        && TextShape.isSpaces(ctx.text(), ctx.tokenEnd(t), ctx.tokenStart(t + 1));
  }

  /** {@code "Ignacio de la Iglesia Fanjul"}: a capitalised name and {@code de la} before the head. */
  private static boolean isInSurname(ScanContext ctx, int head) {
    int t = head - 1;
    return t >= 2 && (ctx.tokenEquals(t, "la") || ctx.tokenEquals(t, "las") || ctx.tokenEquals(t, "los"))
        && ctx.tokenEquals(t - 1, "de") && !ctx.tokenHas(t - 1, ScanContext.UPPER_FIRST)
        && ctx.tokenHas(t - 2, ScanContext.UPPER_FIRST);
  }

  /**
   * A name part after a head that is neither a street word nor another head: {@code "Hospital Clínico San
   * Carlos Avda. …"} and {@code "Hospital General Servicio de …"} stop before {@code "Avda"} and {@code
   * "Servicio"}.
   */
  private static boolean isPartAfterHead(ScanContext ctx, TokenValues lex, int t) {
    return isNamePart(ctx, lex, t) && (lex.get(t) & NameLexicon.STREET_BEFORE) == 0
        && (OrganizationWords.roles(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t))
            & (OrganizationWords.OF | OrganizationWords.DIRECT)) == 0;
  }

  /** Number of tokens of a known place starting at token {@code t}, or 0: {@code "Albacete"}, {@code "San Juan"}. */
  private static int placeLength(ScanContext ctx, TokenValues lex, int t) {
    if ((lex.get(t) & NameLexicon.LOC_FIRST) == 0) {
      return 0;
    }
    LocationGazetteer gaz = lex.lex.locations();
    int p = gaz.match(ctx, t);
    return p < 0 ? 0 : gaz.length(p);
  }

  /** End of a legal form right after token {@code last} ({@code " S.A."}, {@code ", Inc."}), or -1. */
  private static int legalFormAfter(ScanContext ctx, int last) {
    int u = last + 1;
    if (u >= ctx.tokenCount()) {
      return -1;
    }
    CharSequence text = ctx.text();
    int from = ctx.tokenEnd(last);
    int to = ctx.tokenStart(u);
    boolean commaSpace = to - from == 2 && text.charAt(from) == ',' && text.charAt(to - 1) == ' ';
    if (!TextShape.isSpaces(text, from, to) && !commaSpace) {
      return -1;
    }
    if (isLegalWord(ctx, u)) {
      return CompanyForms.englishFormEnd(ctx, u);
    }
    return isSpanishLegalStart(ctx, u) ? CompanyForms.spanishFormEnd(text, to) : -1;
  }

  private static boolean isLegalWord(ScanContext ctx, int t) {
    return ctx.tokenHas(t, ScanContext.UPPER_FIRST)
        && (OrganizationWords.roles(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t)) & OrganizationWords.LEGAL) != 0;
  }

  /** Token {@code t} is the {@code s} of {@code "Mary's"}. */
  private static boolean isPossessive(ScanContext ctx, int t) {
    if (t == 0 || ctx.tokenLength(t) != 1 || !ctx.tokenEquals(t, "s")) {
      return false;
    }
    int gap = ctx.tokenStart(t) - ctx.tokenEnd(t - 1);
    char c = ctx.text().charAt(ctx.tokenEnd(t - 1));
    return gap == 1 && (c == '\'' || c == '\u2019');
  }

  /** First token of the capitalised name right before {@code head} (see {@link #nameEndingAt}), or -1. */
  private static int nameBefore(ScanContext ctx, TokenValues lex, int head) {
    int last = head - 1;
    if (last < 0 || !TextShape.isSpaces(ctx.text(), ctx.tokenEnd(last), ctx.tokenStart(head))) {
      return -1;
    }
    return nameEndingAt(ctx, lex, last);
  }

  /**
   * First token of the capitalised name that ends with token {@code last}, or -1 when there is none: up to
   * {@link #MAX_BEFORE} capitalised tokens or numbers, possessive {@code 's} and {@code &} included, stopping
   * at a function word ({@code "The"}), a title or a line break. The name needs a word that is not itself a
   * head, and is dropped when it opens a sentence and holds only common words ({@code "General Hospital
   * said"}).
   */
  private static int nameEndingAt(ScanContext ctx, TokenValues lex, int last) {
    CharSequence text = ctx.text();
    int first = -1;
    boolean named = false;
    boolean allWords = true;
    int count = 0;
    for (int t = last; t >= 0 && count < MAX_BEFORE; t--) {
      if (t < last && !isNameGap(ctx, t, ctx.tokenEnd(t), ctx.tokenStart(t + 1))) {
        break;
      }
      if (isPossessive(ctx, t)) {
        continue; // "Mary's": the token before the apostrophe must still be part of the name
      }
      if (!isNamePart(ctx, lex, t)) {
        break;
      }
      int roles = OrganizationWords.roles(text, ctx.tokenStart(t), ctx.tokenLength(t));
      if ((roles & OrganizationWords.ENDS) == 0) {
        named = true;
        allWords &= NameLexicon.isWord(lex.get(t)) || ctx.tokenHas(t, ScanContext.DIGIT);
      }
      first = t;
      count++;
    }
    while (first >= 0 && first < last && isTitle(ctx, lex, first)) {
      first++; // "Officer Ruiz Police Department": the title is not part of the name
    }
    if (first < 0 || !named || isTitle(ctx, lex, first) || allWords && TextShape.isSentenceStart(ctx, first)) {
      return -1;
    }
    return first;
  }

  /**
   * Whether the gap {@code text[from, to)} after token {@code t} may sit inside a name: a joiner (a dot only
   * after an abbreviation such as {@code "St."} or an initial), or {@code " & "} / {@code "&"}.
   */
  private static boolean isNameGap(ScanContext ctx, int t, int from, int to) {
    CharSequence text = ctx.text();
    if (TextShape.isJoiner(text, from, to)) {
      return !TextShape.hasDot(text, from, to) || ctx.tokenLength(t) <= 2 || ctx.tokenEquals(t, "st")
          || ctx.tokenEquals(t, "sta") || ctx.tokenEquals(t, "mt") || ctx.tokenEquals(t, "dr");
    }
    int len = to - from;
    return (len == 1 && text.charAt(from) == '&')
        || (len == 3 && text.charAt(from) == ' ' && text.charAt(from + 1) == '&' && text.charAt(from + 2) == ' ');
  }

  /** A capitalised word or number that may be part of an organisation's name. */
  private static boolean isNamePart(ScanContext ctx, TokenValues lex, int t) {
    if (ctx.tokenHas(t, ScanContext.ALL_DIGIT)) {
      return ctx.tokenLength(t) <= 4; // "Hospital 12 de Octubre"; not a case or phone number
    }
    if (!ctx.tokenHas(t, ScanContext.UPPER_FIRST)) {
      return false;
    }
    if (isLegalWord(ctx, t)
        || isSpanishLegalStart(ctx, t) && CompanyForms.spanishFormEnd(ctx.text(), ctx.tokenStart(t)) >= 0) {
      return false;
    }
    return (ctx.tokenLength(t) > 1 || isInitial(ctx, t))
        && (!STOP.contains(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t))
            || ctx.tokenHas(t, ScanContext.ALL_UPPER));
  }

  /** A title that is not also a head: {@code "Officer"}, {@code "Dr"}; never opens an organisation's name. */
  private static boolean isTitle(ScanContext ctx, TokenValues lex, int t) {
    return (lex.get(t) & NameLexicon.TITLE) != 0
        && OrganizationWords.roles(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t)) == 0;
  }

  /** A single capital followed by a dot or {@code &}: {@code "J."}, {@code "A&M"}. */
  private static boolean isInitial(ScanContext ctx, int t) {
    int e = ctx.tokenEnd(t);
    CharSequence text = ctx.text();
    return e < text.length() && (text.charAt(e) == '.' || text.charAt(e) == '&');
  }

  /**
   * Last token of the name after {@code head}: {@code of}/{@code de}/{@code del}/{@code de la} (needs {@link
   * OrganizationWords#OF}) or nothing (needs {@link OrganizationWords#DIRECT}), then capitalised words and
   * numbers joined by spaces or particles ({@code "Ramón y Cajal"}, {@code "12 de Octubre"}, {@code "Bank of
   * America"}); ends on a capitalised word or number. Returns -1 when there is none.
   */
  private static int nameAfter(ScanContext ctx, TokenValues lex, int head, int roles) {
    CharSequence text = ctx.text();
    int n = ctx.tokenCount();
    int t = head + 1;
    if (t >= n || !TextShape.isSpaces(text, ctx.tokenEnd(head), ctx.tokenStart(t))) {
      return -1;
    }
    boolean viaOf = isOf(ctx, t);
    if (viaOf) {
      if ((roles & OrganizationWords.OF) == 0) {
        return -1;
      }
      t = skipParticles(ctx, t);
    } else if ((roles & OrganizationWords.DIRECT) == 0) {
      return -1;
    }
    int last = -1;
    int count = 0;
    while (t < n && count < MAX_AFTER) {
      // right after "of"/"de" another head belongs to the name: "Departamento de Policía de Salem"
      boolean part = viaOf && count == 0 ? isNamePart(ctx, lex, t) : isPartAfterHead(ctx, lex, t);
      if (!part && !isArticleInName(ctx, t)) {
        break;
      }
      int place = viaOf ? placeLength(ctx, lex, t) : 0;
      if (place > 0) {
        return t + place - 1; // "Universidad de Valencia": a place ends the name
      }
      last = isArticleInName(ctx, t) ? last : t;
      count++;
      int u = t + 1;
      if (u >= n) {
        break;
      }
      int gapFrom = ctx.tokenEnd(t);
      int gapTo = ctx.tokenStart(u);
      if (isNameGap(ctx, t, gapFrom, gapTo)) {
        t = u;
        continue;
      }
      break;
    }
    // particles inside: "Hospital Ramón y Cajal", "Hospital Virgen de la Arrixaca", "Bank of America"
    while (last >= 0 && last + 1 < n && TextShape.isSpaces(text, ctx.tokenEnd(last), ctx.tokenStart(last + 1))
        && isParticle(ctx, last + 1)) {
      int u = skipParticles(ctx, last + 1);
      if (u >= n || u - last > 4 || !ctx.tokenHas(u, ScanContext.UPPER_FIRST) && !ctx.tokenHas(u, ScanContext.ALL_DIGIT)
          || !TextShape.isSpaces(text, ctx.tokenEnd(u - 1), ctx.tokenStart(u))
          || (OrganizationWords.roles(text, ctx.tokenStart(u), ctx.tokenLength(u))
              & (OrganizationWords.OF | OrganizationWords.DIRECT)) != 0) {
        break; // "Universidad de Málaga y el Hospital Clínico": two organisations
      }
      if (placeLength(ctx, lex, u) > 0 && hasProperName(ctx, lex, head + 1, last)) {
        break; // "Hospital Virgen del Rocío de Sevilla": the city is where it is, not its name
      }
      int more = runAfter(ctx, lex, u);
      if (more < 0) {
        break;
      }
      last = more;
    }
    return last;
  }

  /**
   * Whether tokens {@code from..to} hold a capitalised word that is neither a common word nor shaped like one
   * ({@code "Rocío"}, not {@code "Universitario"} or {@code "Hospitalario"}).
   */
  private static boolean hasProperName(ScanContext ctx, TokenValues lex, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (ctx.tokenHas(t, ScanContext.UPPER_FIRST) && !NameLexicon.isWord(lex.get(t))
          && !WordShape.isWordShaped(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t))) {
        return true;
      }
    }
    return false;
  }

  /** Last token of a run of name parts from {@code t} joined by name gaps, up to a known place; or -1. */
  private static int runAfter(ScanContext ctx, TokenValues lex, int t) {
    int last = -1;
    int n = ctx.tokenCount();
    for (int u = t; u < n && u < t + MAX_AFTER; u++) {
      if (!isPartAfterHead(ctx, lex, u)) {
        break;
      }
      int place = placeLength(ctx, lex, u);
      if (place > 0) {
        // "Complejo Hospitalario Universitario de Albacete": a place ends the name; a place after other
        // words is not part of it ("Instituto Colombiano del Dolor Medellín")
        return u == t ? u + place - 1 : last;
      }
      last = u;
      if (u + 1 >= n || !isNameGap(ctx, u, ctx.tokenEnd(u), ctx.tokenStart(u + 1))) {
        break;
      }
    }
    return last;
  }

  /** A capitalised article that opens a name after a head: {@code "La"} in {@code "Hospital La Paz"}. */
  private static boolean isArticleInName(ScanContext ctx, int t) {
    return ctx.tokenHas(t, ScanContext.UPPER_FIRST) && (ctx.tokenEquals(t, "la") || ctx.tokenEquals(t, "el")
        || ctx.tokenEquals(t, "las") || ctx.tokenEquals(t, "los")) && t + 1 < ctx.tokenCount()
        && ctx.tokenHas(t + 1, ScanContext.UPPER_FIRST)
        && TextShape.isSpaces(ctx.text(), ctx.tokenEnd(t), ctx.tokenStart(t + 1));
  }

  private static boolean isOf(ScanContext ctx, int t) {
    return ctx.tokenEquals(t, "of") || ctx.tokenEquals(t, "de") || ctx.tokenEquals(t, "del")
        || ctx.tokenEquals(t, "for");
  }

  private static boolean isParticle(ScanContext ctx, int t) {
    return !ctx.tokenHas(t, ScanContext.UPPER_FIRST) && (isOf(ctx, t) || ctx.tokenEquals(t, "y")
        || ctx.tokenEquals(t, "i") || ctx.tokenEquals(t, "and") || ctx.tokenEquals(t, "la")
        || ctx.tokenEquals(t, "las") || ctx.tokenEquals(t, "los") || ctx.tokenEquals(t, "el")
        || ctx.tokenEquals(t, "the"));
  }

  /** The first token after {@code t} and the particles that follow it ({@code "de la"}, {@code "of the"}). */
  private static int skipParticles(ScanContext ctx, int t) {
    int u = t + 1;
    while (u < ctx.tokenCount() && u < t + 3 && isParticle(ctx, u)
        && TextShape.isSpaces(ctx.text(), ctx.tokenEnd(u - 1), ctx.tokenStart(u))) {
      u++;
    }
    return u;
  }

  /**
   * {@code "Acme Widgets, Inc."}, {@code "Costa Verde S.L."}: the capitalised name before a legal form at
   * token {@code t}, the form and its dots. Returns the span end or -1.
   */
  private int legalForm(ScanContext ctx, TokenValues lex, int t, int roles, DetectionSink out) {
    CharSequence text = ctx.text();
    int formEnd = roles == 0 ? CompanyForms.spanishFormEnd(text, ctx.tokenStart(t))
        : CompanyForms.englishFormEnd(ctx, t);
    if (formEnd < 0 || t == 0) {
      return -1;
    }
    int before = t - 1;
    int gapFrom = ctx.tokenEnd(before);
    int gapTo = ctx.tokenStart(t);
    boolean comma = gapTo - gapFrom == 2 && text.charAt(gapFrom) == ',' && text.charAt(gapFrom + 1) == ' ';
    if (!comma && !TextShape.isSpaces(text, gapFrom, gapTo)) {
      return -1;
    }
    if (comma && ctx.tokenEquals(t, "co")) {
      return -1; // "Denver, CO": a state code
    }
    int first = nameEndingAt(ctx, lex, before);
    if (first < 0 || TextShape.isEmbedded(text, ctx.tokenStart(first), formEnd)) {
      return -1;
    }
    out.add(ctx.tokenStart(first), formEnd, EntityType.ORGANIZATION, HEAD_SCORE, this, "legal_form", null);
    return acronymAfter(ctx, formEnd, out);
  }

  /** Whether token {@code t} may open a Spanish or Mexican legal form: {@code "S.A."}, {@code "SL"}. */
  private static boolean isSpanishLegalStart(ScanContext ctx, int t) {
    return ctx.text().charAt(ctx.tokenStart(t)) == 'S' && ctx.tokenLength(t) <= 3
        && ctx.tokenHas(t, ScanContext.ALL_UPPER);
  }

  /**
   * An acronym in brackets right after an organisation ending at {@code end}: {@code "Instituto Universitario
   * de Oftalmobiología Aplicada (IOBA)"}. Reports it and returns the end of the bracket, else {@code end}.
   */
  private int acronymAfter(ScanContext ctx, int end, DetectionSink out) {
    CharSequence text = ctx.text();
    int open = end;
    if (open < text.length() && text.charAt(open) == ' ') {
      open++;
    }
    if (open >= text.length() || text.charAt(open) != '(') {
      return end;
    }
    int i = open + 1;
    int upper = 0;
    while (i < text.length() && i - open <= 10) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (c != '&' && c != '-' && !Character.isDigit(c)) {
        break;
      }
      i++;
    }
    if (upper < 2 || i >= text.length() || text.charAt(i) != ')') {
      return end;
    }
    out.add(open + 1, i, EntityType.ORGANIZATION, ACRONYM_SCORE, this, "acronym", null);
    return i + 1;
  }

  /**
   * {@code "works at Globex Systems"}: up to four capitalised words after an employment phrase. Returns the
   * span end, or -1 when there is none or a head word among them leaves it to {@link #headed}.
   */
  private int employer(ScanContext ctx, TokenValues lex, int t, DetectionSink out) {
    CharSequence text = ctx.text();
    int last = -1;
    int n = ctx.tokenCount();
    for (int u = t; u < n && u < t + 4; u++) {
      if (!isNamePart(ctx, lex, u)) {
        break;
      }
      if (OrganizationWords.roles(text, ctx.tokenStart(u), ctx.tokenLength(u)) != 0 || isTitle(ctx, lex, u)) {
        return -1;
      }
      last = u;
      if (u + 1 >= n || !isNameGap(ctx, u, ctx.tokenEnd(u), ctx.tokenStart(u + 1))) {
        break;
      }
    }
    if (last < 0) {
      return -1;
    }
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(last);
    if (TextShape.isEmbedded(text, s, e)) {
      return -1;
    }
    out.addWithContext(s, e, EntityType.ORGANIZATION, CUE_SCORE, this, "employer_cue", null, "employer");
    return e;
  }
}
