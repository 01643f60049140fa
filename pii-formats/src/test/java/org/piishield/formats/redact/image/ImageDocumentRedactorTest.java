package org.piishield.formats.redact.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.piishield.formats.redact.image.ImageFixtures.squeeze;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.ImageExtractor;
import org.piishield.formats.PageBox;
import org.piishield.formats.TestDocuments;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.Redactors;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.formats.verify.ImageVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/**
 * True redaction of images made by real producers (Ghostscript, Java2D, Commons Imaging), checked by the
 * {@code tesseract} command, by the pixels of every burned box, and by the independent {@link ImageVerifier}.
 * Needs Tesseract (library and command, eng+spa) and Ghostscript: {@code bin/setup-system} installs them.
 */
class ImageDocumentRedactorTest {

  private static final String[] FLYER = {
      "NEIGHBORHOOD WATCH MEETING",
      "Officer Daniel Brooks lives at 4127 Maple Avenue",
      "Call him at 312-555-0142 after six tonight",
      "Bring snacks and a folding chair",
      "The meeting starts at the public library"};

  @TempDir
  Path dir;

  @Test
  void redact_ghostscriptPngFlyer_valuesBurnedOutRestStillReads() throws Exception {
    Path png = ImageFixtures.ghostscriptFlyer(dir, "flyer", 200, FLYER);
    RedactableImage doc = open(png);
    String text = doc.text();
    assertEquals(new ImageExtractor().extract(png).text().text(), text, "the text shield scan reports");
    List<WithheldSpan> spans = List.of(
        span(text, "Daniel Brooks", "PERSON", "(b)(6)"),
        span(text, "4127 Maple Avenue", "US_STREET_ADDRESS", "(b)(7)(C)"),
        span(text, "312-555-0142", "PHONE_NUMBER", "(b)(7)(C), (b)(7)(F)"));
    Path out = dir.resolve("out/flyer.png");

    doc.writeRedacted(new RedactionPlan(spans, Map.of()), out);

    BufferedImage red = ImageIO.read(out.toFile());
    assertEquals(1700, red.getWidth());
    for (WithheldSpan s : spans) {
      for (PageBox b : doc.layout().boxes(s.start(), s.end())) {
        assertBurned(red, BoxBurner.padded(b, red.getWidth(), red.getHeight()));
      }
    }
    String after = squeeze(ImageFixtures.tesseract(out));
    for (String gone : List.of("Daniel", "Brooks", "4127", "Maple", "312-555-0142")) {
      assertFalse(after.contains(squeeze(gone)), "still readable: " + gone);
    }
    for (String kept : List.of(FLYER[0], FLYER[3], FLYER[4], "Officer", "after six tonight")) {
      assertTrue(after.contains(squeeze(kept)), "no longer readable: " + kept + " in " + after);
    }
    VerificationReport report = new ImageVerifier().verify(out, withheld(text, spans));
    assertTrue(report.passed(), report.residues()::toString);
  }

  @Test
  void redact_sidewaysPhoneJpegWithExifGps_uprightCopyWithoutMetadata() throws Exception {
    BufferedImage upright = TestDocuments.render(1400, 420, 40, 50, 100,
        "Deputy Maria Lopez parks her truck here", "Her cell phone is 415-555-0198", "Report graffiti at the desk");
    Path jpg = dir.resolve("photo.jpg");
    Files.write(jpg, ImageFixtures.withPhoneMetadata(ImageFixtures.jpeg(ImageFixtures.storedSideways(upright), 0.9f),
        (short) 6));
    assertFalse(new ImageVerifier().verify(jpg, List.of()).passed(), "the original carries EXIF and XMP");
    RedactableImage doc = open(jpg);
    String text = doc.text();
    List<WithheldSpan> spans = List.of(span(text, "415-555-0198", "PHONE_NUMBER", "(b)(6)"));
    Path out = dir.resolve("out/photo.jpg");

    doc.writeRedacted(new RedactionPlan(spans, Map.of()), out);

    BufferedImage red = ImageFixtures.frames(out).get(0);
    assertEquals(1400, red.getWidth(), "orientation applied to the pixels");
    assertEquals(420, red.getHeight());
    String bytes = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
    for (String trace : List.of("Exif", "ShieldTestPhone", "SN-4471", "ns.adobe.com", "Daniel Brooks")) {
      assertFalse(bytes.contains(trace), "metadata left: " + trace);
    }
    String after = squeeze(ImageFixtures.tesseract(out));
    assertFalse(after.replaceAll("[^0-9]", "").contains("4155550198"), after);
    assertTrue(after.contains(squeeze("Report graffiti at the desk")), after);
    VerificationReport report = new ImageVerifier().verify(out, withheld(text, spans));
    assertTrue(report.passed(), report.residues()::toString);
  }

  @Test
  void redact_multiPageTiff_spanOnFirstPageSecondPageWithheldWhole() throws Exception {
    BufferedImage first = TestDocuments.render(1600, 260, 40, 50, 100, "Sergeant Ana Ruiz starts at noon", "Bring the keys");
    BufferedImage second = TestDocuments.render(1600, 260, 40, 50, 100, "Her home is 88 Birch Street Dayton");
    Path tif = dir.resolve("memo.tif");
    Files.write(tif, ImageFixtures.tiff(List.of(first, second)));
    RedactableImage doc = open(tif);
    String text = doc.text();
    List<WithheldSpan> spans = List.of(span(text, "Ruiz", "PERSON", "(b)(6)"));
    Path out = dir.resolve("out/memo.tif");

    doc.writeRedacted(new RedactionPlan(spans, Map.of(1, "(b)(6)")), out);

    List<BufferedImage> pages = ImageFixtures.frames(out);
    assertEquals(2, pages.size());
    assertTrue(blackShare(pages.get(1), new Rectangle(0, 0, 1600, 260)) > 0.9);
    String after = squeeze(ImageFixtures.tesseract(out));
    assertTrue(after.contains(squeeze("Page withheld in full under (b)(6)")), after);
    assertTrue(after.contains(squeeze("Bring the keys")), after);
    assertFalse(after.contains("ruiz") || after.contains("birch"), after);
    List<WithheldValue> withheld = new ArrayList<>(withheld(text, spans));
    int p2 = text.indexOf("88 Birch Street");
    withheld.add(new WithheldValue(2, "US_STREET_ADDRESS", text.substring(p2, p2 + 15), "(b)(6)"));
    VerificationReport report = new ImageVerifier().verify(out, withheld);
    assertTrue(report.passed(), report.residues()::toString);
  }

  @Test
  void redact_spanishFlyerPhoto_phoneAndAddressGone() throws Exception {
    Path png = ImageFixtures.ghostscriptFlyer(dir, "volante", 200,
        "AVISO A LOS VECINOS",
        "El agente Jorge Peña vive en Calle Álamo 35",
        "Su teléfono es 55 1234 5678",
        "Reunión el sábado en la plaza mayor",
        "Traigan pancartas y agua");
    BufferedImage photo = ImageFixtures.photo(ImageIO.read(png.toFile()), 1.2, 10, 7L);
    Path jpg = dir.resolve("volante.jpg");
    Files.write(jpg, ImageFixtures.withPhoneMetadata(ImageFixtures.jpeg(photo, 0.85f), (short) 1));
    RedactableImage doc = open(jpg);
    String text = doc.text();
    List<WithheldSpan> spans = List.of(
        span(text, "Calle Álamo 35", "ES_STREET_ADDRESS", "(b)(7)(C)"),
        span(text, "55 1234 5678", "PHONE_NUMBER", "(b)(7)(C)"));
    Path out = dir.resolve("out/volante.jpg");

    doc.writeRedacted(new RedactionPlan(spans, Map.of()), out);

    String after = squeeze(ImageFixtures.tesseract(out));
    assertFalse(after.contains("alamo"), after);
    assertFalse(after.replaceAll("[^0-9]", "").contains("5512345678"), after);
    assertTrue(after.contains(squeeze("Reunión el sábado en la plaza mayor")), after);
    assertTrue(after.contains(squeeze("Jorge Peña")), "not withheld here, so still readable: " + after);
    VerificationReport report = new ImageVerifier().verify(out, withheld(text, spans));
    assertTrue(report.passed(), report.residues()::toString);
  }

  @Test
  void redact_bilevelFaxTiffAndPalettePng_boxesTrulyBlack() throws Exception {
    BufferedImage rgb = TestDocuments.render(1500, 200, 40, 50, 100, "Trooper Ana Ruiz drives plate 7XKR482");
    BufferedImage bilevel = new BufferedImage(1500, 200, BufferedImage.TYPE_BYTE_BINARY);
    BufferedImage palette = new BufferedImage(1500, 200, BufferedImage.TYPE_BYTE_INDEXED);
    for (BufferedImage target : List.of(bilevel, palette)) {
      java.awt.Graphics2D g = target.createGraphics();
      g.drawImage(rgb, 0, 0, null);
      g.dispose();
    }
    Path tif = dir.resolve("fax.tif");
    Files.write(tif, ImageFixtures.tiff(List.of(bilevel)));
    Path png = dir.resolve("palette.png");
    ImageIO.write(palette, "png", png.toFile());

    for (Path in : List.of(tif, png)) {
      RedactableImage doc = open(in);
      WithheldSpan s = span(doc.text(), "Ruiz", "PERSON", "(b)(6)");
      Path out = dir.resolve("out").resolve(in.getFileName());
      doc.writeRedacted(RedactionPlan.of(List.of(s)), out);

      BufferedImage red = ImageFixtures.frames(out).get(0);
      for (PageBox b : doc.layout().boxes(s.start(), s.end())) {
        Rectangle r = BoxBurner.padded(b, red.getWidth(), red.getHeight());
        assertBurned(red, r);
      }
      assertTrue(new ImageVerifier().verify(out, withheld(doc.text(), List.of(s))).passed(), in::toString);
    }
    assertEquals(1, ImageFixtures.frames(dir.resolve("out/fax.tif")).get(0).getColorModel().getPixelSize(),
        "a fax stays bilevel");
  }

  @Test
  void open_overByteLimit_refusedBeforeOcr() throws Exception {
    Path png = dir.resolve("big.png");
    ImageIO.write(TestDocuments.render(400, 100, 20, 10, 50, "hello"), "png", png.toFile());

    org.piishield.extract.ExtractionException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.piishield.extract.ExtractionException.class,
        () -> new ImageDocumentRedactor().open(png, OpenOptions.of(100)));

    assertEquals("larger than the 100-byte limit", e.getMessage());
  }

  @Test
  void standardRedactors_imagesGoToTheImageRedactorAndVerifier() {
    assertEquals("image", Redactors.standard().forFile("photo.JPG").orElseThrow().name());
    assertEquals("image", Redactors.standard().verifierFor("scan.tiff").orElseThrow().name());
  }

  @Test
  void handles_imageExtensionsOnly() {
    ImageDocumentRedactor r = new ImageDocumentRedactor();
    assertTrue(r.handles("a.PNG") && r.handles("b.jpeg") && r.handles("c.JPG") && r.handles("d.tif") && r.handles("e.tiff"));
    assertFalse(r.handles("a.pdf") || r.handles("png") || r.handles("a.png.txt") || r.handles("a.gif"));
  }

  static RedactableImage open(Path file) throws Exception {
    RedactableDocument d = new ImageDocumentRedactor().open(file, OpenOptions.of(64L << 20));
    return (RedactableImage) d;
  }

  /** The span of the first occurrence of {@code value} in {@code text}; fails, showing the OCR text, when absent. */
  static WithheldSpan span(String text, String value, String type, String label) {
    int s = text.indexOf(value);
    assertTrue(s >= 0, () -> "OCR did not read '" + value + "': " + text);
    return new WithheldSpan(s, s + value.length(), type, label);
  }

  static List<WithheldValue> withheld(String text, List<WithheldSpan> spans) {
    List<WithheldValue> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      WithheldSpan s = spans.get(i);
      out.add(new WithheldValue(i + 1, s.type(), text.substring(s.start(), s.end()), s.label()));
    }
    return out;
  }

  /**
   * The box is burned: the padding ring ({@link BoxBurner#PAD} pixels wide, where no label is ever drawn) is
   * exactly the fill colour, every pixel inside is fill or label ink (neutral grey: black, white or the white
   * label's anti-aliased edge), and the label is there (some white pixels).
   */
  static void assertBurned(BufferedImage image, Rectangle r) {
    int white = 0;
    for (int y = r.y; y < r.y + r.height; y++) {
      for (int x = r.x; x < r.x + r.width; x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        int red = rgb >> 16 & 0xFF;
        boolean ring = y < r.y + BoxBurner.PAD || y >= r.y + r.height - BoxBurner.PAD
            || x < r.x + BoxBurner.PAD || x >= r.x + r.width - BoxBurner.PAD;
        if ((ring && rgb != 0) || red != (rgb >> 8 & 0xFF) || red != (rgb & 0xFF)) {
          throw new AssertionError("pixel (" + x + ", " + y + ") of box " + r + " is " + Integer.toHexString(rgb));
        }
        white += red == 255 ? 1 : 0;
      }
    }
    assertTrue(white > 10, "no label drawn in " + r);
  }

  static double blackShare(BufferedImage image, Rectangle r) {
    long black = 0;
    for (int y = r.y; y < r.y + r.height; y++) {
      for (int x = r.x; x < r.x + r.width; x++) {
        int rgb = image.getRGB(x, y);
        black += ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) < 90 ? 1 : 0;
      }
    }
    return (double) black / ((long) r.width * r.height);
  }
}
