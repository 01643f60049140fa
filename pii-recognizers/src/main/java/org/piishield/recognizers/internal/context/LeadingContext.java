package org.piishield.recognizers.internal.context;

import org.piishield.detect.ScanContext;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * A context phrase that must come right before a value, with only filler words between them:
 * {@code "Passport No.: A12345678"}, {@code "badge number is 4521"}, {@code "placa número 1234"}.
 *
 * <p>Most digit tokens in prose follow an ordinary word, so {@link #mayLead} first rejects the word before a
 * candidate by its length, first and last letter alone (bit masks per length built from the phrases' last
 * words and the fillers: {@code "in"} is rejected because no two-letter word of the set ends in {@code n}),
 * without hashing; only the survivors are looked up. Words inside a redaction label
 * ({@code [BADGE_NUMBER]}) end the search, so a label never serves as context for the next value.
 * Immutable and thread-safe.
 */
public final class LeadingContext {

  /** Words allowed between the phrase and the value. */
  public static final String[] FILLER_WORDS = {"no", "nos", "number", "num", "nbr", "nr", "nº", "n", "is", "was", "numero",
      "de", "del", "id", "es", "reads", "read"};
  private static final FoldedWordSet FILLERS = FoldedWordSet.of(FILLER_WORDS);
  private static final int OTHER_CHAR = 26;
  private static final int MAX_LEN = 24;

  private final PhraseTable phrases;
  private final int maxFillers;
  private final int maxGap;
  /** Per word length: the folded first chars (bit 0 = 'a' ... bit 26 = other) that words of the set have. */
  private final int[] firstChars = new int[MAX_LEN + 1];
  /** Per word length: the folded last chars. */
  private final int[] lastChars = new int[MAX_LEN + 1];

  /**
   * @param maxFillers filler words allowed between phrase and value
   * @param maxGap chars allowed between any two of these tokens ({@code ".: "} is 3)
   */
  public LeadingContext(PhraseTable phrases, int maxFillers, int maxGap) {
    this.phrases = phrases;
    this.maxFillers = maxFillers;
    this.maxGap = maxGap;
    for (int p = 0; p < phrases.size(); p++) {
      addToMasks(phrases.lastWord(p));
    }
    for (String f : FILLER_WORDS) {
      addToMasks(Fold.fold(f));
    }
  }

  private void addToMasks(String folded) {
    int len = folded.length();
    if (len > MAX_LEN) {
      throw new IllegalArgumentException("context word longer than " + MAX_LEN + " chars");
    }
    firstChars[len] |= charBit(folded.charAt(0));
    lastChars[len] |= charBit(folded.charAt(len - 1));
  }

  public PhraseTable phrases() {
    return phrases;
  }

  /** Cheap pre-test: whether token {@code t} could be a phrase's last word or a filler (no hashing). */
  public boolean mayLead(ScanContext ctx, int t) {
    if (t < 0 || ctx.tokenHas(t, ScanContext.DIGIT)) {
      return false;
    }
    int len = ctx.tokenLength(t);
    if (len > MAX_LEN) {
      return false;
    }
    CharSequence text = ctx.text();
    return (firstChars[len] & charBit(Fold.fold(text.charAt(ctx.tokenStart(t))))) != 0
        && (lastChars[len] & charBit(Fold.fold(text.charAt(ctx.tokenEnd(t) - 1)))) != 0;
  }

  /** The phrase that leads the value starting at token {@code value}: its id in {@link #phrases()}, or -1. */
  public int find(ScanContext ctx, int value) {
    CharSequence text = ctx.text();
    int fillersSeen = 0;
    for (int t = value - 1; t >= 0; t--) {
      if (ctx.tokenStart(t + 1) - ctx.tokenEnd(t) > maxGap || !mayLead(ctx, t)
          || RedactionLabels.isInLabel(text, ctx.tokenStart(t), ctx.tokenEnd(t))) {
        return -1;
      }
      int p = phrases.matchEndingAt(ctx, t);
      if (p >= 0) {
        return RedactionLabels.anyTokenInLabel(ctx, t - phrases.tokenCount(p) + 1, t) ? -1 : p;
      }
      if (fillersSeen == maxFillers || !FILLERS.contains(text, ctx.tokenStart(t), ctx.tokenLength(t))) {
        return -1;
      }
      fillersSeen++;
    }
    return -1;
  }

  /** Whether token {@code t} is a filler word. */
  public static boolean isFiller(ScanContext ctx, int t) {
    return t >= 0 && t < ctx.tokenCount() && FILLERS.contains(ctx.text(), ctx.tokenStart(t), ctx.tokenLength(t));
  }

  private static int charBit(char folded) {
    return 1 << (folded >= 'a' && folded <= 'z' ? folded - 'a' : OTHER_CHAR);
  }
}
