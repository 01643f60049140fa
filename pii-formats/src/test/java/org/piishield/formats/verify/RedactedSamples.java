package org.piishield.formats.verify;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.piishield.formats.pdf.redact.RedactionArea;

/**
 * PDFs for the verifier tests, made with PDFBox (text) and Java2D (pictures of text), with the area covering the
 * withheld part computed from the same font metrics. Values are synthetic.
 */
final class RedactedSamples {
  static final String EMAIL = "ana.ruiz@example.org";
  static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  /** Pictures are drawn at half a point per pixel with their lower-left corner here. */
  static final float IMAGE_X = 72;
  static final float IMAGE_Y = 500;

  private RedactedSamples() {}

  /** A Letter page with {@code "Contact " + EMAIL + " today."} in 12 pt Helvetica at (72, 700); returns the e-mail's area. */
  static RedactionArea memo(Path pdf, String label) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(HELVETICA, 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Contact " + EMAIL + " today.");
        cs.endText();
      }
      doc.save(pdf.toFile());
    }
    float x0 = 72 + HELVETICA.getStringWidth("Contact ") / 1000f * 12;
    float x1 = x0 + HELVETICA.getStringWidth(EMAIL) / 1000f * 12;
    return new RedactionArea(0, x0 - 1, 700 - 3.5f, x1 + 1, 700 + 10.5f, label);
  }

  /** Black text on white, 40 px sans serif; the picture is as wide as the text plus margins. */
  static BufferedImage picture(String prefix, String withheld) {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 40);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D pg = probe.createGraphics();
    FontMetrics m = pg.getFontMetrics(font);
    int w = m.stringWidth(prefix + withheld) + 40;
    pg.dispose();
    BufferedImage image = new BufferedImage(w, 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, 80);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(font);
    g.drawString(prefix + withheld, 20, 52);
    g.dispose();
    return image;
  }

  /**
   * A Letter page with only {@code picture(prefix, withheld)} drawn at {@link #IMAGE_X}, {@link #IMAGE_Y}, half a
   * point per pixel; returns the area over the withheld part of the picture (its whole height).
   */
  static RedactionArea scanned(Path pdf, String prefix, String withheld, String label) throws IOException {
    BufferedImage image = picture(prefix, withheld);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(LosslessFactory.createFromImage(doc, image), IMAGE_X, IMAGE_Y, image.getWidth() / 2f,
            image.getHeight() / 2f);
      }
      doc.save(pdf.toFile());
    }
    Graphics2D g = image.createGraphics();
    FontMetrics m = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    float start = 20 + m.stringWidth(prefix);
    float end = 20 + m.stringWidth(prefix + withheld);
    g.dispose();
    return new RedactionArea(0, IMAGE_X + start / 2 - 2, IMAGE_Y, IMAGE_X + end / 2 + 2, IMAGE_Y + 40, label);
  }
}
