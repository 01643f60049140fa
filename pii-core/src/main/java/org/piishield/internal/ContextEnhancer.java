package org.piishield.internal;

import org.piishield.detect.ContextSpec;
import org.piishield.detect.ScanContext;

/**
 * Applies each recognizer's {@link ContextSpec} to its candidates: a positive phrase near the span raises
 * the score by the spec's boost (capped at 1.0); otherwise a negative phrase lowers it by the penalty.
 */
public final class ContextEnhancer {

  private ContextEnhancer() {}

  public static void enhance(ScanContext ctx, DetectionBuffer buf) {
    for (int i = 0; i < buf.size(); i++) {
      if (buf.isContextDone(i)) {
        continue;
      }
      ContextSpec spec = buf.recognizer(i).context();
      if (spec.isNone()) {
        continue;
      }
      int s = buf.start(i);
      int e = buf.end(i);
      int p = spec.positive().findAround(ctx, s, e, spec.before(), spec.after());
      if (p >= 0) {
        buf.rescore(i, Math.min(1.0, buf.score(i) + spec.boost()), spec.positive().phrase(p));
        continue;
      }
      int n = spec.negative().findAround(ctx, s, e, spec.before(), spec.after());
      if (n >= 0) {
        buf.rescore(i, Math.max(0.0, buf.score(i) - spec.penalty()), "-" + spec.negative().phrase(n));
      }
    }
  }
}
