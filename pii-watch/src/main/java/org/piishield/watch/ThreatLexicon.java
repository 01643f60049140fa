package org.piishield.watch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * Finds threat and call-to-action phrases ("we know where you live", "pay him a visit", "share this",
 * "cuidado con", "compártelo", "sabemos dónde vive") in a document, in English and Spanish.
 *
 * <p>Matching is on whole words, case- and accent-insensitive ({@link Fold}: {@code "COMPARTELO"} matches
 * {@code compártelo}), and tolerant of any run of whitespace, line breaks and apostrophes between the words of
 * a phrase ({@code "know where\n  he lives"}); any other character (a full stop, a comma, a dash) between two
 * words breaks the phrase. A word is a run of letters and digits, with combining accents kept inside it, so
 * {@code "knowledge"} never matches {@code know} and {@code "visitor"} never matches {@code visit}. Words
 * are matched, not meanings: {@code "pay a visit to the museum"} contains the phrase {@code pay a visit} and
 * is reported; an alert needs an enrolled person's identifier besides (see {@link ExposureScorer}).
 *
 * <p>{@link #find} returns the spans sorted by start: from the first char of a phrase's first word to the last
 * char of its last word. A phrase found inside a longer one is dropped ({@code "we know where you live"}
 * gives one span, not two); overlapping phrases are both kept. At most {@link #MAX_SPANS} phrases are found
 * per document, so hostile input degrades gently.
 *
 * <p>Lexicon format (resources {@code threats_en.txt}, {@code threats_es.txt}): UTF-8, one phrase per line,
 * {@code #} starts a comment. A group {@code (a|b|c)} lists alternatives for its position, an empty
 * alternative makes it optional and an alternative may hold several words: {@code pay (him|her|them|) a
 * visit} stands for "pay him a visit", "pay her a visit", "pay them a visit" and "pay a visit".
 *
 * <p>Immutable and thread-safe. Example:
 * <pre>{@code
 * ThreatLexicon.standard().find("WE KNOW WHERE\nHE LIVES.")  // [ThreatSpan[start=0, end=22]]
 * }</pre>
 */
public final class ThreatLexicon {

  /** At most this many phrases are reported per document. */
  public static final int MAX_SPANS = 10_000;

  /** At most this many phrases come from one lexicon line once its groups are expanded. */
  static final int MAX_EXPANSIONS = 512;

  private static final int ROOT = 0;

  private final FoldedWordSet words;
  private final Transitions next;
  private final boolean[] accepting;
  private final int maxWords;
  private final int phrases;

  /*
   * One pass over the text (STYLE.md hot-path rule 0): each word is looked up once in a folded word set
   * (most words of a document are in no phrase and are rejected by its length/first-char filter before
   * hashing); the words of the lexicon's phrases form a trie over word ids, and the partial matches alive
   * at a word are at most the longest phrase's word count.
   */

  private ThreatLexicon(FoldedWordSet words, Transitions next, boolean[] accepting, int maxWords, int phrases) {
    this.words = words;
    this.next = next;
    this.accepting = accepting;
    this.maxWords = maxWords;
    this.phrases = phrases;
  }

  /** The built-in English and Spanish lexicon. */
  public static ThreatLexicon standard() {
    return Standard.INSTANCE;
  }

  /**
   * A lexicon built from phrase lines in the resource format (groups allowed, no comments).
   *
   * @throws IllegalArgumentException for an unbalanced group, a line with no word or too many expansions
   */
  public static ThreatLexicon of(Iterable<String> lines) {
    Map<String, Integer> ids = new HashMap<>();
    List<int[]> sequences = new ArrayList<>();
    for (String line : lines) {
      List<String> expanded = new ArrayList<>();
      expand(line, expanded);
      for (String phrase : expanded) {
        List<String> tokens = tokens(phrase);
        if (tokens.isEmpty()) {
          throw new IllegalArgumentException("threat phrase with no word: '" + line + "'");
        }
        int[] seq = new int[tokens.size()];
        for (int i = 0; i < seq.length; i++) {
          seq[i] = ids.computeIfAbsent(tokens.get(i), k -> ids.size());
        }
        sequences.add(seq);
      }
    }
    Transitions next = new Transitions(sequences.size() * 4);
    int states = 1;
    int maxWords = 0;
    List<Integer> accept = new ArrayList<>();
    for (int[] seq : sequences) {
      int state = ROOT;
      for (int id : seq) {
        int to = next.get(state, id);
        if (to < 0) {
          to = states++;
          next.put(state, id, to);
        }
        state = to;
      }
      accept.add(state);
      maxWords = Math.max(maxWords, seq.length);
    }
    boolean[] accepting = new boolean[states];
    for (int s : accept) {
      accepting[s] = true;
    }
    return new ThreatLexicon(FoldedWordSet.of(ids), next, accepting, maxWords, sequences.size());
  }

  /** The number of distinct phrases once groups are expanded. */
  public int size() {
    return phrases;
  }

  /** The threat phrases in {@code text}, sorted by start, none inside another. */
  public List<ThreatSpan> find(CharSequence text) {
    int n = text.length();
    int[] liveState = new int[maxWords + 1];
    int[] liveStart = new int[maxWords + 1];
    int[] nextState = new int[maxWords + 1];
    int[] nextStart = new int[maxWords + 1];
    int live = 0;
    Found found = new Found();
    boolean broken = true;
    int i = 0;
    while (i < n && found.size < MAX_SPANS) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        broken |= !isSoftGap(c);
        i++;
        continue;
      }
      int start = i;
      boolean marks = false;
      while (i < n && isWordPart(text.charAt(i))) {
        marks |= isMark(text.charAt(i));
        i++;
      }
      int id = marks ? lookupStripped(text, start, i) : words.get(text, start, i - start);
      int count = 0;
      if (id != FoldedWordSet.ABSENT) {
        if (!broken) {
          for (int k = 0; k < live; k++) {
            int to = next.get(liveState[k], id);
            if (to >= 0) {
              nextState[count] = to;
              nextStart[count++] = liveStart[k];
              if (accepting[to]) {
                found.add(liveStart[k], i);
              }
            }
          }
        }
        int to = next.get(ROOT, id);
        if (to >= 0) {
          nextState[count] = to;
          nextStart[count++] = start;
          if (accepting[to]) {
            found.add(start, i);
          }
        }
      }
      int[] t = liveState;
      liveState = nextState;
      nextState = t;
      t = liveStart;
      liveStart = nextStart;
      nextStart = t;
      live = count;
      broken = false;
    }
    return found.maximal();
  }

  /** Whitespace (including no-break spaces) and apostrophes may separate the words of a phrase. */
  private static boolean isSoftGap(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || isMark(c);
  }

  private static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Looks up a decomposed word ({@code "compa\u0301rtelo"}) without its combining marks; rare, so it allocates. */
  private int lookupStripped(CharSequence text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int j = start; j < end; j++) {
      if (!isMark(text.charAt(j))) {
        sb.append(text.charAt(j));
      }
    }
    return words.get(sb, 0, sb.length());
  }

  /** The folded words of a phrase, split the way {@link #find} splits a document. */
  static List<String> tokens(String phrase) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int j = 0; j < phrase.length(); j++) {
      char c = phrase.charAt(j);
      if (Character.isLetterOrDigit(c) || (cur.length() > 0 && isMark(c))) {
        if (!isMark(c)) {
          cur.append(Fold.fold(c));
        }
      } else if (cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  /** Expands the first {@code (a|b)} group of {@code line} and recurses; a line without groups is itself. */
  static void expand(String line, List<String> out) {
    int open = line.indexOf('(');
    int close = line.indexOf(')');
    if (open < 0 && close < 0) {
      if (out.size() >= MAX_EXPANSIONS) {
        throw new IllegalArgumentException("threat phrase expands to more than " + MAX_EXPANSIONS
            + " phrases: '" + line + "'");
      }
      out.add(line);
      return;
    }
    if (open < 0 || close < open || line.indexOf('(', open + 1) >= 0 && line.indexOf('(', open + 1) < close) {
      throw new IllegalArgumentException("unbalanced or nested group in threat phrase: '" + line + "'");
    }
    String head = line.substring(0, open);
    String tail = line.substring(close + 1);
    for (String alt : line.substring(open + 1, close).split("\\|", -1)) {
      expand(head + ' ' + alt + ' ' + tail, out);
    }
  }

  /** Raw phrase matches in the order found, resolved to sorted maximal spans. */
  private static final class Found {
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int size;

    void add(int start, int end) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = start;
      ends[size++] = end;
    }

    List<ThreatSpan> maximal() {
      long[] packed = new long[size];
      for (int k = 0; k < size; k++) {
        // start ascending, then end descending: the longest phrase at a start comes first.
        packed[k] = ((long) starts[k] << 32) | (0xffffffffL - ends[k]);
      }
      Arrays.sort(packed);
      List<ThreatSpan> out = new ArrayList<>();
      int lastEnd = -1;
      for (long p : packed) {
        int start = (int) (p >>> 32);
        int end = (int) (0xffffffffL - (p & 0xffffffffL));
        if (end > lastEnd) {
          out.add(new ThreatSpan(start, end));
          lastEnd = end;
        }
      }
      return out;
    }
  }

  /** The trie's edges: {@code (state, word id) -> state}, open addressing over packed {@code long} keys. */
  private static final class Transitions {
    private long[] keys;
    private int[] values;
    private int size;

    Transitions(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
      keys = new long[cap];
      values = new int[cap];
      Arrays.fill(values, -1);
    }

    int get(int state, int word) {
      long key = pack(state, word);
      int mask = keys.length - 1;
      for (int i = slot(key) & mask; ; i = (i + 1) & mask) {
        if (values[i] < 0) {
          return -1;
        }
        if (keys[i] == key) {
          return values[i];
        }
      }
    }

    void put(int state, int word, int to) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      insert(pack(state, word), to);
    }

    private void insert(long key, int to) {
      int mask = keys.length - 1;
      int i = slot(key) & mask;
      while (values[i] >= 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (values[i] < 0) {
        size++;
      }
      keys[i] = key;
      values[i] = to;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(values, -1);
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] >= 0) {
          insert(oldKeys[i], oldValues[i]);
        }
      }
    }

    private static long pack(int state, int word) {
      return ((long) state << 32) | (word & 0xffffffffL);
    }

    private static int slot(long key) {
      long h = key * 0x9e3779b97f4a7c15L;
      return (int) (h ^ (h >>> 32));
    }
  }

  /** The built-in lexicon, loaded on first use. */
  private static final class Standard {
    static final ThreatLexicon INSTANCE = load();

    private static ThreatLexicon load() {
      List<String> lines = new ArrayList<>();
      for (String resource : List.of("threats_en.txt", "threats_es.txt")) {
        FoldedWordSet.readLines(ThreatLexicon.class, resource, (phrase, value) -> lines.add(phrase));
      }
      return of(lines);
    }
  }
}
