package org.piishield.formats.verify;

/**
 * A value the redaction withheld, recovered from the original input, with the label its box or replacement
 * carries (the exemption code, or the type id without one). Held only in memory: {@link #toString()} names the
 * log row and type, never the value.
 *
 * <p>For an original whose extracted text is {@code "Mail ana@example.org"} and the log row 1
 * {@code 5,20,EMAIL,replace,(b)(6)}: {@code new WithheldValue(1, "EMAIL", "ana@example.org", "(b)(6)")}.
 */
public record WithheldValue(int row, String type, String value, String label) {

  @Override
  public String toString() {
    return "row " + row + " (" + type + ")";
  }
}
