package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.detect.EntityType;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.redact.AppliedRedaction;

class WithheldSpansTest {

  private static AppliedRedaction span(int start, int end, String type, String operator, String exemption) {
    return new AppliedRedaction(start, end, new EntityType(type), operator, exemption, 0.9, "test", 0, 0);
  }

  @Test
  void of_keptSkipped_exemptionOrElseTypeIsTheLabel() {
    List<WithheldSpan> spans = WithheldSpans.of(List.of(
        span(0, 3, "PERSON", "keep", "(b)(6)"),
        span(4, 8, "PERSON", "replace", "(b)(6)"),
        span(12, 15, "PHONE_NUMBER", "mask", ""),
        span(16, 19, "EMAIL", "redact", null)));

    assertEquals(List.of(
        new WithheldSpan(4, 8, "PERSON", "(b)(6)"),
        new WithheldSpan(12, 15, "PHONE_NUMBER", "PHONE_NUMBER"),
        new WithheldSpan(16, 19, "EMAIL", "EMAIL")), spans);
  }
}
