package org.piishield.redact;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.piishield.text.Fold;

/**
 * Stable surrogates for one document or one case: the first distinct {@code PERSON} value becomes
 * {@code PERSON_1}, the next {@code PERSON_2}, and a value seen again (ignoring case, accents and runs of
 * spaces) gets its earlier surrogate. Thread-safe; share one table across the documents of a case.
 * Holds values in memory only; never serialised or logged.
 */
public final class PseudonymTable {

  private final ConcurrentHashMap<String, String> surrogates = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, AtomicInteger> counters = new ConcurrentHashMap<>();

  public String surrogate(String prefix, CharSequence text, int start, int end) {
    String key = prefix + '\u0000' + normalise(text, start, end);
    return surrogates.computeIfAbsent(key,
        k -> prefix + '_' + counters.computeIfAbsent(prefix, x -> new AtomicInteger()).incrementAndGet());
  }

  public int size() {
    return surrogates.size();
  }

  private static String normalise(CharSequence text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(Fold.fold(c));
    }
    return sb.toString();
  }
}
