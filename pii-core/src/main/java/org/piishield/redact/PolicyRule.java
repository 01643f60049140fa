package org.piishield.redact;

/**
 * What a policy does with one entity type: the operator, the minimum score a detection needs before the
 * operator applies (below it the detection is left in place and not logged), and the FOIA exemption code
 * to record, if any (e.g. {@code (b)(6)}).
 */
public record PolicyRule(OperatorSpec operator, double minScore, String exemption) {

  public PolicyRule {
    if (operator == null) {
      throw new IllegalArgumentException("policy rule needs an operator");
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be between 0 and 1, was " + minScore);
    }
  }
}
