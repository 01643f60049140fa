package org.piishield.redact;

/** Remove the span, leaving nothing in its place. */
public record RedactSpec() implements OperatorSpec {
  @Override
  public String operatorName() {
    return "redact";
  }
}
