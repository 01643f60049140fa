package org.piishield.formats.verify;

/**
 * A value the redaction withheld, recovered from the original input, with the label its box or replacement
 * carries (the exemption code, or the type id without one), and how often the original also holds it where it
 * was not withheld ({@code keptElsewhere}, see {@link WithheldValues}): the copy may hold it that often (a surname
the policy kept in another sentence, a number that is also a part number) without a residue.
 * Held only in memory: {@link #toString()} names the log row and type, never the value.
 *
 * <p>For an original whose extracted text is {@code "Mail ana@example.org"} and the log row 1
 * {@code 5,20,EMAIL,replace,(b)(6)}: {@code new WithheldValue(1, "EMAIL", "ana@example.org", "(b)(6)")}. For the
 * badge {@code 6485} withheld in {@code "Badge 6485; order part-6485"}: {@code keptElsewhere} is 1, so one
 * {@code 6485} left in the copy is the part number, not a residue; two are.
 *
 * <p>A page withheld in full is a value of type {@link #PAGE} whose value is its 1-based page number, not text:
 * {@code WithheldValue.page(4, 2, "(b)(6)")} is log row 4 withholding the third page. Page values are never
 * searched for; the verifier checks that the page is a placeholder instead.
 */
public record WithheldValue(int row, String type, String value, String label, int keptElsewhere) {

  /** A value the original holds nowhere else. */
  public WithheldValue(int row, String type, String value, String label) {
    this(row, type, value, label, 0);
  }

  /** The type of a page withheld in full. */
  public static final String PAGE = "PAGE";

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
