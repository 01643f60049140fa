package org.piishield.formats.verify;

/**
 * One row of a redaction log: {@code [start, end)} into the text the original's
 * {@link org.piishield.formats.redact.DocumentRedactor} gives, the entity type, the operator applied and the label
 * (the exemption code, or the type id without one). {@code row} is the 1-based data row of the log (the header is
 * not counted), used to name residues without their values.
 *
 * <p>For a log row {@code in/memo.pdf,29,49,EMAIL,replace,(b)(6),0.90,email} that is the second data row:
 * {@code new LoggedSpan(2, 29, 49, "EMAIL", "replace", "(b)(6)")}.
 */
public record LoggedSpan(int row, int start, int end, String type, String operator, String label) {

  /** Whether the span was taken out of the document (every operator but {@code keep}). */
  public boolean isWithheld() {
    return !"keep".equals(operator);
  }
}
