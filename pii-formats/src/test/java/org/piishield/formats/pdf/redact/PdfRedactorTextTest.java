package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glyph removal in page content: simple fonts in Tj, checked with poppler, Ghostscript and rendered pixels. */
class PdfRedactorTextTest {
  static final String NAME = "Marisol Quintanilla";
  static final String PHONE = "555-0143";
  static final Set<String> WITHHELD_WORDS = Set.of("Marisol", "Quintanilla", "555-0143");
  static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  @TempDir Path dir;

  @Test
  void redact_helveticaTj_removesValueKeepsNeighboursInPlace() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea name;
    RedactionArea phone;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        name = Planted.line(cs, HELVETICA, 12, 72, 700, "Officer ", NAME, " filed the report on Tuesday.", 0,
            "(b)(6)");
        phone = Planted.line(cs, HELVETICA, 12, 72, 680, "Call ", PHONE, " after noon.", 0, "");
        Planted.line(cs, HELVETICA, 12, 72, 660, "Nothing to withhold on this line.", "", "", 0, "");
      }
      doc.save(in.toFile());
    }
    assertTrue(ExternalTools.pdftotext(in, true, 0).contains(NAME), "the input must hold the value");

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(name, phone), RedactionOptions.defaults());

    assertEquals(NAME.length() + PHONE.length(), report.glyphsRemoved());
    assertEquals(2, report.boxesDrawn());
    PdfEvidence.assertGone(out, NAME);
    PdfEvidence.assertGone(out, PHONE);
    PdfEvidence.assertKeptInPlace(PdfEvidence.words(in), PdfEvidence.words(out), WITHHELD_WORDS);
    String layout = ExternalTools.pdftotext(out, true, 0);
    assertTrue(layout.contains("(b)(6)"), "the exemption code is printed in the box");
    assertTrue(layout.contains("filed the report on Tuesday."), layout);
    BufferedImage page = PdfEvidence.render(out, 1, dir);
    // Unlabelled box: solid black. 72 dpi, so device y = 792 - user y; stay 1 px inside for anti-aliasing.
    PdfEvidence.assertSolid(page, (int) Math.ceil(phone.x0()) + 1, (int) Math.ceil(792 - phone.y1()) + 1,
        (int) Math.floor(phone.x1()) - 1, (int) Math.floor(792 - phone.y0()) - 1, 0x000000);
  }
}
