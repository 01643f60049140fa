package org.piishield.redact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;

/**
 * Applies a {@link Policy} to resolved detections in one left-to-right pass into a pre-sized builder.
 * Detections below their rule's {@code minScore} are left in place and not reported. Detections must be
 * sorted by start and must not overlap (as {@link org.piishield.resolve.OverlapResolver} returns them).
 * Immutable and thread-safe.
 */
public final class Redactor {

  private final Policy policy;
  private final Operator defaultOperator;
  private final Map<EntityType, Operator> operators = new HashMap<>();

  public Redactor(Policy policy) {
    this.policy = policy;
    this.defaultOperator = Operators.of(policy.defaultRule().operator());
    policy.rules().forEach((t, r) -> operators.put(t, Operators.of(r.operator())));
  }

  public Policy policy() {
    return policy;
  }

  public RedactionResult apply(CharSequence text, List<Detection> resolved, PseudonymTable pseudonyms) {
    StringBuilder out = new StringBuilder(text.length() + 16 * resolved.size());
    List<AppliedRedaction> applied = new ArrayList<>(resolved.size());
    int pos = 0;
    for (Detection d : resolved) {
      if (d.start() < pos) {
        throw new IllegalArgumentException("detections overlap or are unsorted at offset " + d.start()
            + " (previous span ended at " + pos + ")");
      }
      if (d.end() > text.length()) {
        throw new IllegalArgumentException("detection [" + d.start() + ", " + d.end() + ") is past the end of a "
            + text.length() + "-char text");
      }
      PolicyRule rule = policy.rule(d.type());
      if (d.score() < rule.minScore()) {
        continue;
      }
      Operator op = operators.getOrDefault(d.type(), defaultOperator);
      out.append(text, pos, d.start());
      int outStart = out.length();
      op.apply(text, d.start(), d.end(), d.type(), pseudonyms, out);
      applied.add(new AppliedRedaction(d.start(), d.end(), d.type(), op.name(), rule.exemption(), d.score(),
          d.recognizer(), outStart, out.length()));
      pos = d.end();
    }
    out.append(text, pos, text.length());
    return new RedactionResult(out.toString(), applied);
  }
}
