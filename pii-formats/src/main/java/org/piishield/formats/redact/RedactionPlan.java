package org.piishield.formats.redact;

import java.util.List;
import java.util.Map;

/**
 * What to take out of one document: spans of its text, and pages withheld in full (0-based page index to the
 * label of the placeholder, e.g. {@code 2 -> "(b)(6)"} puts "Page withheld in full under (b)(6)" in place of the
 * third page). Formats without pages ignore {@link #withheldPages}.
 */
public record RedactionPlan(List<WithheldSpan> spans, Map<Integer, String> withheldPages) {

  public RedactionPlan {
    spans = List.copyOf(spans);
    withheldPages = Map.copyOf(withheldPages);
  }

  /** A plan with spans only. */
  public static RedactionPlan of(List<WithheldSpan> spans) {
    return new RedactionPlan(spans, Map.of());
  }
}
