package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.formats.PageBox;
import org.piishield.formats.TextLayout;
import org.piishield.formats.redact.WithheldSpan;

class PdfAreasTest {

  /** "Ana Ruiz\nat 555\n" on page 0 and "Lee" on page 1; each char 10 pt wide, lines 12 pt high. */
  private static TextLayout layout() {
    TextLayout.Builder b = TextLayout.newBuilder(TextLayout.Units.PDF_POINTS);
    b.startPage(new PageBox(0, 0, 0, 612, 792));
    line(b, "Ana Ruiz", 700);
    b.appendUnplaced("\n");
    line(b, "at 555", 680);
    b.appendUnplaced("\n");
    b.startPage(new PageBox(1, 0, 0, 612, 792));
    line(b, "Lee", 700);
    return b.build();
  }

  private static void line(TextLayout.Builder b, String text, float y) {
    for (int i = 0; i < text.length(); i++) {
      b.append(text.charAt(i), 72 + 10 * i, y, 82 + 10 * i, y + 12);
    }
  }

  private static WithheldSpan span(int start, int end, String type, String label) {
    return new WithheldSpan(start, end, type, label);
  }

  @Test
  void of_spanOnOneLine_oneAreaPaddedByOnePointWithExemption() {
    List<RedactionArea> areas = PdfAreas.of(List.of(span(4, 8, "PERSON", "(b)(6)")), layout());

    assertEquals(List.of(new RedactionArea(0, 111, 699, 153, 713, "(b)(6)")), areas);
  }

  @Test
  void of_spanAcrossLinesAndPages_oneAreaPerLineOnItsPage() {
    // "Ruiz\nat" then "555\nLee"
    List<RedactionArea> areas = PdfAreas.of(List.of(span(4, 11, "PERSON", "(b)(6)"),
        span(12, 19, "PHONE_NUMBER", "PHONE_NUMBER")), layout());

    assertEquals(List.of(
        new RedactionArea(0, 111, 699, 153, 713, "(b)(6)"),
        new RedactionArea(0, 71, 679, 93, 693, "(b)(6)"),
        new RedactionArea(0, 101, 679, 133, 693, "PHONE_NUMBER"),
        new RedactionArea(1, 71, 699, 103, 713, "PHONE_NUMBER")), areas);
  }
}
