package org.piishield.benchmarks.eval;

import java.util.Objects;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;

/** A span the engine reported, reduced to what scoring needs: UTF-16 {@code [start, end)} and its type. */
record PredictedSpan(int start, int end, EntityType type) {

  PredictedSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  static PredictedSpan of(Detection d) {
    return new PredictedSpan(d.start(), d.end(), d.type());
  }
}
