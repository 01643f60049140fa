package org.piishield.redact;

/**
 * Replace the span with a stable surrogate such as {@code PERSON_2}: the same value (after case, accent
 * and space folding) gets the same surrogate everywhere a {@link PseudonymTable} is shared — within a
 * document, or across a case. {@code prefix} defaults to the type id.
 */
public record PseudonymSpec(String prefix) implements OperatorSpec {

  public static PseudonymSpec byType() {
    return new PseudonymSpec(null);
  }

  @Override
  public String operatorName() {
    return "pseudonym";
  }
}
