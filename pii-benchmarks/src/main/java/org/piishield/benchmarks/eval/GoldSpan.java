package org.piishield.benchmarks.eval;

import java.util.List;
import java.util.Objects;

/**
 * One annotated entity of a gold-standard corpus: its label as the corpus spells it (e.g. {@code PERSON},
 * {@code NOMBRE_SUJETO_ASISTENCIA}) and one or more fragments in UTF-16 offsets, end exclusive.
 *
 * <p>Almost every entity has a single fragment. BRAT allows discontinuous entities such as
 * {@code T7 CALLE 10 20;25 30}: that is one entity with two fragments, whose {@link #start()} is 10 and
 * {@link #end()} is 30. An exact match must reproduce {@code [start(), end())}; an overlap with any
 * fragment counts as an overlap match.
 */
record GoldSpan(String label, List<TextRange> fragments) {

  GoldSpan {
    Objects.requireNonNull(label, "label");
    fragments = List.copyOf(fragments);
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("a gold span needs at least one fragment");
    }
    for (int i = 1; i < fragments.size(); i++) {
      if (fragments.get(i).start() < fragments.get(i - 1).end()) {
        throw new IllegalArgumentException("fragments must be sorted and disjoint: " + fragments);
      }
    }
  }

  static GoldSpan of(String label, int start, int end) {
    return new GoldSpan(label, List.of(new TextRange(start, end)));
  }

  int start() {
    return fragments.get(0).start();
  }

  int end() {
    return fragments.get(fragments.size() - 1).end();
  }

  /** True when {@code [s, e)} shares a char with any fragment. */
  boolean overlaps(int s, int e) {
    for (TextRange f : fragments) {
      if (f.overlaps(s, e)) {
        return true;
      }
    }
    return false;
  }
}
