package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pixels under an area are erased in the image itself, checked with poppler's pdfimages and Tesseract. */
class PdfRedactorImageTest {
  private static final String NAME = PdfRedactorTextTest.NAME;
  /** The image is drawn 1 pt per pixel with its lower-left corner here. */
  private static final int IMAGE_X = 72;
  private static final int IMAGE_Y = 600;
  private static final int W = 300;
  private static final int H = 60;

  @TempDir Path dir;

  @Test
  void redact_flateImageUnderWord_blackensPixelsInTheImageOnly() throws Exception {
    BufferedImage picture = pattern();
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(LosslessFactory.createFromImage(doc, picture), IMAGE_X, IMAGE_Y, W, H);
        area = Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 80, 620, "Badge of ", NAME, " shown.", 0,
            "(b)(6)");
      }
      doc.save(in.toFile());
    }

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    assertEquals(1, report.imagesErased());
    PdfEvidence.assertGone(out, NAME);
    List<BufferedImage> images = PdfEvidence.images(out, dir);
    assertEquals(1, images.size(), "the original image is not kept beside the erased copy");
    BufferedImage erased = images.get(0);
    int c0 = (int) Math.floor(area.x0() - IMAGE_X);
    int c1 = (int) Math.ceil(area.x1() - IMAGE_X);
    int r0 = (int) Math.floor(IMAGE_Y + H - area.y1());
    int r1 = (int) Math.ceil(IMAGE_Y + H - area.y0());
    PdfEvidence.assertSolid(erased, c0, r0, c1, r1, 0x000000);
    int changedOutside = 0;
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        boolean inside = x >= c0 && x < c1 && y >= r0 && y < r1;
        if (!inside && (erased.getRGB(x, y) & 0xFFFFFF) != (picture.getRGB(x, y) & 0xFFFFFF)) {
          changedOutside++;
        }
      }
    }
    assertEquals(0, changedOutside, "lossless re-encoding keeps every pixel outside the area");
  }

  @Test
  void redact_jpegImageUnderWord_blackensPixelsAndStaysJpeg() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area = new RedactionArea(0, 150, 610, 250, 640, "(b)(6)");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(JPEGFactory.createFromImage(doc, pattern(), 0.9f), IMAGE_X, IMAGE_Y, W, H);
      }
      doc.save(in.toFile());
    }

    PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    String list = ExternalTools.run("pdfimages", "-list", out.toString());
    assertTrue(list.contains("jpeg"), list);
    BufferedImage erased = PdfEvidence.images(out, dir).get(0);
    // JPEG rings at block edges: check one pixel inside the mapped rectangle.
    PdfEvidence.assertSolid(erased, 150 - IMAGE_X + 1, IMAGE_Y + H - 640 + 1, 250 - IMAGE_X - 1,
        IMAGE_Y + H - 610 - 1, 0x000000);
  }

  @Test
  void redact_scanWithInvisibleOcrText_removesTextLayerAndPixels() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    // A "scan" at 4 px per point with the name drawn into its pixels, and an invisible (Tr 3) OCR layer over it.
    int scale = 4;
    BufferedImage scan = new BufferedImage(400 * scale, 40 * scale, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = scan.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14 * scale));
    String prefix = "Inspector ";
    g.drawString(prefix + NAME + " arrived", 4 * scale, 26 * scale);
    int nameStart = g.getFontMetrics().stringWidth(prefix) / scale + 4;
    int nameEnd = g.getFontMetrics().stringWidth(prefix + NAME) / scale + 4;
    float lineWidth = g.getFontMetrics().stringWidth(prefix + NAME + " arrived") / (float) scale;
    g.dispose();
    int baseline = 500 + 40 - 26;
    RedactionArea pixels = new RedactionArea(0, 72 + nameStart - 1, 500 + 40 - 26 - 5, 72 + nameEnd + 1,
        500 + 40 - 26 + 12, "(b)(6)");
    RedactionArea ocr;
    float th = lineWidth / Planted.width(PdfRedactorTextTest.HELVETICA, 14, prefix + NAME + " arrived");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(LosslessFactory.createFromImage(doc, scan), 72, 500, 400, 40);
        cs.beginText();
        cs.setRenderingMode(RenderingMode.NEITHER);
        cs.setFont(PdfRedactorTextTest.HELVETICA, 14);
        // Like OCR renderers, stretch the invisible line to the width of the words in the scan.
        cs.setHorizontalScaling(100 * th);
        cs.newLineAtOffset(76, baseline);
        cs.showText(prefix + NAME + " arrived");
        cs.endText();
      }
      RedactionArea unscaled = Planted.area(PdfRedactorTextTest.HELVETICA, 14, 0, baseline, prefix, NAME, 0, "");
      ocr = new RedactionArea(0, 76 + unscaled.x0() * th, unscaled.y0(), 76 + unscaled.x1() * th, unscaled.y1(), "");
      doc.save(in.toFile());
    }
    assertTrue(ExternalTools.pdftotext(in, false, 0).contains(NAME), "the OCR layer is extractable before");
    RedactionArea area = new RedactionArea(0, Math.min(pixels.x0(), ocr.x0()), Math.min(pixels.y0(), ocr.y0()),
        Math.max(pixels.x1(), ocr.x1()), Math.max(pixels.y1(), ocr.y1()), "(b)(6)");

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    // The area is the union of where the scan and the OCR layer put the name; the two fonts differ in width, so
    // a few neighbouring letters of the invisible layer fall under it too.
    assertTrue(report.glyphsRemoved() >= NAME.length() && report.glyphsRemoved() <= NAME.length() + 8,
        "removed " + report.glyphsRemoved());
    assertEquals(1, report.imagesErased());
    PdfEvidence.assertGone(out, NAME);
    String text = ExternalTools.pdftotext(out, false, 0);
    assertTrue(text.contains("Inspector") && text.contains("arrived"), text);
    BufferedImage erased = PdfEvidence.images(out, dir).get(0);
    PdfEvidence.assertSolid(erased, (int) Math.ceil((area.x0() - 72) * scale),
        (int) Math.ceil((540 - area.y1()) * scale), (int) Math.floor((area.x1() - 72) * scale),
        (int) Math.floor((540 - area.y0()) * scale), 0x000000);
    // Re-OCR the rendered page: Tesseract must not read the name from the pixels either.
    ExternalTools.run("pdftoppm", "-r", "300", "-png", "-singlefile", out.toString(),
        dir.resolve("ocr").toString());
    String ocrText = ExternalTools.run("tesseract", dir.resolve("ocr.png").toString(), "-", "-l", "eng")
        .toLowerCase(Locale.ROOT);
    assertFalse(ocrText.contains("marisol") || ocrText.contains("quintanilla"), "tesseract reads the name");
    assertTrue(ocrText.contains("inspector"), "tesseract still reads the neighbour: " + ocrText);
  }

  /** A colourful, non-black test picture: every pixel differs from its neighbours. */
  private static BufferedImage pattern() {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        image.setRGB(x, y, ((100 + x % 150) << 16) | ((120 + y * 2) << 8) | 200);
      }
    }
    return image;
  }

  @Test
  void redact_imageDrawnTwiceOnPage_erasesOnlyTheUseUnderTheArea() throws Exception {
    BufferedImage picture = pattern();
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDImageXObject shared = LosslessFactory.createFromImage(doc, picture);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(shared, IMAGE_X, IMAGE_Y, W, H);
        cs.drawImage(shared, IMAGE_X, 300, W, H);
      }
      doc.save(in.toFile());
    }
    RedactionArea area = new RedactionArea(0, IMAGE_X, IMAGE_Y, IMAGE_X + 50, IMAGE_Y + H, "");

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    assertEquals(1, report.imagesErased());
    List<BufferedImage> images = PdfEvidence.images(out, dir);
    assertEquals(2, images.size(), "the erased copy and the untouched original");
    BufferedImage page = PdfEvidence.render(out, 1, dir);
    PdfEvidence.assertSolid(page, IMAGE_X + 1, 792 - IMAGE_Y - H + 1, IMAGE_X + 49, 792 - IMAGE_Y - 1, 0x000000);
    // The second use, 300 pt up from the bottom, still shows the picture.
    int original = picture.getRGB(10, 10) & 0xFFFFFF;
    PdfEvidence.assertSolid(page, IMAGE_X + 10, 792 - 300 - H + 10, IMAGE_X + 11, 792 - 300 - H + 11, original);
  }

  @Test
  void redact_imageWithSoftMask_erasesPixelsAndMakesThemOpaque() throws Exception {
    BufferedImage translucent = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        translucent.setRGB(x, y, ((x % 200) << 24) | 0x3366CC); // alpha varies, so the mask holds a pattern
      }
    }
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(LosslessFactory.createFromImage(doc, translucent), IMAGE_X, IMAGE_Y, W, H);
      }
      doc.save(in.toFile());
    }
    RedactionArea area = new RedactionArea(0, IMAGE_X + 100, IMAGE_Y + 10, IMAGE_X + 160, IMAGE_Y + 40, "");

    PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    String list = ExternalTools.run("pdfimages", "-list", out.toString());
    assertTrue(list.contains("smask"), list);
    List<BufferedImage> images = PdfEvidence.images(out, dir); // the image, then its soft mask
    assertEquals(2, images.size());
    PdfEvidence.assertSolid(images.get(0), 100, 20, 160, 50, 0x000000);
    PdfEvidence.assertSolid(images.get(1), 100, 20, 160, 50, 0xFFFFFF);
    Path original = Files.createDirectory(dir.resolve("original"));
    BufferedImage originalMask = PdfEvidence.images(in, original).get(1);
    for (int x = 0; x < W; x += 7) {
      if (x < 100 || x >= 160) {
        PdfEvidence.assertSolid(images.get(1), x, 20, x + 1, 21, originalMask.getRGB(x, 20)); // alpha kept exactly
      }
    }
  }

  @Test
  void redact_nestedFormsWithTextAndImage_redactsInsideBothLevels() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDFormXObject inner = new PDFormXObject(doc);
      inner.setBBox(new PDRectangle(0, 0, W, H + 30));
      inner.setResources(new PDResources());
      try (PDFormContentStream fs = new PDFormContentStream(inner)) {
        fs.drawImage(LosslessFactory.createFromImage(doc, pattern()), 0, 0, W, H);
        fs.beginText();
        fs.setFont(PdfRedactorTextTest.HELVETICA, 12);
        fs.newLineAtOffset(0, H + 10);
        fs.showText("Signed " + NAME + " in ink");
        fs.endText();
      }
      PDFormXObject outer = new PDFormXObject(doc);
      outer.setBBox(new PDRectangle(0, 0, 500, 200));
      outer.setResources(new PDResources());
      outer.setMatrix(new AffineTransform(1, 0, 0, 1, 10, 20));
      try (PDFormContentStream fs = new PDFormContentStream(outer)) {
        fs.drawForm(inner);
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(IMAGE_X - 10, IMAGE_Y - 20));
        cs.drawForm(outer);
        cs.restoreGraphicsState();
      }
      doc.save(in.toFile());
    }
    // Inner form space lands at (IMAGE_X, IMAGE_Y): the image at its usual place, the text 10 pt above it.
    RedactionArea text = Planted.area(PdfRedactorTextTest.HELVETICA, 12, IMAGE_X, IMAGE_Y + H + 10, "Signed ", NAME,
        0, "(b)(6)");
    RedactionArea pixels = new RedactionArea(0, IMAGE_X + 20, IMAGE_Y + 5, IMAGE_X + 80, IMAGE_Y + 25, "");

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(text, pixels), RedactionOptions.defaults());

    assertEquals(2, report.formsRewritten(), "outer and inner copies");
    assertEquals(1, report.imagesErased());
    assertEquals(NAME.length(), report.glyphsRemoved());
    PdfEvidence.assertGone(out, NAME);
    List<BufferedImage> images = PdfEvidence.images(out, dir);
    assertEquals(1, images.size(), "the unredacted image is no longer in the file");
    PdfEvidence.assertSolid(images.get(0), 20, H - 25, 80, H - 5, 0x000000);
    String kept = ExternalTools.pdftotext(out, true, 0);
    assertTrue(kept.contains("Signed") && kept.contains("in ink"), kept);
  }
}
