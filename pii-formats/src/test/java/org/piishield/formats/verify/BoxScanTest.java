package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.pdf.redact.PdfRedactor;
import org.piishield.formats.pdf.redact.RedactionArea;
import org.piishield.formats.pdf.redact.RedactionOptions;

/** What {@link BoxScan} reads from a real redaction: the box, its label, and whether later paint may cover it. */
class BoxScanTest {
  @TempDir
  Path dir;

  private Path redacted() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area = RedactedSamples.memo(in, "(b)(6)");
    PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());
    return out;
  }

  private static BoxScan.Result scanAfter(Path pdf, float x, float y) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(0),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        cs.addRect(x, y, 30, 5);
        cs.fill();
      }
      return BoxScan.scan(doc.getPage(0), 0);
    }
  }

  @Test
  void scan_redactorOutput_oneLabelledBoxPaintedLast() throws Exception {
    try (PDDocument doc = Loader.loadPDF(redacted().toFile())) {
      BoxScan.Result r = BoxScan.scan(doc.getPage(0), 0);

      assertEquals(1, r.boxes().size());
      RedactionBox box = r.boxes().get(0);
      assertEquals("(b)(6)", box.label());
      assertEquals(0x000000, box.fill());
      assertEquals(0xFFFFFF, box.labelColor());
      assertTrue(box.rect().contains(box.labelBounds().getCenterX(), box.labelBounds().getCenterY()));
      assertFalse(r.mayBeCovered(), "nothing is painted after the box");
    }
  }

  @Test
  void scan_rectanglePaintedLaterOverTheBox_mayBeCovered() throws Exception {
    assertTrue(scanAfter(redacted(), 130, 700).mayBeCovered());
  }

  @Test
  void scan_rectanglePaintedLaterBesideTheBox_notCovered() throws Exception {
    assertFalse(scanAfter(redacted(), 130, 600).mayBeCovered());
  }
}
