package org.piishield.cli.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a corpus into documents-sized chunks for benchmarking: each chunk ends at the first blank line
 * ({@code "\n\n"}) at or after {@code target} chars, so no sentence is split. Concatenating the chunks gives
 * the corpus back.
 */
public final class CorpusChunks {

  private CorpusChunks() {}

  public static List<String> split(String corpus, int target) {
    if (target < 1) {
      throw new IllegalArgumentException("chunk size must be positive, was " + target);
    }
    List<String> out = new ArrayList<>();
    int pos = 0;
    while (pos < corpus.length()) {
      int end = corpus.indexOf("\n\n", Math.min(corpus.length(), pos + target));
      end = end < 0 ? corpus.length() : end + 2;
      out.add(corpus.substring(pos, end));
      pos = end;
    }
    return out;
  }
}
