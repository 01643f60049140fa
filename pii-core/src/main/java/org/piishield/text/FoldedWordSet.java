package org.piishield.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An immutable set of words compared after {@link Fold folding}, each with an {@code int} value, looked up
 * by {@code (CharSequence, off, len)} without allocating. Open addressing, power-of-two table.
 *
 * <p>Example: a set built from {@code "María"} contains {@code "MARIA"} and {@code "maria"}.
 * Thread-safe once built.
 */
public final class FoldedWordSet {

  /** Returned by {@link #get} for absent words. */
  public static final int ABSENT = Integer.MIN_VALUE;

  private final char[][] keys;
  private final int[] values;
  private final int mask;
  private final int size;
  /** Bit {@code min(len, 63)} is set for every word length present: most probes are rejected before hashing. */
  private final long lengths;
  /** Bit {@code fold(first char) & 63} is set for every word's first char. */
  private final long firstChars;

  private FoldedWordSet(char[][] keys, int[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
    this.size = size;
    long l = 0;
    long f = 0;
    for (char[] k : keys) {
      if (k != null) {
        l |= 1L << Math.min(k.length, 63);
        f |= 1L << (k[0] & 63);
      }
    }
    this.lengths = l;
    this.firstChars = f;
  }

  /** A set whose words all map to value 1. */
  public static FoldedWordSet of(Iterable<String> words) {
    Builder b = new Builder();
    for (String w : words) {
      b.put(w, 1);
    }
    return b.build();
  }

  public static FoldedWordSet of(String... words) {
    return of(java.util.Arrays.asList(words));
  }

  public static FoldedWordSet of(Map<String, Integer> wordValues) {
    Builder b = new Builder();
    wordValues.forEach(b::put);
    return b.build();
  }

  /**
   * Loads a UTF-8 word list resource: one word per line, {@code #} starts a comment, blank lines ignored;
   * an optional {@code ,value} after the word sets its value (default 1).
   */
  public static FoldedWordSet load(Class<?> anchor, String resource) {
    Builder b = new Builder();
    readLines(anchor, resource, b::put);
    return b.build();
  }

  /** Receives one {@code word[,value]} entry of a word list. */
  @FunctionalInterface
  public interface EntryConsumer {
    void accept(String word, int value);
  }

  /**
   * Reads a word list resource in the {@link #load} format, entry by entry, for callers that build their
   * own tables from it. A missing resource or a bad value is an error naming the resource.
   */
  public static void readLines(Class<?> anchor, String resource, EntryConsumer consumer) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + anchor.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (s.isEmpty()) {
          continue;
        }
        int comma = s.lastIndexOf(',');
        if (comma > 0) {
          consumer.accept(s.substring(0, comma).strip(), Integer.parseInt(s.substring(comma + 1).strip()));
        } else {
          consumer.accept(s, 1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  public int size() {
    return size;
  }

  public boolean contains(CharSequence text, int off, int len) {
    return get(text, off, len) != ABSENT;
  }

  public boolean contains(CharSequence word) {
    return contains(word, 0, word.length());
  }

  /** The value stored for the folded word at {@code text[off, off+len)}, or {@link #ABSENT}. */
  public int get(CharSequence text, int off, int len) {
    if (len == 0 || (lengths & (1L << Math.min(len, 63))) == 0
        || (firstChars & (1L << (Fold.fold(text.charAt(off)) & 63))) == 0) {
      return ABSENT;
    }
    int h = hash(text, off, len);
    for (int i = h & mask; ; i = (i + 1) & mask) {
      char[] k = keys[i];
      if (k == null) {
        return ABSENT;
      }
      if (Fold.regionEquals(text, off, len, k)) {
        return values[i];
      }
    }
  }

  private static int hash(CharSequence text, int off, int len) {
    int h = 0x811c9dc5;
    for (int i = 0; i < len; i++) {
      h = (h ^ Fold.fold(text.charAt(off + i))) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }

  /** Collects words; a word put twice keeps the larger value. */
  public static final class Builder {
    private final java.util.HashMap<String, Integer> words = new java.util.HashMap<>();

    public Builder put(String word, int value) {
      String f = Fold.fold(word);
      if (!f.isEmpty()) {
        words.merge(f, value, Math::max);
      }
      return this;
    }

    public FoldedWordSet build() {
      int cap = Integer.highestOneBit(Math.max(4, words.size() * 2 + 1) - 1) << 1;
      char[][] keys = new char[cap][];
      int[] values = new int[cap];
      int mask = cap - 1;
      for (Map.Entry<String, Integer> e : words.entrySet()) {
        String w = e.getKey();
        int i = hash(w, 0, w.length()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = w.toCharArray();
        values[i] = e.getValue();
      }
      return new FoldedWordSet(keys, values, words.size());
    }
  }
}
