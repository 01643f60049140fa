package org.piishield.recognizers.names;

import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * The capitalised name runs around an organisation's head word, for {@link OrganizationRecognizer}: the name
 * before a head ({@code "Springfield"} in {@code "Springfield Police Department"}), the name after it with
 * {@code of}/{@code de} and particles ({@code "of Texas"}, {@code "Universitario La Paz"}), and the word tests
 * they stop at (titles, initials, street words, legal forms, possessives). Stateless.
 */
final class OrgNameRuns {

  /** Most words of a name before a head, and after it. */
  static final int MAX_BEFORE = 5;
  static final int MAX_AFTER = 8;
  /** Capitalised function words that are never part of an organisation's name: {@code "The"}, {@code "En"}. */
  static final FoldedWordSet STOP = FoldedWordSet.of(
      "the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her", "its", "their", "in",
      "at", "on", "for", "from", "with", "by", "to", "into", "and", "or", "but", "if", "when", "as", "of", "said",
      "el", "los", "un", "una", "unos", "unas", "en", "al", "del", "de", "y", "o", "con", "por", "para", "desde",
      "su", "sus", "mi", "mis", "este", "esta", "ese", "esa", "aquel", "aquella", "que", "se", "lo", "le", "no");

  private OrgNameRuns() {}

  /** First token of the capitalised name right before {@code head} (see {@link #nameEndingAt}), or -1. */
  static int nameBefore(ScanContext ctx, TokenValues lex, int head) {
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
  static int nameEndingAt(ScanContext ctx, TokenValues lex, int last) {
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
  static boolean isNameGap(ScanContext ctx, int t, int from, int to) {
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
  static boolean isNamePart(ScanContext ctx, TokenValues lex, int t) {
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
  static boolean isTitle(ScanContext ctx, TokenValues lex, int t) {
    return (lex.get(t) & NameLexicon.TITLE) != 0
        && OrganizationWords.roles(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t)) == 0;
  }

  /** A single capital followed by a dot or {@code &}: {@code "J."}, {@code "A&M"}. */
  static boolean isInitial(ScanContext ctx, int t) {
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
  static int nameAfter(ScanContext ctx, TokenValues lex, int head, int roles) {
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
  static boolean hasProperName(ScanContext ctx, TokenValues lex, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (ctx.tokenHas(t, ScanContext.UPPER_FIRST) && !NameLexicon.isWord(lex.get(t))
          && !WordShape.isWordShaped(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t))) {
        return true;
      }
    }
    return false;
  }

  /** Last token of a run of name parts from {@code t} joined by name gaps, up to a known place; or -1. */
  static int runAfter(ScanContext ctx, TokenValues lex, int t) {
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
  static boolean isArticleInName(ScanContext ctx, int t) {
    return ctx.tokenHas(t, ScanContext.UPPER_FIRST) && (ctx.tokenEquals(t, "la") || ctx.tokenEquals(t, "el")
        || ctx.tokenEquals(t, "las") || ctx.tokenEquals(t, "los")) && t + 1 < ctx.tokenCount()
        && ctx.tokenHas(t + 1, ScanContext.UPPER_FIRST)
        && TextShape.isSpaces(ctx.text(), ctx.tokenEnd(t), ctx.tokenStart(t + 1));
  }

  static boolean isOf(ScanContext ctx, int t) {
    return ctx.tokenEquals(t, "of") || ctx.tokenEquals(t, "de") || ctx.tokenEquals(t, "del")
        || ctx.tokenEquals(t, "for");
  }

  static boolean isParticle(ScanContext ctx, int t) {
    return !ctx.tokenHas(t, ScanContext.UPPER_FIRST) && (isOf(ctx, t) || ctx.tokenEquals(t, "y")
        || ctx.tokenEquals(t, "i") || ctx.tokenEquals(t, "and") || ctx.tokenEquals(t, "la")
        || ctx.tokenEquals(t, "las") || ctx.tokenEquals(t, "los") || ctx.tokenEquals(t, "el")
        || ctx.tokenEquals(t, "the"));
  }

  /** The first token after {@code t} and the particles that follow it ({@code "de la"}, {@code "of the"}). */
  static int skipParticles(ScanContext ctx, int t) {
    int u = t + 1;
    while (u < ctx.tokenCount() && u < t + 3 && isParticle(ctx, u)
        && TextShape.isSpaces(ctx.text(), ctx.tokenEnd(u - 1), ctx.tokenStart(u))) {
      u++;
    }
    return u;
  }

  /**
   * A name part after a head that is neither a street word nor another head: {@code "Hospital Clínico San
   * Carlos Avda. …"} and {@code "Hospital General Servicio de …"} stop before {@code "Avda"} and {@code
   * "Servicio"}.
   */
  static boolean isPartAfterHead(ScanContext ctx, TokenValues lex, int t) {
    return isNamePart(ctx, lex, t) && (lex.get(t) & NameLexicon.STREET_BEFORE) == 0
        && (OrganizationWords.roles(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t))
            & (OrganizationWords.OF | OrganizationWords.DIRECT)) == 0;
  }

  /** Number of tokens of a known place starting at token {@code t}, or 0: {@code "Albacete"}, {@code "San Juan"}. */
  static int placeLength(ScanContext ctx, TokenValues lex, int t) {
    if ((lex.get(t) & NameLexicon.LOC_FIRST) == 0) {
      return 0;
    }
    LocationGazetteer gaz = lex.lex.locations();
    int p = gaz.match(ctx, t);
    return p < 0 ? 0 : gaz.length(p);
  }

  static boolean isLegalWord(ScanContext ctx, int t) {
    return ctx.tokenHas(t, ScanContext.UPPER_FIRST)
        && (OrganizationWords.roles(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t)) & OrganizationWords.LEGAL) != 0;
  }

  /** Token {@code t} is the {@code s} of {@code "Mary's"}. */
  static boolean isPossessive(ScanContext ctx, int t) {
    if (t == 0 || ctx.tokenLength(t) != 1 || !ctx.tokenEquals(t, "s")) {
      return false;
    }
    int gap = ctx.tokenStart(t) - ctx.tokenEnd(t - 1);
    char c = ctx.text().charAt(ctx.tokenEnd(t - 1));
    return gap == 1 && (c == '\'' || c == '\u2019');
  }

  /** Whether token {@code t} may open a Spanish or Mexican legal form: {@code "S.A."}, {@code "SL"}. */
  static boolean isSpanishLegalStart(ScanContext ctx, int t) {
    return ctx.text().charAt(ctx.tokenStart(t)) == 'S' && ctx.tokenLength(t) <= 3
        && ctx.tokenHas(t, ScanContext.ALL_UPPER);
  }
}
