package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.piishield.cli.ScanCommandTest.array;
import static org.piishield.cli.ScanCommandTest.object;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.text.Json;

/**
 * {@code shield scan} on a PDF written with PDFBox and a PNG rendered with Java2D: the pii-formats extractors
 * are found on the class path with no change to the command. The image test needs Tesseract (it fails with
 * the install command without it). Values are synthetic: example.org addresses, 555-01xx numbers.
 */
class ScanFormatsTest {

  private static final String EMAIL = "ana.ruiz@example.org";
  private static final String PHONE = "(312) 555-0142";

  @TempDir
  Path dir;

  @Test
  void scan_generatedPdf_findsPlantedEmailAndPhoneOnPageTwo() throws IOException {
    Path pdf = dir.resolve("memo.pdf");
    try (PDDocument doc = new PDDocument()) {
      page(doc, "Case 17 notes, nothing personal here.");
      page(doc, "Reach Sgt. Ruiz at " + EMAIL + " or call " + PHONE + " after 6.");
      doc.save(pdf.toFile());
    }

    Shield.Result r = Shield.run("scan", "--entities", "EMAIL,PHONE_NUMBER", "--show-text", pdf.toString());

    assertEquals(0, r.exitCode(), r::toString);
    List<String> found = findings(r, "EMAIL", "PHONE_NUMBER");
    assertEquals(List.of("EMAIL " + EMAIL, "PHONE_NUMBER " + PHONE), found, r::toString);
  }

  @Test
  void scan_renderedPng_findsEmailByOcr() throws IOException {
    BufferedImage image = new BufferedImage(1600, 220, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1600, 220);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 44));
    g.drawString("Write to " + EMAIL + " today", 40, 120);
    g.dispose();
    Path png = dir.resolve("flyer.png");
    ImageIO.write(image, "png", png.toFile());

    Shield.Result r = Shield.run("scan", "--entities", "EMAIL", "--show-text", png.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(List.of("EMAIL " + EMAIL), findings(r, "EMAIL"), r::toString);
  }

  private static void page(PDDocument doc, String text) throws IOException {
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
      cs.newLineAtOffset(72, 700);
      cs.showText(text);
      cs.endText();
    }
  }

  /** "TYPE text" of every finding of the given types in the single document scanned, in order. */
  private static List<String> findings(Shield.Result r, String... types) {
    List<String> wanted = List.of(types);
    List<String> out = new ArrayList<>();
    for (Object o : array(object(array(Json.parse(r.out())).get(0)).get("findings"))) {
      Map<String, Object> f = object(o);
      if (wanted.contains(f.get("type"))) {
        out.add(f.get("type") + " " + f.get("text"));
      }
    }
    return out;
  }
}
