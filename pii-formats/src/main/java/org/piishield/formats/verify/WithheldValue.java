package org.piishield.formats.verify;

/**
 * A value the redaction withheld, recovered from the original input, and the label its box carries (the exemption
 * code, or the type id when the rule has none). Held only in memory: {@link #toString()} names the log row and
 * type, never the value.
 *
 * <p>For an original whose extracted text is {@code "Mail ana@example.org"} and the log row 1
 * {@code 5,20,EMAIL,replace,(b)(6)}: {@code new WithheldValue(1, "EMAIL", "ana@example.org", "(b)(6)")}.
 *
 * <p>A page withheld in full is a value of type {@link #PAGE} whose value is its 1-based page number, not text:
 * {@code WithheldValue.page(4, 2, "(b)(6)")} is log row 4 withholding the third page. Page values are never
 * searched for; the verifier checks that the page is a placeholder instead.
 */
public record WithheldValue(int row, String type, String value, String label) {

  /** The type of a page withheld in full. */
  public static final String PAGE = "PAGE";

  public WithheldValue {
    label = label == null ? "" : label;
  }

  /** Row {@code row} withholds the page with 0-based index {@code pageIndex} under {@code label}. */
  public static WithheldValue page(int row, int pageIndex, String label) {
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex must be >= 0: " + pageIndex);
    }
    return new WithheldValue(row, PAGE, Integer.toString(pageIndex + 1), label);
  }

  /** Whether this row withholds a whole page rather than a piece of text. */
  public boolean isPage() {
    return PAGE.equals(type);
  }

  /** The 0-based index of the withheld page; only for {@link #isPage()} values. */
  public int pageIndex() {
    if (!isPage()) {
      throw new IllegalStateException("row " + row + " is not a withheld page");
    }
    return Integer.parseInt(value) - 1;
  }

  @Override
  public String toString() {
    return "row " + row + " (" + type + ")";
  }
}
