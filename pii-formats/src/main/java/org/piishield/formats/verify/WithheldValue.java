package org.piishield.formats.verify;

/**
 * A value the redaction withheld, recovered from the original input, with the label its box or replacement
 * carries (the exemption code, or the type id without one), and how often the original also holds it where it
 * was not withheld ({@code keptElsewhere}; counted only for short numbers, see {@link SearchText#isShortNumber}).
 * Held only in memory: {@link #toString()} names the log row and type, never the value.
 *
 * <p>For an original whose extracted text is {@code "Mail ana@example.org"} and the log row 1
 * {@code 5,20,EMAIL,replace,(b)(6)}: {@code new WithheldValue(1, "EMAIL", "ana@example.org", "(b)(6)")}. For the
 * badge {@code 6485} withheld in {@code "Badge 6485; order part-6485"}: {@code keptElsewhere} is 1, so one
 * {@code 6485} left in the copy is the part number, not a residue.
 */
public record WithheldValue(int row, String type, String value, String label, int keptElsewhere) {

  /** A value the original holds nowhere else. */
  public WithheldValue(int row, String type, String value, String label) {
    this(row, type, value, label, 0);
  }

  @Override
  public String toString() {
    return "row " + row + " (" + type + ")";
  }
}
