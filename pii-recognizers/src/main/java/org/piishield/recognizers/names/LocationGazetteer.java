package org.piishield.recognizers.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * Multi-word place names ({@code "New York"}, {@code "San Luis Potosí"}, {@code "Ciudad de México"}) matched
 * token by token after case and accent folding, longest phrase first. Phrases are split into tokens the way
 * {@link ScanContext} splits text, so {@code "St. Louis"} is {@code [st, louis]} and {@code "Winston-Salem"}
 * is {@code [winston, salem]}; between matched tokens the text may hold only {@link TextShape#isJoiner short
 * joiners} (a space, a hyphen, a dot, an apostrophe). Immutable and thread-safe.
 */
final class LocationGazetteer {

  /** Kind of place: country. */
  static final int COUNTRY = 1;
  /** State, province, autonomous community, region. */
  static final int STATE = 2;
  /** City or town. */
  static final int CITY = 3;
  /** Neighbourhood, borough or district. */
  static final int NEIGHBOURHOOD = 4;
  /** City or town from the GeoNames list, not checked by hand: it must not follow a determiner. */
  static final int LISTED_TOWN = 5;
  /** Added to the kind when the name is also a common given name, surname or word. */
  static final int AMBIGUOUS = 8;
  /** Set on a phrase written all in capitals ({@code "USA"}, {@code "CDMX"}): it matches only capitals. */
  private static final int ACRONYM = 16;

  /** Groups with more phrases than this get a second index by their second token ("la" → "paz", "plata"…). */
  private static final int SMALL_GROUP = 8;

  private final FoldedWordSet firstIndex;
  private final int[][] byFirst;
  /** Per large group: second token → index into {@link #bySecond}; null for small groups. */
  private final FoldedWordSet[] secondIndex;
  private final int[][][] bySecond;
  private final char[][][] tokens;
  private final int[] kinds;

  private LocationGazetteer(FoldedWordSet firstIndex, int[][] byFirst, FoldedWordSet[] secondIndex,
      int[][][] bySecond, char[][][] tokens, int[] kinds) {
    this.firstIndex = firstIndex;
    this.byFirst = byFirst;
    this.secondIndex = secondIndex;
    this.bySecond = bySecond;
    this.tokens = tokens;
    this.kinds = kinds;
  }

  /** The longest phrase starting at token {@code t}, or -1. */
  int match(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int g = firstIndex.get(text, ctx.tokenStart(t), ctx.tokenLength(t));
    if (g == FoldedWordSet.ABSENT) {
      return -1;
    }
    int[] candidates = byFirst[g];
    int n = ctx.tokenCount();
    if (secondIndex[g] != null) {
      // a large group ("la", "san", "new"): its one-word phrase (kept first) plus the phrases on the next word
      int h = t + 1 < n && TextShape.isJoiner(text, ctx.tokenEnd(t), ctx.tokenStart(t + 1))
          ? secondIndex[g].get(text, ctx.tokenStart(t + 1), ctx.tokenLength(t + 1)) : FoldedWordSet.ABSENT;
      int best = h == FoldedWordSet.ABSENT ? -1 : longest(ctx, t, bySecond[g][h], bySecond[g][h].length);
      boolean single = tokens[candidates[0]].length == 1;
      return best >= 0 || !single ? best : longest(ctx, t, candidates, 1);
    }
    return longest(ctx, t, candidates, candidates.length);
  }

  /** The longest of the first {@code count} {@code candidates} that matches at token {@code t}, or -1. */
  private int longest(ScanContext ctx, int t, int[] candidates, int count) {
    CharSequence text = ctx.text();
    int best = -1;
    int bestLen = 0;
    int n = ctx.tokenCount();
    for (int c = 0; c < count; c++) {
      int p = candidates[c];
      char[][] parts = tokens[p];
      if (parts.length <= bestLen || t + parts.length > n
          || ((kinds[p] & ACRONYM) != 0 && !ctx.tokenHas(t, ScanContext.ALL_UPPER))) {
        continue; // "Usa WhatsApp" (Spanish "uses") is not "USA"
      }
      boolean all = true;
      for (int k = 1; k < parts.length && all; k++) {
        int tk = t + k;
        all = TextShape.isJoiner(text, ctx.tokenEnd(tk - 1), ctx.tokenStart(tk))
            && Fold.regionEquals(text, ctx.tokenStart(tk), ctx.tokenLength(tk), parts[k]);
      }
      if (all) {
        best = p;
        bestLen = parts.length;
      }
    }
    return best;
  }

  /** Number of tokens of phrase {@code p}. */
  int length(int p) {
    return tokens[p].length;
  }

  /** Kind of phrase {@code p} without the {@link #AMBIGUOUS} flag. */
  int kind(int p) {
    return kinds[p] & 7;
  }

  /** Whether phrase {@code p} was listed in capitals and matches only capitals ({@code "USA"}, {@code "U.S."}). */
  boolean isAcronym(int p) {
    return (kinds[p] & ACRONYM) != 0;
  }

  boolean isAmbiguous(int p) {
    return (kinds[p] & AMBIGUOUS) != 0;
  }

  int size() {
    return tokens.length;
  }

  static final class Builder {
    private final Map<String, String[]> phrases = new LinkedHashMap<>();
    private final Map<String, Integer> kindOf = new LinkedHashMap<>();

    /** Adds a phrase; a phrase added twice keeps its first kind and is ambiguous if either entry is. */
    Builder add(String phrase, int kind) {
      List<String> parts = split(phrase);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("location phrase has no word");
      }
      String key = String.join(" ", parts);
      phrases.putIfAbsent(key, parts.toArray(new String[0]));
      kindOf.merge(key, kind | (isAllCapitals(phrase) ? ACRONYM : 0), (a, b) -> a | (b & AMBIGUOUS));
      return this;
    }

    private static boolean isAllCapitals(String phrase) {
      boolean letters = false;
      for (int i = 0; i < phrase.length(); i++) {
        char c = phrase.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters |= Character.isLetter(c);
      }
      return letters;
    }

    /** The folded first tokens of all phrases. */
    List<String> firstTokens() {
      List<String> out = new ArrayList<>();
      for (String[] p : phrases.values()) {
        out.add(p[0]);
      }
      return out;
    }

    LocationGazetteer build() {
      int n = phrases.size();
      char[][][] tokens = new char[n][][];
      int[] kinds = new int[n];
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<String, String[]> e : phrases.entrySet()) {
        String[] parts = e.getValue();
        tokens[i] = new char[parts.length][];
        for (int k = 0; k < parts.length; k++) {
          tokens[i][k] = parts[k].toCharArray();
        }
        kinds[i] = kindOf.get(e.getKey());
        groups.computeIfAbsent(parts[0], x -> new ArrayList<>()).add(i);
        i++;
      }
      FoldedWordSet.Builder fb = new FoldedWordSet.Builder();
      int[][] byFirst = new int[groups.size()][];
      FoldedWordSet[] secondIndex = new FoldedWordSet[groups.size()];
      int[][][] bySecond = new int[groups.size()][][];
      int g = 0;
      for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
        fb.put(e.getKey(), g);
        List<Integer> members = new ArrayList<>(e.getValue());
        members.sort((a, b) -> Integer.compare(tokens[a].length, tokens[b].length)); // the one-word phrase first
        byFirst[g] = members.stream().mapToInt(Integer::intValue).toArray();
        if (members.size() > SMALL_GROUP) {
          Map<String, List<Integer>> seconds = new LinkedHashMap<>();
          for (int p : members) {
            if (tokens[p].length > 1) {
              seconds.computeIfAbsent(new String(tokens[p][1]), x -> new ArrayList<>()).add(p);
            }
          }
          FoldedWordSet.Builder sb = new FoldedWordSet.Builder();
          bySecond[g] = new int[seconds.size()][];
          int k = 0;
          for (Map.Entry<String, List<Integer>> se : seconds.entrySet()) {
            sb.put(se.getKey(), k);
            bySecond[g][k++] = se.getValue().stream().mapToInt(Integer::intValue).toArray();
          }
          secondIndex[g] = sb.build();
        }
        g++;
      }
      return new LocationGazetteer(fb.build(), byFirst, secondIndex, bySecond, tokens, kinds);
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
}
