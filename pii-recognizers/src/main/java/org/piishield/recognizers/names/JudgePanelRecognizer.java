package org.piishield.recognizers.names;

import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Judges named in the caption of a court opinion, where names are often in capitals and carry no title
 * before them: {@code "Before BAUER, KANNE, and HAMILTON, Circuit Judges."}, {@code "NORRIS, Circuit Judge:"},
 * {@code "Before HENRY, Circuit Judge, McKAY, Senior Circuit Judge and SHADUR, Senior District Judge"}.
 *
 * <p>Cue: a capitalised {@code Judge}, {@code Judges}, {@code Justice} or {@code Justices} preceded by
 * optional role words ({@code Chief}, {@code Senior}, {@code Circuit}, {@code District}, {@code Magistrate},
 * {@code United States}…) and a comma. Before the comma: one name for a singular role, a list of names
 * separated by commas and {@code and} for a plural one; a name is one to three capitalised words, initials
 * and an asterisk allowed. Each name 0.85. Not judges: {@code "the Court, Judge"} (a legal word), a comma
 * that ends a sentence clause in lower case. Immutable and thread-safe.
 */
public final class JudgePanelRecognizer implements Recognizer {

  public static final String NAME = "judge_panel";

  private static final double SCORE = 0.85;
  private static final int MAX_NAMES = 15;

  private static final String[] ROLE_WORDS = {"chief", "senior", "circuit", "district", "magistrate",
      "bankruptcy", "associate", "united", "states", "appellate", "administrative", "law", "trial", "presiding"};

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
    TokenValues lex = null;
    for (int k = 0; k < ctx.upperTokenCount(); k++) {
      int j = ctx.upperToken(k);
      boolean plural = ctx.tokenEquals(j, "judges") || ctx.tokenEquals(j, "justices");
      if (!plural && !ctx.tokenEquals(j, "judge") && !ctx.tokenEquals(j, "justice")) {
        continue;
      }
      int r = j;
      while (r > 0 && r > j - 4 && isRoleWord(ctx, r - 1)
          && TextShape.isSpaces(ctx.text(), ctx.tokenEnd(r - 1), ctx.tokenStart(r))) {
        r--;
      }
      if (r == 0 || !isSeparator(ctx, r - 1, r, false)) {
        continue;
      }
      lex = lex != null ? lex : TokenValues.of(ctx, NameLexicon.get());
      names(ctx, lex, r - 1, plural, out);
    }
  }

  /** Reports the names ending at token {@code last}, walking back; one unless {@code plural}. */
  private void names(ScanContext ctx, TokenValues lex, int last, boolean plural, DetectionSink out) {
    for (int count = 0; count < MAX_NAMES && last >= 0; count++) {
      int first = nameStart(ctx, lex, last);
      if (first < 0) {
        return;
      }
      out.add(ctx.tokenStart(first), ctx.tokenEnd(last), EntityType.PERSON, SCORE, this, "judge_panel", null);
      if (!plural || first == 0) {
        return;
      }
      int prev = first - 1;
      if (ctx.tokenEquals(prev, "and") && prev > 0 && isSeparator(ctx, prev - 1, prev, true)) {
        last = prev - 1;
      } else if (isSeparator(ctx, prev, first, false)) {
        last = prev;
      } else {
        return;
      }
    }
  }

  /** The first token of a name of one to three capitalised words ending at {@code last}, or -1. */
  private static int nameStart(ScanContext ctx, TokenValues lex, int last) {
    if (!isNameWord(ctx, lex, last) || ctx.tokenLength(last) < 2) {
      return -1;
    }
    int first = last;
    while (first > 0 && first > last - 2 && isNameWord(ctx, lex, first - 1)
        && TextShape.isJoiner(ctx.text(), ctx.tokenEnd(first - 1), ctx.tokenStart(first))
        && !isBefore(ctx, first - 1)) {
      first--;
    }
    return first;
  }

  private static boolean isNameWord(ScanContext ctx, TokenValues lex, int t) {
    int v = lex.get(t);
    return ctx.tokenHas(t, ScanContext.UPPER_FIRST) && !ctx.tokenHas(t, ScanContext.DIGIT)
        && (v & (NameLexicon.NEVER | NameLexicon.TITLE)) == 0 && !NameLexicon.isFunctionWord(v)
        && !isRoleWord(ctx, t) && !isBefore(ctx, t);
  }

  private static boolean isBefore(ScanContext ctx, int t) {
    return ctx.tokenEquals(t, "before") || ctx.tokenEquals(t, "present");
  }

  private static boolean isRoleWord(ScanContext ctx, int t) {
    for (String w : ROLE_WORDS) {
      if (ctx.tokenEquals(t, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Between tokens {@code a} and {@code b}: a comma and spaces ({@code "KANNE, and"} when {@code spacesOnly} is
   * false), an asterisk allowed after the name ({@code "ANDERSON*,"}); with {@code spacesOnly}, the gap before
   * "and" may also be spaces alone.
   */
  private static boolean isSeparator(ScanContext ctx, int a, int b, boolean spacesOnly) {
    CharSequence text = ctx.text();
    int from = ctx.tokenEnd(a);
    int to = ctx.tokenStart(b);
    boolean comma = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',') {
        if (comma) {
          return false;
        }
        comma = true;
      } else if (c != ' ' && c != '*' && c != '\u00A0') {
        return false;
      }
    }
    return comma || spacesOnly && to > from;
  }
}
