package org.piishield.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.piishield.formats.TestDocuments.HELVETICA;
import static org.piishield.formats.TestDocuments.addTextPage;
import static org.piishield.formats.TestDocuments.extract;
import static org.piishield.formats.TestDocuments.save;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.extract.ExtractionException;

/**
 * PDF text and glyph boxes, on PDFs written in the test by PDFBox and Ghostscript. Coordinates are PDF user
 * space (points, y up); "contains the drawn point" means the box holds the glyph origin nudged into the glyph.
 */
class PdfExtractorTest {

  private static final float TOL = 2f;

  @TempDir
  Path dir;

  @Test
  void extract_standard14Font_exactTextAndWordBoxWhereDrawn() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, HELVETICA, 12, 72, 700, "Call Ana Ruiz today");
      pdf = save(doc);
    }

    PositionedText t = extract(pdf);

    assertEquals("Call Ana Ruiz today\n\f", t.text().text());
    assertEquals("application/pdf", t.text().mediaType());
    int start = t.text().text().indexOf("Ana");
    List<PageBox> boxes = t.layout().boxes(start, start + 3);
    assertEquals(1, boxes.size(), boxes::toString);
    PageBox b = boxes.get(0);
    float anaX = 72 + HELVETICA.getStringWidth("Call ") / 1000 * 12;
    float anaW = HELVETICA.getStringWidth("Ana") / 1000 * 12;
    assertEquals(0, b.page());
    assertEquals(anaX, b.x0(), TOL, b::toString);
    assertEquals(anaX + anaW, b.x1(), TOL, b::toString);
    assertTrue(b.y0() < 700 && b.y0() > 700 - 12 * 0.4f, b::toString);
    assertTrue(b.y1() > 700 + 12 * 0.6f && b.y1() < 700 + 12 * 1.2f, b::toString);
    assertTrue(t.layout().hasBox(4), "the spaces were drawn as glyphs");
    assertFalse(t.layout().hasBox(19), "the line break is a separator");
    assertEquals(new PageBox(0, 0, 0, 612, 792), t.layout().pageArea(0));
  }

  @Test
  void extract_type0FontFromTrueType_exactAccentedText() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDType0Font dejavu = PDType0Font.load(doc, TestDocuments.DEJAVU.toFile());
      addTextPage(doc, dejavu, 14, 100, 500, "Niño Pérez, calle Ñandú 5");
      pdf = save(doc);
    }

    PositionedText t = extract(pdf);

    assertEquals("Niño Pérez, calle Ñandú 5\n\f", t.text().text());
    int s = t.text().text().indexOf("Ñandú");
    PageBox b = t.layout().boxes(s, s + 5).get(0);
    assertTrue(b.contains(b.x0() + 1, 503), b::toString);
    assertTrue(b.x0() > 100 && b.x1() < 100 + 14 * 20, b::toString);
  }

  @Test
  void extract_kernedTjArray_oneWordWithGlyphsKeptInPlace() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(HELVETICA, 20);
        cs.newLineAtOffset(50, 400);
        // "AVATAR" with kerning pairs pulled together, as typesetters write it
        cs.showTextWithPositioning(new Object[] {"A", 80f, "V", 80f, "A", 40f, "T", 60f, "A", "R"});
        cs.endText();
      }
      pdf = save(doc);
    }

    PositionedText t = extract(pdf);

    assertEquals("AVATAR\n\f", t.text().text());
    // the second A starts after A and V, each pulled left by 80/1000 em
    float x = 50 + (HELVETICA.getStringWidth("AV") - 160) / 1000 * 20;
    PageBox a2 = t.layout().box(2).orElseThrow();
    assertEquals(x, a2.x0(), TOL, a2::toString);
    assertEquals(x + HELVETICA.getStringWidth("A") / 1000 * 20, a2.x1(), TOL, a2::toString);
  }

  @Test
  void extract_textInFormXObject_boxAtWhereTheFormIsDrawn() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDFormXObject form = new PDFormXObject(doc);
      form.setBBox(new PDRectangle(0, 0, 300, 50));
      form.setResources(new PDResources());
      try (PDFormContentStream fs = new PDFormContentStream(form)) {
        fs.beginText();
        fs.setFont(HELVETICA, 10);
        fs.newLineAtOffset(10, 20);
        fs.showText("Officer badge 4471");
        fs.endText();
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(200, 300));
        cs.drawForm(form);
        cs.restoreGraphicsState();
      }
      pdf = save(doc);
    }

    PositionedText t = extract(pdf);

    assertEquals("Officer badge 4471\n\f", t.text().text());
    PageBox b = t.layout().boxes(0, 7).get(0);
    assertEquals(210, b.x0(), TOL, b::toString);
    assertTrue(b.contains(212, 323), b::toString);
  }

  @Test
  void extract_rotatedPage_boxesInUnrotatedUserSpace() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, HELVETICA, 12, 100, 600, "Rotated memo line");
      doc.getPage(0).setRotation(90);
      pdf = save(doc);
    }

    PositionedText t = extract(pdf);

    assertEquals("Rotated memo line\n\f", t.text().text());
    PageBox b = t.layout().boxes(8, 12).get(0);
    float memoX = 100 + HELVETICA.getStringWidth("Rotated ") / 1000 * 12;
    assertEquals(memoX, b.x0(), TOL, b::toString);
    assertTrue(b.contains(memoX + 1, 603), b::toString);
  }

  @Test
  void extract_cropBoxNotAtOrigin_boxesStayInUserSpace() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, HELVETICA, 12, 150, 600, "Cropped page");
      doc.getPage(0).setCropBox(new PDRectangle(100, 100, 400, 600));
      pdf = save(doc);
    }

    PositionedText t = extract(pdf);

    assertEquals("Cropped page\n\f", t.text().text());
    PageBox b = t.layout().boxes(0, 7).get(0);
    assertEquals(150, b.x0(), TOL, b::toString);
    assertTrue(b.contains(152, 603), b::toString);
    assertEquals(new PageBox(0, 100, 100, 500, 700), t.layout().pageArea(0));
  }

  @Test
  void extract_threePages_formFeedAfterEachAndPagesIndexed() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, HELVETICA, 12, 72, 700, "first");
      doc.addPage(new PDPage(PDRectangle.A4));
      addTextPage(doc, HELVETICA, 12, 72, 700, "third");
      pdf = save(doc);
    }

    PositionedText t = extract(pdf);

    assertEquals("first\n\f\fthird\n\f", t.text().text());
    TextLayout l = t.layout();
    assertEquals(3, l.pageCount());
    assertEquals(0, l.pageOf(0));
    assertEquals(7, l.pageStart(1));
    assertEquals(8, l.pageStart(2));
    assertEquals(2, l.pageOf(8));
    assertEquals(2, l.boxes(8, 13).get(0).page());
    assertEquals(595.27f, l.pageArea(1).x1(), 0.1f);
  }

  @Test
  void extract_ghostscriptPdfWrite_textAndBoxMatchThePostScript() throws Exception {
    Path ps = dir.resolve("memo.ps");
    Files.writeString(ps, "%!PS\n<< /PageSize [612 792] >> setpagedevice\n"
        + "/Helvetica findfont 16 scalefont setfont\n"
        + "72 650 moveto (Badge 4471 assigned to Ana Ruiz) show\n"
        + "/Times-Roman findfont 12 scalefont setfont\n"
        + "72 600 moveto (Phone 555-0142) show\nshowpage\n", StandardCharsets.US_ASCII);
    Path pdfPath = dir.resolve("memo.pdf");
    TestDocuments.run("install it with: sudo apt-get install -y ghostscript",
        "gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + pdfPath, ps.toString());

    PositionedText t = extract(Files.readAllBytes(pdfPath));

    assertEquals("Badge 4471 assigned to Ana Ruiz\nPhone 555-0142\n\f", t.text().text());
    int s = t.text().text().indexOf("555-0142");
    PageBox b = t.layout().boxes(s, s + 8).get(0);
    assertTrue(b.contains(b.x0() + 1, 603) && b.x0() > 72 + 20 && b.x1() < 200, b::toString);
  }

  @Test
  void extract_sameWordsAsPopplerPdftotext() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDType0Font dejavu = PDType0Font.load(doc, TestDocuments.DEJAVU.toFile());
      addTextPage(doc, dejavu, 11, 72, 700, "Juez María López, domicilio Av. Reforma 222");
      addTextPage(doc, HELVETICA, 11, 72, 700, "Contact ana.ruiz@example.org or 202-555-0142");
      pdf = save(doc);
    }
    Path pdfPath = dir.resolve("two.pdf");
    Files.write(pdfPath, pdf);
    Path txt = dir.resolve("two.txt");
    TestDocuments.run("install it with: sudo apt-get install -y poppler-utils", "pdftotext", pdfPath.toString(), txt.toString());

    PositionedText t = extract(pdf);

    assertEquals(TestDocuments.words(Files.readString(txt)), TestDocuments.words(t.text().text()));
  }

  @Test
  void extract_userPassword_refusedAsEncrypted() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, HELVETICA, 12, 72, 700, "secret");
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      pdf = save(doc);
    }

    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(pdf));

    assertTrue(e.getMessage().startsWith("encrypted PDF; a password is needed"), e.getMessage());
  }

  @Test
  void extract_ownerPasswordOnly_readsText() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, HELVETICA, 12, 72, 700, "open to read");
      doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      pdf = save(doc);
    }

    assertEquals("open to read\n\f", extract(pdf).text().text());
  }

  @Test
  void extract_brokenXrefOffsets_repairedByLenientParser() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, HELVETICA, 12, 72, 700, "still readable");
      pdf = save(doc);
    }
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    int xref = s.lastIndexOf("startxref");
    // point startxref at the wrong place: readers must rebuild the cross-reference table
    String broken = s.substring(0, xref) + "startxref\n12\n%%EOF\n";

    assertEquals("still readable\n\f", extract(broken.getBytes(StandardCharsets.ISO_8859_1)).text().text());
  }

  @Test
  void extract_garbageAfterHeader_refusedAsDamaged() {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    byte[] pdf = new byte[junk.length + 9];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
    System.arraycopy(junk, 0, pdf, 9, junk.length);

    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(pdf));

    assertTrue(e.getMessage().startsWith("damaged PDF"), e.getMessage());
  }

  @Test
  void extract_morePagesThanLimit_refusedBeforeReading() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 3; i++) {
        addTextPage(doc, HELVETICA, 12, 72, 700, "page " + i);
      }
      pdf = save(doc);
    }

    ExtractionException e = assertThrows(ExtractionException.class,
        () -> extract(new PdfExtractor(PdfSettings.defaults().withMaxPages(2)), pdf));

    assertEquals("PDF has 3 pages, more than the limit of 2", e.getMessage());
  }

  @Test
  void extract_largerThanMaxBytes_refused() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addTextPage(doc, HELVETICA, 12, 72, 700, "small");
      pdf = save(doc);
    }

    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new PdfExtractor().extract(new ByteArrayInputStream(pdf), "a.pdf", 100));

    assertEquals("larger than the 100-byte limit", e.getMessage());
  }

  @Test
  void pixelsToUserSpace_eachRotation_mapsRenderedCornersBack() {
    PDRectangle crop = new PDRectangle(10, 20, 200, 100); // x 10..210, y 20..120
    float s = 0.5f; // 144 dpi
    // top-left pixel of the rendered image is the crop corner shown top-left after rotation
    assertPoint(10, 120, PdfExtractor.pixelsToUserSpace(crop, 0, s), 0, 0);
    assertPoint(10, 20, PdfExtractor.pixelsToUserSpace(crop, 90, s), 0, 0);
    assertPoint(210, 20, PdfExtractor.pixelsToUserSpace(crop, 180, s), 0, 0);
    assertPoint(210, 120, PdfExtractor.pixelsToUserSpace(crop, 270, s), 0, 0);
    // one pixel right on an unrotated page is half a point right
    assertPoint(10.5f, 120, PdfExtractor.pixelsToUserSpace(crop, 0, s), 1, 0);
  }

  private static void assertPoint(float x, float y, java.awt.geom.AffineTransform t, float px, float py) {
    java.awt.geom.Point2D p = t.transform(new java.awt.geom.Point2D.Float(px, py), null);
    assertEquals(x, p.getX(), 1e-3, () -> "x of " + p);
    assertEquals(y, p.getY(), 1e-3, () -> "y of " + p);
  }
}
