package org.piishield.benchmarks.eval;

import java.util.List;
import java.util.Objects;

/** A document of a gold-standard corpus: an id (file name or sample index), its text and its entities. */
record GoldDocument(String id, String text, List<GoldSpan> spans) {

  GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
    for (GoldSpan s : spans) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "document " + id + ": span [" + s.start() + ", " + s.end() + ") beyond text length " + text.length());
      }
    }
  }
}
