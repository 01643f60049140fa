package org.piishield.detect;

import java.util.ArrayList;
import java.util.List;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * A compiled set of context phrases ({@code "ssn"}, {@code "date of birth"}, {@code "fecha de nacimiento"}),
 * matched token by token after case and accent folding, so {@code "Teléfono"} matches {@code "telefono"}.
 * Phrases are split into tokens the way {@link ScanContext} splits text: {@code "employee no."} is
 * {@code [employee, no]}. Immutable and thread-safe.
 */
public final class ContextWords {

  public static final ContextWords NONE = new ContextWords(List.of());

  private final String[] phrases;
  private final char[][][] tokens;
  private final FoldedWordSet firstWords;
  private final int[][] byFirst;

  private ContextWords(List<String> phraseList) {
    this.phrases = phraseList.toArray(new String[0]);
    this.tokens = new char[phrases.length][][];
    FoldedWordSet.Builder b = new FoldedWordSet.Builder();
    List<List<Integer>> groups = new ArrayList<>();
    java.util.Map<String, Integer> groupOf = new java.util.HashMap<>();
    for (int p = 0; p < phrases.length; p++) {
      List<String> parts = split(phrases[p]);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("context phrase has no word: '" + phrases[p] + "'");
      }
      tokens[p] = new char[parts.size()][];
      for (int k = 0; k < parts.size(); k++) {
        tokens[p][k] = parts.get(k).toCharArray();
      }
      Integer g = groupOf.get(parts.get(0));
      if (g == null) {
        g = groups.size();
        groupOf.put(parts.get(0), g);
        groups.add(new ArrayList<>());
        b.put(parts.get(0), g);
      }
      groups.get(g).add(p);
    }
    this.firstWords = b.build();
    this.byFirst = new int[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      byFirst[g] = groups.get(g).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  public static ContextWords of(String... phrases) {
    return new ContextWords(List.of(phrases));
  }

  public static ContextWords of(List<String> phrases) {
    return new ContextWords(List.copyOf(phrases));
  }

  public boolean isEmpty() {
    return phrases.length == 0;
  }

  /** The phrase with index {@code i} as given. */
  public String phrase(int i) {
    return phrases[i];
  }

  /**
   * Finds a phrase that lies wholly within tokens {@code [fromToken, toToken)} of {@code ctx}; returns
   * its index or -1. Scans right to left, so the phrase nearest the end of the window wins.
   */
  public int find(ScanContext ctx, int fromToken, int toToken) {
    int from = Math.max(0, fromToken);
    int to = Math.min(ctx.tokenCount(), toToken);
    CharSequence text = ctx.text();
    for (int t = to - 1; t >= from; t--) {
      if (ctx.tokenHas(t, ScanContext.LABEL)) {
        continue;
      }
      int g = firstWords.get(text, ctx.tokenStart(t), ctx.tokenLength(t));
      if (g == FoldedWordSet.ABSENT) {
        continue;
      }
      for (int p : byFirst[g]) {
        char[][] parts = tokens[p];
        if (t + parts.length > to) {
          continue;
        }
        boolean all = true;
        for (int k = 1; k < parts.length && all; k++) {
          int tk = t + k;
          all = Fold.regionEquals(text, ctx.tokenStart(tk), ctx.tokenLength(tk), parts[k]);
        }
        if (all) {
          return p;
        }
      }
    }
    return -1;
  }

  /**
   * Finds a phrase among the {@code before} tokens preceding char offset {@code start} and the
   * {@code after} tokens following char offset {@code end}; returns its index or -1.
   */
  public int findAround(ScanContext ctx, int start, int end, int before, int after) {
    if (phrases.length == 0) {
      return -1;
    }
    int first = ctx.tokenAtOrAfter(start);
    int p = find(ctx, first - before, first);
    if (p >= 0 || after <= 0) {
      return p;
    }
    int next = ctx.tokenAtOrAfter(end);
    return find(ctx, next, next + after);
  }

  static List<String> split(String phrase) {
    List<String> out = new ArrayList<>();
    ScanContext ctx = new ScanContext().reset(phrase, Language.EN);
    for (int i = 0; i < ctx.tokenCount(); i++) {
      out.add(Fold.fold(phrase.substring(ctx.tokenStart(i), ctx.tokenEnd(i))));
    }
    return out;
  }
}
