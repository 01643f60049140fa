package org.piishield.recognizers.names;

import org.piishield.detect.ScanContext;

/**
 * English syntactic slots where a lone capitalised word is most likely a person: the subject of a personal
 * verb, a vocative, a possessive. Only consulted for a lone candidate word, so a few folded token compares
 * cost nothing.
 *
 * <ul>
 *   <li>subject: {@code "Tomomi is from…"}, {@code "Vehbija has been…"}, {@code "Akifumi just has to…"}
 *       (the word right after, separated by spaces, is one of {@link #VERBS});
 *   <li>vocative: {@code "Leif, can I please speak to your boss?"} (sentence-initial word, a comma, then
 *       one of {@link #VOCATIVE_NEXT});
 *   <li>possessive: {@code "Shovda's cautionary tales"} ({@code 's} then a lower-case word).
 * </ul>
 *
 * <p>Near misses: {@code "Telenav is a design agency"} (a definition) and {@code "from Allianz is"} (an
 * employer) do not fill it. {@code "Google's…"} still does; the caller therefore only uses it for words that
 * are in no word, place or organisation list, and scores them at 0.5 at most.
 */
final class PersonSlot {

  private PersonSlot() {}

  /** Verbs and adverbs right after a subject person: {@code "X is"}, {@code "X told"}, {@code "X just"}. */
  static final String[] VERBS = {
      "is", "was", "has", "had", "said", "says", "told", "went", "wants", "wanted", "likes", "loves", "thinks",
      "knows", "asked", "called", "just", "always", "never", "also", "will", "would", "can", "could", "did",
      "does"};

  /** Words after a sentence-initial vocative and its comma: {@code "Leif, can I…"}, {@code "Ana, please…"}. */
  static final String[] VOCATIVE_NEXT = {
      "can", "could", "would", "will", "please", "thanks", "thank", "do", "did", "are", "have", "what", "where",
      "when", "how", "why", "we", "you", "listen", "look"};

  /** Whether the lone candidate at token {@code t} fills a person slot, else 0. */
  static boolean fills(ScanContext ctx, int t, boolean sentenceStart) {
    CharSequence text = ctx.text();
    int n = t + 1;
    if (n >= ctx.tokenCount() || !ctx.tokenHas(n, ScanContext.LOWER_FIRST)) {
      return false;
    }
    int gapFrom = ctx.tokenEnd(t);
    int gapTo = ctx.tokenStart(n);
    if (TextShape.isSpaces(text, gapFrom, gapTo)) {
      return anyEquals(ctx, n, VERBS) && !isDefinition(ctx, n) && !afterFrom(ctx, t);
    }
    char c = text.charAt(gapFrom);
    if (gapTo - gapFrom == 1 && (c == '\'' || c == '\u2019')) {
      // "Shovda's tales": 's then a space and a lower-case word
      int e = ctx.tokenEnd(n);
      return ctx.tokenLength(n) == 1 && ctx.tokenEquals(n, "s") && n + 1 < ctx.tokenCount()
          && TextShape.isSpaces(text, e, ctx.tokenStart(n + 1)) && ctx.tokenHas(n + 1, ScanContext.LOWER_FIRST);
    }
    if (sentenceStart && c == ',' && gapTo - gapFrom == 2 && text.charAt(gapFrom + 1) == ' ') {
      return anyEquals(ctx, n, VOCATIVE_NEXT);
    }
    return false;
  }

  /** {@code "Telenav is a design agency"}: a definition describes a company or a thing more often. */
  private static boolean isDefinition(ScanContext ctx, int verb) {
    int n = verb + 1;
    return n < ctx.tokenCount() && (ctx.tokenEquals(verb, "is") || ctx.tokenEquals(verb, "was"))
        && (ctx.tokenEquals(n, "a") || ctx.tokenEquals(n, "an") || ctx.tokenEquals(n, "the"));
  }

  /**
   * {@code "Ana Ruiz from Allianz is…"}, {@code "at Telenav"}: an employer or a place; {@code "The Xorblat
   * is"}: a thing.
   */
  private static boolean afterFrom(ScanContext ctx, int t) {
    int p = t - 1;
    return p >= 0 && (ctx.tokenEquals(p, "from") || ctx.tokenEquals(p, "at") || ctx.tokenEquals(p, "in")
        || ctx.tokenEquals(p, "the") || ctx.tokenEquals(p, "a") || ctx.tokenEquals(p, "an")
        || ctx.tokenEquals(p, "this") || ctx.tokenEquals(p, "that") || ctx.tokenEquals(p, "our"));
  }

  private static boolean anyEquals(ScanContext ctx, int t, String[] words) {
    int len = ctx.tokenLength(t);
    for (String w : words) {
      if (w.length() == len && ctx.tokenEquals(t, w)) {
        return true;
      }
    }
    return false;
  }
}
