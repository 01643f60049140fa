package org.piishield.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * Pages that are only an image of text (rendered with Java2D, embedded with PDFBox) are OCR'd, and the
 * word boxes come back in the page's user space. Needs Tesseract; fails with the install command without it.
 */
class ScannedPdfTest {

  private static final String LINE = "Sergeant Laura Gomez badge 4471 phone 555 0142";

  @Test
  void extract_imageOnlyPage_ocrTextWithBoxesInUserSpace() throws Exception {
    BufferedImage image = TestDocuments.render(1800, 300, 40, 50, 120, LINE);
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDImageXObject scan = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        // 1800 x 300 px into 432 x 72 pt: 300 dpi, bottom-left corner at (72, 600)
        cs.drawImage(scan, 72, 600, 432, 72);
      }
      TestDocuments.addTextPage(doc, TestDocuments.HELVETICA, 12, 72, 700, "A page with its own text");
      pdf = TestDocuments.save(doc);
    }

    PositionedText t = TestDocuments.extract(pdf);

    String text = t.text().text();
    TextLayout l = t.layout();
    String page0 = text.substring(0, l.pageStart(1));
    assertTrue(TestDocuments.recall(LINE, page0) >= 0.9, page0);
    assertTrue(page0.endsWith("\n\f"), page0);
    assertEquals("A page with its own text\n\f", text.substring(l.pageStart(1)));
    int s = text.indexOf("Gomez");
    assertTrue(s >= 0, text);
    List<PageBox> boxes = l.boxes(s, s + 5);
    assertEquals(1, boxes.size(), boxes::toString);
    PageBox b = boxes.get(0);
    int px = 50 + new java.awt.Canvas().getFontMetrics(new Font(Font.SERIF, Font.PLAIN, 40))
        .stringWidth(LINE.substring(0, LINE.indexOf("Gomez")));
    float x = 72 + px * 432f / 1800;
    float baseline = 600 + 72 - 120 * 72f / 300;
    assertEquals(0, b.page());
    assertEquals(x, b.x0(), 3, b::toString);
    assertTrue(b.contains(x + 3, baseline + 3), b::toString);
  }

  @Test
  void extract_ocrOff_imageOnlyPageIsEmpty() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDImageXObject scan = LosslessFactory.createFromImage(doc, TestDocuments.render(600, 100, 30, 10, 60, "hidden"));
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(scan, 72, 600, 144, 24);
      }
      pdf = TestDocuments.save(doc);
    }

    PositionedText t = TestDocuments.extract(new PdfExtractor(PdfSettings.defaults().withOcr(false)), pdf);

    assertEquals("\f", t.text().text());
    assertEquals(1, t.layout().pageCount());
  }
}
