package org.piishield.redact;

/** Leave the span as it is (it is still logged as found). */
public record KeepSpec() implements OperatorSpec {
  @Override
  public String operatorName() {
    return "keep";
  }
}
