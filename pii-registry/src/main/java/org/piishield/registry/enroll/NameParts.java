package org.piishield.registry.enroll;

import java.util.Arrays;
import org.piishield.registry.crypto.ProbeHasher;
import org.piishield.registry.normalize.FieldType;

/**
 * The distinct words of one person's name variants, in first-seen order, for their name-part probes. A
 * person's ~40 name variants repeat the same ~10 words, so words are compared in place (no substring per
 * occurrence) in a small open-addressing table; only a new word becomes a {@code String}. Example: adding
 * {@code "ana gil"}, {@code "gil ana"} and {@code "ana gil-ruiz"} gives {@code [ana, gil, ruiz]}. Not
 * thread-safe; one per person.
 */
final class NameParts {

  private String[] table = new String[64];
  private String[] ordered = new String[16];
  private int size;

  /** Adds the non-empty words of {@code variant} between spaces and hyphens. */
  void addWords(String variant) {
    int start = 0;
    for (int i = 0, n = variant.length(); i <= n; i++) {
      if (i == n || variant.charAt(i) == ' ' || variant.charAt(i) == '-') {
        if (i > start) {
          add(variant, start, i);
        }
        start = i + 1;
      }
    }
  }

  /** The probes of the words under {@link FieldType#NAME_PART_DOMAIN}, in first-seen order. */
  long[] probes(ProbeHasher prober) {
    long[] out = new long[size];
    for (int i = 0; i < size; i++) {
      out[i] = prober.probe(FieldType.NAME_PART_DOMAIN, ordered[i]);
    }
    return out;
  }

  private void add(String s, int start, int end) {
    int len = end - start;
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    int mask = table.length - 1;
    for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      String w = table[slot];
      if (w == null) {
        String word = s.substring(start, end);
        table[slot] = word;
        if (size == ordered.length) {
          ordered = Arrays.copyOf(ordered, size * 2);
        }
        ordered[size++] = word;
        if (size * 2 > table.length) {
          rehash();
        }
        return;
      }
      if (w.length() == len && s.regionMatches(start, w, 0, len)) {
        return;
      }
    }
  }

  private void rehash() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String w : old) {
      if (w != null) {
        int h = w.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = w;
      }
    }
  }

  @Override
  public String toString() {
    return "NameParts[" + size + "]";
  }
}
