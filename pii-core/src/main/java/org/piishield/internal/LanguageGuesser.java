package org.piishield.internal;

import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * Guesses English or Spanish from function words in the first tokens of a text. Ties and texts without
 * function words go to English.
 */
public final class LanguageGuesser {

  private static final FoldedWordSet EN = FoldedWordSet.of("the", "and", "of", "to", "is", "was", "in", "for",
      "with", "he", "she", "his", "her", "at", "on", "that", "this", "from", "by", "are", "you", "we", "it",
      "be", "have", "has", "will", "not", "or", "an");
  private static final FoldedWordSet ES = FoldedWordSet.of("el", "la", "los", "las", "de", "del", "y", "que",
      "en", "un", "una", "por", "con", "para", "es", "se", "su", "al", "lo", "como", "mas", "pero", "sus", "le",
      "ha", "este", "esta", "vive", "fue", "son", "muy", "sin", "sobre");
  /** Function words settle the language within the first few hundred tokens; more only costs time. */
  private static final int MAX_TOKENS = 400;

  private LanguageGuesser() {}

  public static Language guess(ScanContext ctx) {
    int en = 0;
    int es = 0;
    int n = Math.min(ctx.tokenCount(), MAX_TOKENS);
    CharSequence text = ctx.text();
    for (int i = 0; i < n; i++) {
      int s = ctx.tokenStart(i);
      int len = ctx.tokenLength(i);
      if (len > 5) {
        continue;
      }
      if (EN.contains(text, s, len)) {
        en++;
      }
      if (ES.contains(text, s, len)) {
        es++;
      }
    }
    return es > en ? Language.ES : Language.EN;
  }
}
