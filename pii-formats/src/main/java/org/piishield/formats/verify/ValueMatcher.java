package org.piishield.formats.verify;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Finds which of many withheld values occur in a text in one pass (an Aho-Corasick automaton over the values'
 * {@link SearchText} forms), so checking a 2,000-page release for 10,000 withheld values costs one walk of its
 * text rather than 10,000.
 *
 * <p>Example: for the values {@code "Ana Ruiz"} and {@code "(312) 555-0142"},
 * {@code markFound(SearchText.of("Call ANA  RUIZ at 312.555.0142"), true, found)} sets {@code found[0]}
 * (folded, no whitespace) and {@code found[1]} (by its digits alone); with {@code byDigits} false only
 * {@code found[0]}.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class ValueMatcher {

  /** Long values, in the folded text without whitespace. */
  private final Automaton folded;
  /** Short values, as whole words of the spaced text. */
  private final Automaton words;
  /** Values with enough digits, on digit-group boundaries. */
  private final Automaton digits;
  private final int size;
  private final SearchText[] forms;
  /** Per value: how often the original holds it outside withheld spans (short numbers only, else 0). */
  private final int[] kept;

  private ValueMatcher(List<SearchText> values, int[] kept) {
    size = values.size();
    forms = values.toArray(SearchText[]::new);
    this.kept = kept;
    String[] f = new String[size];
    String[] w = new String[size];
    String[] d = new String[size];
    for (int i = 0; i < size; i++) {
      SearchText v = values.get(i);
      boolean empty = v.folded().isEmpty();
      f[i] = empty || v.wholeWords() ? "" : v.folded();
      w[i] = empty || !v.wholeWords() ? "" : v.spaced();
      d[i] = empty || !v.byDigits() ? "" : v.digits();
    }
    folded = new Automaton(f);
    words = new Automaton(w);
    digits = new Automaton(d);
  }

  /** A matcher for {@code values}; index {@code i} of a found array stands for {@code values.get(i)}. */
  public static ValueMatcher of(List<SearchText> values) {
    return new ValueMatcher(values, new int[values.size()]);
  }

  /**
   * A matcher for the values of {@code withheld}, in order. A value the original also holds outside withheld spans
   * ({@link WithheldValue#keptElsewhere()}) is left to {@link #markFoundInText}, which counts it.
   */
  public static ValueMatcher ofWithheld(List<WithheldValue> withheld) {
    return new ValueMatcher(withheld.stream().map(w -> SearchText.of(w.value())).toList(),
        withheld.stream().mapToInt(WithheldValue::keptElsewhere).toArray());
  }

  /** How many values this matcher looks for. */
  public int size() {
    return size;
  }

  /** A new array of {@link #size()} flags, none set. */
  public boolean[] newFound() {
    return new boolean[size];
  }

  /**
   * Sets {@code found[i]} for every value {@code text} {@link SearchText#contains contains} (by digits only when
   * {@code byDigits}). Flags already set stay set.
   */
  public void markFound(SearchText text, boolean byDigits, boolean[] found) {
    markFound(text, byDigits, false, found);
  }

  private void markFound(SearchText text, boolean byDigits, boolean skipShortNumbers, boolean[] found) {
    folded.scan(text.folded(), (p, start, end) -> found[p] |= kept[p] == 0);
    words.scan(text.spaced(), (p, start, end) -> found[p] |= kept[p] == 0
        && !(skipShortNumbers && forms[p].isShortNumber()) && text.isWholeWords(start, end));
    if (byDigits) {
      digits.scan(text.digits(), (p, start, end) -> found[p] |= kept[p] == 0 && text.isWholeDigitGroups(start, end));
    }
  }

  /**
   * As {@link #markFound} without digits, for a piece of a file's raw objects (a string, a decoded stream): short
   * numbers are not searched there, since content streams are full of numbers ({@code -6314} kerning in a
   * {@code TJ} array); the text checks look for them.
   */
  public void markFoundInPieces(SearchText text, boolean[] found) {
    markFound(text, false, true, found);
  }

  /**
   * As {@link #markFound} by digits too, for a whole document's text: a value the original also holds outside
   * withheld spans is found when {@code text} holds it more often than that ({@link #count}).
   */
  public void markFoundInText(SearchText text, boolean[] found) {
    markFound(text, true, found);
    int[] counts = null;
    for (int p = 0; p < size; p++) {
      if (kept[p] > 0) {
        counts = counts != null ? counts : count(text);
        found[p] |= counts[p] > kept[p];
      }
    }
  }

  /**
   * How often each value occurs in {@code text}: long values anywhere in the folded text, short ones as whole
   * words of the spaced text (not by digits). {@link WithheldValues} counts the original outside withheld spans
   * this way, and {@link #markFoundInText} the copy.
   */
  public int[] count(SearchText text) {
    int[] counts = new int[size];
    folded.scan(text.folded(), (p, start, end) -> counts[p]++);
    words.scan(text.spaced(), (p, start, end) -> {
      if (text.isWholeWords(start, end)) {
        counts[p]++;
      }
    });
    return counts;
  }

  /** Receives each match of pattern {@code p} at {@code [start, end)} of the scanned text. */
  private interface Hit {
    void on(int p, int start, int end);
  }

  /** The automaton over one form of the values; empty patterns are never found. */
  private static final class Automaton {

    /** Transitions: key (state << 16 | char) -> next state, open addressing. */
    private long[] keys;
    private int[] next;
    private int mask;
    private int edges;
    private int[] fail = new int[16];
    /** Per state: the first pattern ending here, or -1; further ones via {@link #morePatterns}. */
    private int[] pattern = new int[16];
    /** Per pattern index: the next pattern ending at the same state, or -1. */
    private final int[] morePatterns;
    /** Per pattern index: its length. */
    private final int[] lengths;
    /** Per state: the nearest state on its failure chain that ends a pattern, or 0. */
    private int[] output = new int[16];
    private int states = 1;
    /** Per state: the char of the edge into it (filled by {@link #childrenOf}). */
    private char[] parentChar;

    Automaton(String[] patterns) {
      keys = new long[64];
      next = new int[64];
      mask = 63;
      Arrays.fill(keys, -1L);
      Arrays.fill(pattern, -1);
      morePatterns = new int[patterns.length];
      lengths = new int[patterns.length];
      for (int p = 0; p < patterns.length; p++) {
        String s = patterns[p];
        lengths[p] = s.length();
        morePatterns[p] = -1;
        if (s.isEmpty()) {
          continue;
        }
        int state = 0;
        for (int i = 0; i < s.length(); i++) {
          int to = get(state, s.charAt(i));
          if (to < 0) {
            to = newState();
            put(state, s.charAt(i), to);
          }
          state = to;
        }
        morePatterns[p] = pattern[state];
        pattern[state] = p;
      }
      link();
    }

    private int newState() {
      if (states == fail.length) {
        int n = states * 2;
        fail = Arrays.copyOf(fail, n);
        output = Arrays.copyOf(output, n);
        pattern = Arrays.copyOf(pattern, n);
        Arrays.fill(pattern, states, n, -1);
      }
      return states++;
    }

    /** Breadth-first failure and output links. */
    private void link() {
      int[][] children = childrenOf();
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      for (int child : children[0]) {
        fail[child] = 0;
        queue.add(child);
      }
      while (!queue.isEmpty()) {
        int s = queue.poll();
        output[s] = pattern[fail[s]] >= 0 ? fail[s] : output[fail[s]];
        for (int child : children[s]) {
          char c = parentChar[child];
          int f = fail[s];
          int to;
          while ((to = get(f, c)) < 0 && f != 0) {
            f = fail[f];
          }
          fail[child] = Math.max(to, 0);
          queue.add(child);
        }
      }
    }

    private int[][] childrenOf() {
      int[] count = new int[states];
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] >= 0) {
          count[(int) (keys[i] >>> 16)]++;
        }
      }
      int[][] children = new int[states][];
      for (int s = 0; s < states; s++) {
        children[s] = new int[count[s]];
        count[s] = 0;
      }
      parentChar = new char[states];
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] >= 0) {
          int from = (int) (keys[i] >>> 16);
          children[from][count[from]++] = next[i];
          parentChar[next[i]] = (char) (keys[i] & 0xFFFF);
        }
      }
      return children;
    }

    void scan(String text, Hit hit) {
      if (edges == 0) {
        return;
      }
      int state = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int to;
        while ((to = get(state, c)) < 0 && state != 0) {
          state = fail[state];
        }
        state = Math.max(to, 0);
        for (int s = pattern[state] >= 0 ? state : output[state]; s != 0; s = output[s]) {
          for (int p = pattern[s]; p >= 0; p = morePatterns[p]) {
            hit.on(p, i + 1 - lengths[p], i + 1);
          }
        }
      }
    }

    private int get(int state, char c) {
      long key = ((long) state << 16) | c;
      for (int i = slot(key); ; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return next[i];
        }
        if (keys[i] < 0) {
          return -1;
        }
      }
    }

    private void put(int state, char c, int to) {
      if ((edges + 1) * 2 > keys.length) {
        grow();
      }
      long key = ((long) state << 16) | c;
      int i = slot(key);
      while (keys[i] >= 0) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      next[i] = to;
      edges++;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldNext = next;
      keys = new long[oldKeys.length * 2];
      next = new int[oldKeys.length * 2];
      mask = keys.length - 1;
      Arrays.fill(keys, -1L);
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] >= 0) {
          int i = slot(oldKeys[j]);
          while (keys[i] >= 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          next[i] = oldNext[j];
        }
      }
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & mask;
    }
  }
}
