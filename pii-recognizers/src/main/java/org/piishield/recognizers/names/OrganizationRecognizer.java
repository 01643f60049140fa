package org.piishield.recognizers.names;

import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

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
 *   <li>An acronym in brackets right after one of these: {@code "(IOBA)"}: 0.8; and its later mentions in
 *       capitals in the same document ({@code "el PRPD omite"}), 0.8.
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
    AcronymSink acronyms = new AcronymSink(out);
    for (int k = 0; k < ctx.upperTokenCount(); k++) {
      int t = ctx.upperToken(k);
      if (t < next) {
        continue;
      }
      int roles = OrganizationWords.roles(text, ctx.tokenStart(t), ctx.tokenLength(t));
      int end = -1;
      if (roles != 0 || OrgNameRuns.isSpanishLegalStart(ctx, t)) {
        lex = lex != null ? lex : TokenValues.of(ctx, NameLexicon.get());
        end = (roles & OrganizationWords.LEGAL) != 0 || roles == 0
            ? legalForm(ctx, lex, t, roles, acronyms) : headed(ctx, lex, t, roles, acronyms);
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
    acronyms.reportLaterMentions(ctx);
  }

  /**
   * Passes detections through and remembers the bracketed acronyms, so that later mentions of an acronym the
   * document defined ({@code "Policía de Puerto Rico (PRPD)"} … {@code "el PRPD omite"}) are reported too.
   */
  private final class AcronymSink implements DetectionSink {
    private final DetectionSink out;
    private int[] starts = new int[0];
    private int[] ends = new int[0];

    AcronymSink(DetectionSink out) {
      this.out = out;
    }

    @Override
    public void add(int start, int end, EntityType type, double score, Recognizer source, String pattern,
        String validator) {
      if ("acronym".equals(pattern)) {
        starts = java.util.Arrays.copyOf(starts, starts.length + 1);
        ends = java.util.Arrays.copyOf(ends, ends.length + 1);
        starts[starts.length - 1] = start;
        ends[ends.length - 1] = end;
      }
      out.add(start, end, type, score, source, pattern, validator);
    }

    @Override
    public void addWithContext(int start, int end, EntityType type, double score, Recognizer source,
        String pattern, String validator, String contextWord) {
      out.addWithContext(start, end, type, score, source, pattern, validator, contextWord);
    }

    void reportLaterMentions(ScanContext ctx) {
      if (starts.length == 0) {
        return;
      }
      CharSequence text = ctx.text();
      char[][] folded = new char[starts.length][];
      for (int i = 0; i < starts.length; i++) {
        folded[i] = org.piishield.text.Fold.fold(text.subSequence(starts[i], ends[i]).toString()).toCharArray();
      }
      for (int k = 0; k < ctx.upperTokenCount(); k++) {
        int t = ctx.upperToken(k);
        int s = ctx.tokenStart(t);
        int len = ctx.tokenLength(t);
        if (!ctx.tokenHas(t, ScanContext.ALL_UPPER) || len < 2) {
          continue;
        }
        for (int i = 0; i < starts.length; i++) {
          if (s != starts[i] && ends[i] - starts[i] == len && s + len <= text.length()
              && org.piishield.text.Fold.regionEquals(text, s, len, folded[i])
              && (s + len == text.length() || !Character.isLetterOrDigit(text.charAt(s + len)))) {
            out.add(s, s + len, EntityType.ORGANIZATION, ACRONYM_SCORE, OrganizationRecognizer.this,
                "acronym_mention", null);
            break;
          }
        }
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
      tail = OrgNameRuns.nameAfter(ctx, lex, last, lastRoles);
    }
    // a head that also opens names ("Hospital") takes a name before it only in English and only when none
    // follows: "Mercy General Hospital", but "Servicio de Urología Hospital Ramón y Cajal"
    boolean opens = (roles & OrganizationWords.DIRECT) != 0;
    int first = ((roles & OrganizationWords.ENDS) != 0 || last > head)
        && !(opens && (tail >= 0 || ctx.language() == Language.ES)) ? OrgNameRuns.nameBefore(ctx, lex, head) : -1;
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
    if (OrgNameRuns.isPossessive(ctx, n)) {
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
    while (t >= 0 && t >= head - 2 && OrgNameRuns.isParticle(ctx, t)) {
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
    if (OrgNameRuns.isLegalWord(ctx, u)) {
      return CompanyForms.englishFormEnd(ctx, u);
    }
    return OrgNameRuns.isSpanishLegalStart(ctx, u) ? CompanyForms.spanishFormEnd(text, to) : -1;
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
    int first = OrgNameRuns.nameEndingAt(ctx, lex, before);
    if (first < 0 || TextShape.isEmbedded(text, ctx.tokenStart(first), formEnd)) {
      return -1;
    }
    out.add(ctx.tokenStart(first), formEnd, EntityType.ORGANIZATION, HEAD_SCORE, this, "legal_form", null);
    return acronymAfter(ctx, formEnd, out);
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
      if (!OrgNameRuns.isNamePart(ctx, lex, u)) {
        break;
      }
      if (OrganizationWords.roles(text, ctx.tokenStart(u), ctx.tokenLength(u)) != 0 || OrgNameRuns.isTitle(ctx, lex, u)) {
        return -1;
      }
      last = u;
      if (u + 1 >= n || !OrgNameRuns.isNameGap(ctx, u, ctx.tokenEnd(u), ctx.tokenStart(u + 1))) {
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
