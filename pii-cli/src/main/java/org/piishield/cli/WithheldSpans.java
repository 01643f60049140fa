package org.piishield.cli;

import java.util.ArrayList;
import java.util.List;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.redact.AppliedRedaction;

/**
 * The spans a true redaction takes out for what a policy applied: every applied span except {@code keep}, labelled
 * with its exemption code, or its type id when the rule has none.
 *
 * <p>Example: {@code [6, 22) PERSON replace (b)(6)} gives {@code WithheldSpan[6, 22, PERSON, (b)(6)]};
 * {@code [30, 42) PHONE_NUMBER mask ""} gives {@code WithheldSpan[30, 42, PHONE_NUMBER, PHONE_NUMBER]};
 * a {@code keep} span gives nothing.
 */
final class WithheldSpans {

  private WithheldSpans() {}

  static List<WithheldSpan> of(List<AppliedRedaction> applied) {
    List<WithheldSpan> out = new ArrayList<>(applied.size());
    for (AppliedRedaction a : applied) {
      if ("keep".equals(a.operator())) {
        continue;
      }
      out.add(new WithheldSpan(a.start(), a.end(), a.type().id(), label(a.exemption(), a.type().id())));
    }
    return out;
  }

  /** The label of a span: its exemption code, or {@code type} without one. */
  static String label(String exemption, String type) {
    return exemption == null || exemption.isEmpty() ? type : exemption;
  }
}
