package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drawn boxes: colour, the exemption code inside (upright on rotated pages), even in tiny boxes. */
class BoxPainterTest {
  @TempDir Path dir;

  private Path blank(int rotation) throws Exception {
    Path in = dir.resolve("blank-" + rotation + ".pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      page.setRotation(rotation);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        // A q left open and a shifted CTM: the boxes must still land in default user space.
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(50, 50));
        Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 22, 250, "Margin note", "", "", 0, "");
      }
      doc.save(in.toFile());
    }
    return in;
  }

  @Test
  void paint_labelledBox_printsCodeInsideAndFillsTheRest() throws Exception {
    Path out = dir.resolve("out.pdf");
    RedactionArea area = new RedactionArea(0, 100, 500, 220, 516, "(b)(7)(C)");
    RedactionOptions grey = RedactionOptions.newBuilder().fill(new Color(0x40, 0x40, 0x40)).build();

    PdfRedactor.redact(blank(0), out, List.of(area), grey);

    List<PdfEvidence.Word> words = PdfEvidence.words(out);
    PdfEvidence.Word code = words.stream().filter(w -> w.text().equals("(b)(7)(C)")).findFirst().orElseThrow();
    assertTrue(code.xMin() >= 100 && code.xMax() <= 220 && code.yMin() >= 792 - 516 && code.yMax() <= 792 - 500,
        "the code lies inside its box: " + code);
    BufferedImage page = PdfEvidence.render(out, 1, dir);
    PdfEvidence.assertSolid(page, 101, 277, 110, 291, 0x404040);
    PdfEvidence.assertSolid(page, 210, 277, 219, 291, 0x404040);
    assertTrue(ExternalTools.pdftotext(out, true, 0).contains("Margin note"));
  }

  @Test
  void paint_rotatedPage_printsCodeUpright() throws Exception {
    Path out = dir.resolve("out.pdf");
    // On a /Rotate 90 page a box tall in user space is wide on screen.
    RedactionArea area = new RedactionArea(0, 300, 100, 316, 220, "(b)(6)");

    PdfRedactor.redact(blank(90), out, List.of(area), RedactionOptions.defaults());

    String text = ExternalTools.pdftotext(out, true, 0);
    assertTrue(text.contains("(b)(6)"), "upright code is extracted as one word: " + text);
    PdfEvidence.Word code = PdfEvidence.words(out).stream().filter(w -> w.text().equals("(b)(6)")).findFirst()
        .orElseThrow();
    assertTrue(code.xMax() - code.xMin() > code.yMax() - code.yMin(), "reads horizontally on screen: " + code);
  }

  @Test
  void paint_tinyBox_stillCarriesItsCodeInTheMarkedBox() throws Exception {
    Path out = dir.resolve("out.pdf");
    RedactionArea area = new RedactionArea(0, 100, 500, 104, 503, "(b)(6)");

    PdfRedactionReport report = PdfRedactor.redact(blank(0), out, List.of(area), RedactionOptions.defaults());

    assertEquals(1, report.boxesDrawn());
    assertTrue(ExternalTools.pdftotext(out, false, 0).contains("(b)(6)"), "a code under 1 pt is still text");
    String content = new String(PdfEvidence.allBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(content.contains("/PIIShieldRedaction BMC"), "the box is marked for verifiers");
    PdfEvidence.assertSolid(PdfEvidence.render(out, 1, dir), 101, 290, 103, 291, 0x000000);
  }
}
