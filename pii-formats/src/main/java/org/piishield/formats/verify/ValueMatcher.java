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

  private final Automaton folded;
  private final Automaton digits;
  private final int size;

  private ValueMatcher(List<SearchText> values) {
    size = values.size();
    String[] f = new String[size];
    String[] d = new String[size];
    for (int i = 0; i < size; i++) {
      SearchText v = values.get(i);
      f[i] = v.folded();
      d[i] = v.digits().length() >= SearchText.MIN_DIGITS ? v.digits() : "";
    }
    folded = new Automaton(f);
    digits = new Automaton(d);
  }

  /** A matcher for {@code values}; index {@code i} of a found array stands for {@code values.get(i)}. */
  public static ValueMatcher of(List<SearchText> values) {
    return new ValueMatcher(values);
  }

  /** A matcher for the values of {@code withheld}, in order. */
  public static ValueMatcher ofWithheld(List<WithheldValue> withheld) {
    return new ValueMatcher(withheld.stream().map(w -> SearchText.of(w.value())).toList());
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
   * Sets {@code found[i]} for every value occurring in {@code text} folded and without whitespace, and, when
   * {@code byDigits}, for every value of at least {@link SearchText#MIN_DIGITS} digits whose digits occur in
   * {@code text}'s digits. Flags already set stay set.
   */
  public void markFound(SearchText text, boolean byDigits, boolean[] found) {
    folded.markFound(text.folded(), found);
    if (byDigits) {
      digits.markFound(text.digits(), found);
    }
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
      for (int p = 0; p < patterns.length; p++) {
        String s = patterns[p];
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

    void markFound(String text, boolean[] found) {
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
            found[p] = true;
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
