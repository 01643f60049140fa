package org.piishield.recognizers.names;

import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Street names and nicknames given as aliases: {@code a.k.a. “Ciro/Morado”}, {@code also known as "Chino"},
 * {@code alias "Diablin"}, {@code también conocido como “El Pocho”}, {@code alias El Pocho}. An alias
 * identifies a person as surely as the legal name, and no name list holds it.
 *
 * <p>Cue: a capitalised token right after an alias phrase and, optionally, an opening quote. Quoted: every
 * slash-separated part inside the quotes of one to four words (letters, hyphens, apostrophes, dots), 0.8.
 * Unquoted: the capitalised run of up to three words, 0.7. Not aliases: {@code "also known as the Act"}
 * (lower case or a function word), quotes longer than 60 chars. Immutable and thread-safe.
 */
public final class AliasRecognizer implements Recognizer {

  public static final String NAME = "alias";

  private static final double QUOTED_SCORE = 0.8;
  private static final double BARE_SCORE = 0.7;
  private static final int MAX_QUOTED = 60;

  private static final CuePhrases ALIAS = CuePhrases.of("aka", "a.k.a", "also known as", "known as", "alias",
      "nicknamed", "nickname", "street name", "apodado", "apodada", "apodo", "conocido como", "conocida como",
      "conocidos como", "alias de");

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
    CharSequence text = ctx.text();
    for (int k = 0; k < ctx.upperTokenCount(); k++) {
      int t = ctx.upperToken(k);
      if (t == 0) {
        continue;
      }
      int quote = openingQuote(text, ctx.tokenEnd(t - 1), ctx.tokenStart(t));
      if (quote == -2 || !ALIAS.endsBefore(ctx, t)) {
        continue;
      }
      if (quote >= 0) {
        quoted(ctx, t, out);
      } else {
        bare(ctx, t, out);
      }
    }
  }

  /**
   * The gap before the alias: spaces, a dot, a colon or a comma, then an optional opening quote. Returns the
   * quote's offset, -1 when there is none, -2 when the gap is something else.
   */
  static int openingQuote(CharSequence text, int from, int to) {
    if (to - from > 4) {
      return -2;
    }
    int quote = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isOpeningQuote(c) && i == to - 1) {
        quote = i;
      } else if (c != ' ' && c != '.' && c != ':' && c != ',') {
        return -2;
      }
    }
    return quote;
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '“' || c == '\'' || c == '‘' || c == '«';
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '”' || c == '\'' || c == '’' || c == '»';
  }

  private void quoted(ScanContext ctx, int t, DetectionSink out) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int end = -1;
    for (int i = s; i < text.length() && i - s <= MAX_QUOTED; i++) {
      char c = text.charAt(i);
      if (isClosingQuote(c) && !(c == '\'' || c == '’') || (c == '\'' || c == '’') && !isLetterAt(text, i + 1)) {
        end = i;
        break;
      }
      if (c == '\n') {
        return;
      }
    }
    if (end < 0) {
      return;
    }
    int partStart = s;
    for (int i = s; i <= end; i++) {
      if (i == end || text.charAt(i) == '/') {
        part(text, partStart, i, out);
        partStart = i + 1;
      }
    }
  }

  private static boolean isLetterAt(CharSequence text, int i) {
    return i < text.length() && Character.isLetter(text.charAt(i));
  }

  private void part(CharSequence text, int s, int e, DetectionSink out) {
    while (s < e && text.charAt(s) == ' ') {
      s++;
    }
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e - s < 2 || !Character.isLetter(text.charAt(s))) {
      return;
    }
    int words = 1;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
        return;
      }
    }
    if (words <= 4) {
      out.add(s, e, EntityType.PERSON, QUOTED_SCORE, this, "alias_quoted", null);
    }
  }

  private void bare(ScanContext ctx, int t, DetectionSink out) {
    TokenValues lex = TokenValues.of(ctx, NameLexicon.get());
    if (NameLexicon.isFunctionWord(lex.get(t)) && !isSpanishArticle(ctx, t)) {
      return;
    }
    int last = t;
    while (last + 1 < ctx.tokenCount() && last < t + 2 && ctx.tokenHas(last + 1, ScanContext.UPPER_FIRST)
        && TextShape.isSpaces(ctx.text(), ctx.tokenEnd(last), ctx.tokenStart(last + 1))) {
      last++;
    }
    if (last == t && isSpanishArticle(ctx, t)) {
      return;
    }
    out.add(ctx.tokenStart(t), ctx.tokenEnd(last), EntityType.PERSON, BARE_SCORE, this, "alias", null);
  }

  /** {@code "El Pocho"}, {@code "La Tuta"}: Spanish nicknames often open with an article. */
  private static boolean isSpanishArticle(ScanContext ctx, int t) {
    return ctx.tokenEquals(t, "el") || ctx.tokenEquals(t, "la");
  }
}
