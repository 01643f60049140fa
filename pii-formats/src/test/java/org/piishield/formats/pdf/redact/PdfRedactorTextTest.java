package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.geom.AffineTransform;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.io.File;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
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

  @Test
  void redact_kernedTjArray_removesValueKeepsKerningOfNeighbours() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    // Kerning numbers before, inside and after the value: the rewritten array must keep later glyphs in place.
    // (A positive number right after the value would pull the next space into the area, and it would go too.)
    Object[] tj = {"Of", -40f, "ficer ", "Mar", 55f, "isol Quin", -25f, "tanilla", -30f, " signed", 60f, " it."};
    float x = 72;
    float y = 700;
    float size = 14;
    float start = 0;
    float end = 0;
    float pen = x;
    for (Object o : tj) {
      if (o instanceof Float n) {
        pen -= n / 1000f * size;
      } else {
        String s = (String) o;
        if (s.equals("Mar")) {
          start = pen;
        }
        pen += Planted.width(HELVETICA, size, s);
        if (s.equals("tanilla")) {
          end = pen;
        }
      }
    }
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(HELVETICA, size);
        cs.newLineAtOffset(x, y);
        cs.showTextWithPositioning(tj);
        cs.endText();
      }
      doc.save(in.toFile());
    }
    float ascent = 718 / 1000f * size;
    float descent = -207 / 1000f * size;
    RedactionArea area = new RedactionArea(0, start, y + descent, end, y + ascent, "(b)(6)");

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    assertEquals(NAME.length(), report.glyphsRemoved());
    PdfEvidence.assertGone(out, NAME);
    PdfEvidence.assertKeptInPlace(PdfEvidence.words(in), PdfEvidence.words(out), WITHHELD_WORDS);
  }

  @Test
  void redact_type0DejaVuFont_removesValueKeepsAccentedNeighbours() throws Exception {
    // No "fi": PDFBox 3 applies the font's GSUB ligatures to Type 0 text, and poppler then extracts U+FB01.
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area;
    try (PDDocument doc = new PDDocument()) {
      PDFont dejavu = PDType0Font.load(doc, new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        area = Planted.line(cs, dejavu, 11, 60, 640, "Señal: agente ", NAME, " — tránsito día 3.", 0, "(b)(7)(C)");
        Planted.line(cs, dejavu, 11, 60, 620, "Año escolar; niño; acción.", "", "", 0, "");
      }
      doc.save(in.toFile());
    }

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    assertEquals(NAME.length(), report.glyphsRemoved());
    PdfEvidence.assertGone(out, NAME);
    PdfEvidence.assertKeptInPlace(PdfEvidence.words(in), PdfEvidence.words(out), WITHHELD_WORDS);
    String raw = ExternalTools.pdftotext(out, false, 0);
    assertTrue(raw.contains("tránsito día 3."), raw);
  }

  @Test
  void redact_textInSharedFormXObject_redactsOnlyTheUseUnderTheArea() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area;
    try (PDDocument doc = new PDDocument()) {
      PDFormXObject form = new PDFormXObject(doc);
      form.setBBox(new PDRectangle(0, 0, 400, 40));
      form.setResources(new PDResources());
      try (PDFormContentStream fs = new PDFormContentStream(form)) {
        fs.beginText();
        fs.setFont(HELVETICA, 12);
        fs.newLineAtOffset(5, 10);
        fs.showText("Stamp: " + NAME + " approved");
        fs.endText();
      }
      for (int i = 0; i < 2; i++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          Planted.line(cs, HELVETICA, 12, 72, 700, "Page text " + (i + 1) + " stays.", "", "", i, "");
          cs.saveGraphicsState();
          cs.transform(Matrix.getTranslateInstance(100, 500));
          cs.drawForm(form);
          cs.restoreGraphicsState();
        }
      }
      // The form's own space, moved by the translation it is drawn with.
      RedactionArea local = Planted.area(HELVETICA, 12, 5, 10, "Stamp: ", NAME, 0, "(b)(6)");
      area = new RedactionArea(0, local.x0() + 100, local.y0() + 500, local.x1() + 100, local.y1() + 500, "(b)(6)");
      doc.save(in.toFile());
    }

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    assertEquals(1, report.formsRewritten());
    assertEquals(NAME.length(), report.glyphsRemoved());
    String first = ExternalTools.pdftotext(out, true, 1);
    String second = ExternalTools.pdftotext(out, true, 2);
    assertTrue(!first.contains("Marisol") && !first.contains("Quintanilla"), first);
    assertTrue(first.contains("Stamp:") && first.contains("approved"), first);
    assertTrue(second.contains("Stamp: " + NAME + " approved"), "page 2 draws the form unredacted: " + second);
    PdfEvidence.assertKeptInPlace(PdfEvidence.words(in), PdfEvidence.words(out), WITHHELD_WORDS);
  }

  @Test
  void redact_textInFormXObjectUsedOnce_leavesNoCopyOfTheOriginal() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area;
    try (PDDocument doc = new PDDocument()) {
      PDFormXObject form = new PDFormXObject(doc);
      form.setBBox(new PDRectangle(0, 0, 400, 40));
      form.setResources(new PDResources());
      form.setMatrix(new AffineTransform(1, 0, 0, 1, 20, 0));
      try (PDFormContentStream fs = new PDFormContentStream(form)) {
        fs.beginText();
        fs.setFont(HELVETICA, 10);
        fs.newLineAtOffset(5, 10);
        fs.showText("Witness " + NAME + " stated");
        fs.endText();
      }
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.saveGraphicsState();
        cs.transform(Matrix.getScaleInstance(1.5f, 1.5f));
        cs.drawForm(form);
        cs.restoreGraphicsState();
      }
      RedactionArea local = Planted.area(HELVETICA, 10, 5, 10, "Witness ", NAME, 0, "(b)(6)");
      // Form matrix (translate 20) first, then the page's scale 1.5.
      area = new RedactionArea(0, (local.x0() + 20) * 1.5f, local.y0() * 1.5f, (local.x1() + 20) * 1.5f,
          local.y1() * 1.5f, "(b)(6)");
      doc.save(in.toFile());
    }

    PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    PdfEvidence.assertGone(out, NAME);
    PdfEvidence.assertKeptInPlace(PdfEvidence.words(in), PdfEvidence.words(out), WITHHELD_WORDS);
  }

  @Test
  void redact_rotatedPage_removesValueAndBoxCoversItOnScreen() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      page.setRotation(90);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        // Text drawn turned by 90 degrees so it reads upright on the rotated page, as landscape producers do.
        cs.beginText();
        cs.setFont(HELVETICA, 12);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 300, 72));
        cs.showText("Driver " + NAME + " was stopped.");
        cs.endText();
      }
      float start = Planted.width(HELVETICA, 12, "Driver ");
      float end = start + Planted.width(HELVETICA, 12, NAME);
      // Rotated by 90 degrees about (300, 72): text x runs up the page, ascent points to -x.
      area = new RedactionArea(0, 300 - 718 / 1000f * 12, 72 + start, 300 + 207 / 1000f * 12, 72 + end, "");
      doc.save(in.toFile());
    }

    PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    PdfEvidence.assertGone(out, NAME);
    PdfEvidence.assertKeptInPlace(PdfEvidence.words(in), PdfEvidence.words(out), WITHHELD_WORDS);
    BufferedImage shown = PdfEvidence.render(out, 1, dir);
    assertEquals(792, shown.getWidth(), "a /Rotate 90 letter page renders landscape");
    // Rotate 90 shows user point (x, y) at device (y, x).
    PdfEvidence.assertSolid(shown, (int) Math.ceil(area.y0()) + 1, (int) Math.ceil(area.x0()) + 1,
        (int) Math.floor(area.y1()) - 1, (int) Math.floor(area.x1()) - 1, 0x000000);
  }

  @Test
  void redact_verticalType0Font_removesValueAlongTheColumn() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    float size = 12;
    try (PDDocument doc = new PDDocument()) {
      // DejaVu has no vertical metrics, so PDFBox writes the defaults: each glyph advances 1 em down, with its
      // horizontal origin 0.88 em below the pen and centred on it.
      PDFont column = PDType0Font.loadVertical(doc, new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(column, size);
        cs.newLineAtOffset(300, 700);
        cs.showText("Rank " + NAME + " kept");
        cs.endText();
      }
      doc.save(in.toFile());
    }
    // Glyph i's pen is at y 700 - 12 i; glyph boxes overlap their neighbours a little (DejaVu's ascent + descent
    // exceed 1 em), so the area runs from inside glyph 5 ("M") to inside glyph 23 (the last "a").
    RedactionArea area = new RedactionArea(0, 290, 700 - 23 * size - 10, 310, 700 - 5 * size - 3, "");
    assertTrue(squeeze(ExternalTools.pdftotext(in, false, 0)).contains("MarisolQuintanilla"));

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    assertEquals(NAME.length(), report.glyphsRemoved());
    String after = squeeze(ExternalTools.pdftotext(out, false, 0));
    assertTrue(after.contains("Rank") && after.contains("kept"), after);
    assertTrue(!after.contains("Marisol") && !after.contains("Quintanilla"), after);
    PdfEvidence.assertGone(out, NAME);
    // PDFBox's own text engine sees the kept glyphs exactly where they were.
    List<PdfRedactorRandomTest.Glyph> before = PdfRedactorRandomTest.glyphs(in);
    List<PdfRedactorRandomTest.Glyph> kept = PdfRedactorRandomTest.glyphs(out);
    assertEquals(before.size() - NAME.length(), kept.size());
    for (PdfRedactorRandomTest.Glyph g : kept) {
      assertTrue(before.stream().anyMatch(b -> PdfRedactorRandomTest.same(b, g)), "moved: " + g);
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
