package org.piishield.formats.pdf.redact;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link PdfRedactor} takes out of one PDF: the areas to black out, the pages to withhold in full and the
 * withheld values themselves (held in memory only, to find them where no area reaches, e.g. in a link's URI).
 *
 * <p>Example: {@code new PdfRedactionPlan(List.of(new RedactionArea(0, 72, 697, 180, 711, "(b)(6)")),
 * Map.of(2, "(b)(6)"), List.of("ana@example.org"))} boxes an e-mail on the first page, replaces the third page by
 * a placeholder reading {@code Page withheld in full under (b)(6)}, and drops any link whose URI holds
 * {@code ana@example.org} (also percent-encoded) anywhere in the document.
 *
 * @param areas rectangles to redact (areas on a withheld page are moot: the whole page goes)
 * @param withheldPages 0-based page index to the label of its placeholder (exemption code or type id)
 * @param withheldValues the withheld text; {@link #toString()} never shows it
 */
public record PdfRedactionPlan(List<RedactionArea> areas, Map<Integer, String> withheldPages,
    List<String> withheldValues) {

  public PdfRedactionPlan {
    areas = List.copyOf(areas);
    withheldPages = new TreeMap<>(withheldPages);
    withheldValues = List.copyOf(withheldValues);
    for (Integer page : withheldPages.keySet()) {
      if (page < 0) {
        throw new IllegalArgumentException("withheld page index must be >= 0: " + page);
      }
    }
  }

  /** Only areas: no page withheld in full, no values to look for elsewhere. */
  public static PdfRedactionPlan of(List<RedactionArea> areas) {
    return new PdfRedactionPlan(areas, Map.of(), List.of());
  }

  @Override
  public String toString() {
    return "PdfRedactionPlan[" + areas.size() + " areas, pages " + withheldPages.keySet() + ", "
        + withheldValues.size() + " values]";
  }
}
