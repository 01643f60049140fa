package org.piishield.redact;

import java.util.List;

/** The redacted text and the spans that were acted on, in text order. */
public record RedactionResult(String text, List<AppliedRedaction> applied) {

  public RedactionResult {
    applied = List.copyOf(applied);
  }
}
