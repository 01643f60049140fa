package org.piishield.redact;

/**
 * Replace the span with {@code text}, or with the type label such as {@code [PERSON]} when {@code text} is
 * {@code null}.
 */
public record ReplaceSpec(String text) implements OperatorSpec {

  public static ReplaceSpec typeLabel() {
    return new ReplaceSpec(null);
  }

  @Override
  public String operatorName() {
    return "replace";
  }
}
