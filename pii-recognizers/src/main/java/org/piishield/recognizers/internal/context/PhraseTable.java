package org.piishield.recognizers.internal.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * Multi-word phrases, each with an {@code int} value, matched token by token after case and accent folding
 * at an exact token position: ending at a token ({@code "número de placa"} ending at {@code placa}) or
 * starting at one ({@code "New York"} starting at {@code New}). Unlike {@link org.piishield.detect.ContextWords}
 * it says <em>where</em> the phrase is, which {@code LeadingContext} needs to check that only filler words
 * ({@code no.}, {@code number}, {@code is}) separate the phrase from the value.
 *
 * <p>Phrases are split into tokens the way {@link ScanContext} splits text ({@code "driver's license"} is
 * {@code [driver, s, license]}); the gaps between a phrase's tokens in the text must be 1 to 3 chars without
 * a line break. The longest phrase wins. Immutable and thread-safe.
 */
public final class PhraseTable {

  private static final int MAX_INNER_GAP = 3;
  private static final int MAX_WORD = 31;

  private final String[] phrases;
  private final char[][][] words;
  private final int[] values;
  private final FoldedWordSet lastWords;
  private final int[][] byLast;
  private final FoldedWordSet firstWords;
  private final int[][] byFirst;
  /** Per length of a phrase's last word: bit set of its folded first chars ({@code a}=0 ... other=26). */
  private final int[] lastWordFirstChars = new int[MAX_WORD + 1];
  /** Per length of a phrase's last word: bit set of its folded last chars. */
  private final int[] lastWordLastChars = new int[MAX_WORD + 1];

  private PhraseTable(Map<String, Integer> phraseValues) {
    int n = phraseValues.size();
    phrases = new String[n];
    words = new char[n][][];
    values = new int[n];
    int p = 0;
    for (Map.Entry<String, Integer> e : phraseValues.entrySet()) {
      phrases[p] = e.getKey();
      List<String> parts = split(e.getKey());
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("phrase has no word: '" + e.getKey() + "'");
      }
      words[p] = new char[parts.size()][];
      for (int k = 0; k < parts.size(); k++) {
        words[p][k] = parts.get(k).toCharArray();
      }
      values[p] = e.getValue();
      p++;
    }
    FoldedWordSet.Builder lastB = new FoldedWordSet.Builder();
    FoldedWordSet.Builder firstB = new FoldedWordSet.Builder();
    byLast = group(lastB, true);
    byFirst = group(firstB, false);
    lastWords = lastB.build();
    firstWords = firstB.build();
    for (char[][] w : words) {
      char[] last = w[w.length - 1];
      if (last.length <= MAX_WORD) {
        lastWordFirstChars[last.length] |= charBit(last[0]);
        lastWordLastChars[last.length] |= charBit(last[last.length - 1]);
      }
    }
  }

  private static int charBit(char folded) {
    return 1 << (folded >= 'a' && folded <= 'z' ? folded - 'a' : 26);
  }

  /**
   * Cheap pre-test for {@link #matchEndingAt}: whether token {@code t}'s length, first and last letter fit some
   * phrase's last word. Rejects most words of running text without hashing them.
   */
  public boolean mayEndPhrase(ScanContext ctx, int t) {
    int len = ctx.tokenLength(t);
    if (len > MAX_WORD) {
      return false;
    }
    CharSequence text = ctx.text();
    return (lastWordFirstChars[len] & charBit(Fold.fold(text.charAt(ctx.tokenStart(t))))) != 0
        && (lastWordLastChars[len] & charBit(Fold.fold(text.charAt(ctx.tokenEnd(t) - 1)))) != 0;
  }

  /** Phrases all with value 1. */
  public static PhraseTable of(String... phrases) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String s : phrases) {
      m.put(s, 1);
    }
    return new PhraseTable(m);
  }

  /** Phrases with their values, e.g. {@code "badge" -> BADGE, "employee id" -> EMPLOYEE}. */
  public static PhraseTable of(Map<String, Integer> phraseValues) {
    return new PhraseTable(new LinkedHashMap<>(phraseValues));
  }

  /** Groups phrase ids by their first or last word, longest phrase first in each group. */
  private int[][] group(FoldedWordSet.Builder b, boolean byLastWord) {
    Map<String, Integer> groupOf = new HashMap<>();
    List<List<Integer>> groups = new ArrayList<>();
    for (int p = 0; p < phrases.length; p++) {
      char[][] w = words[p];
      String key = new String(byLastWord ? w[w.length - 1] : w[0]);
      Integer g = groupOf.get(key);
      if (g == null) {
        g = groups.size();
        groupOf.put(key, g);
        groups.add(new ArrayList<>());
        b.put(key, g);
      }
      groups.get(g).add(p);
    }
    int[][] out = new int[groups.size()][];
    for (int g = 0; g < out.length; g++) {
      List<Integer> ids = groups.get(g);
      ids.sort(Comparator.comparingInt((Integer id) -> -words[id].length).thenComparingInt(id -> id));
      out[g] = ids.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  public int size() {
    return phrases.length;
  }

  public String phrase(int p) {
    return phrases[p];
  }

  public int value(int p) {
    return values[p];
  }

  /** The folded last word of phrase {@code p}. */
  public String lastWord(int p) {
    char[][] w = words[p];
    return new String(w[w.length - 1]);
  }

  /** Number of tokens of phrase {@code p}. */
  public int tokenCount(int p) {
    return words[p].length;
  }

  /** The longest phrase whose last token is token {@code last}; its id, or -1. */
  public int matchEndingAt(ScanContext ctx, int last) {
    if (last < 0 || last >= ctx.tokenCount() || !mayEndPhrase(ctx, last)) {
      return -1;
    }
    int g = lastWords.get(ctx.text(), ctx.tokenStart(last), ctx.tokenLength(last));
    if (g == FoldedWordSet.ABSENT) {
      return -1;
    }
    for (int p : byLast[g]) {
      int first = last - words[p].length + 1;
      if (first >= 0 && matchesAt(ctx, p, first)) {
        return p;
      }
    }
    return -1;
  }

  /** The longest phrase whose first token is token {@code first}; its id, or -1. */
  public int matchStartingAt(ScanContext ctx, int first) {
    if (first < 0 || first >= ctx.tokenCount()) {
      return -1;
    }
    int g = firstWords.get(ctx.text(), ctx.tokenStart(first), ctx.tokenLength(first));
    if (g == FoldedWordSet.ABSENT) {
      return -1;
    }
    for (int p : byFirst[g]) {
      if (first + words[p].length <= ctx.tokenCount() && matchesAt(ctx, p, first)) {
        return p;
      }
    }
    return -1;
  }

  private boolean matchesAt(ScanContext ctx, int p, int first) {
    CharSequence text = ctx.text();
    char[][] w = words[p];
    for (int k = 0; k < w.length; k++) {
      int t = first + k;
      if (!Fold.regionEquals(text, ctx.tokenStart(t), ctx.tokenLength(t), w[k])) {
        return false;
      }
      if (k > 0 && !isInnerGap(text, ctx.tokenEnd(t - 1), ctx.tokenStart(t))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInnerGap(CharSequence text, int a, int b) {
    if (b - a > MAX_INNER_GAP) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static List<String> split(String phrase) {
    List<String> out = new ArrayList<>();
    ScanContext ctx = new ScanContext().reset(phrase, Language.EN);
    for (int i = 0; i < ctx.tokenCount(); i++) {
      out.add(Fold.fold(phrase.substring(ctx.tokenStart(i), ctx.tokenEnd(i))));
    }
    return out;
  }
}
