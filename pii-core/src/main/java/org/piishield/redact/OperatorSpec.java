package org.piishield.redact;

/** A validated description of what to put in place of a span; {@link Operators#of} builds its operator. */
public sealed interface OperatorSpec
    permits RedactSpec, ReplaceSpec, MaskSpec, HashSpec, PseudonymSpec, KeepSpec {

  /** The operator's stable id, as used in policies and redaction logs. */
  String operatorName();
}
