package org.piishield.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.extract.ExtractionException;

/**
 * OCR of images rendered in the test with Java2D (skew and noise included). Needs Tesseract with
 * English and Spanish data; without it these tests fail with the install command.
 */
class ImageExtractorTest {

  private static final String ENGLISH = "Officer Daniel Brooks lives at 4127 Maple Avenue in Springfield";
  private static final String SPANISH = "La jueza María Peña vive en la calle Álamo número 35 de Mérida";

  @TempDir
  Path dir;

  @Test
  void extract_englishPng_findsTheWordsWithBoxesWhereDrawn() throws Exception {
    BufferedImage image = TestDocuments.render(1800, 300, 40, 50, 120, ENGLISH);

    PositionedText t = extract(png(image), "line.png");

    String text = t.text().text();
    assertTrue(TestDocuments.recall(ENGLISH, text) >= 0.9, text);
    assertEquals("image/png", t.text().mediaType());
    assertEquals(TextLayout.Units.PIXELS, t.layout().units());
    assertEquals(new PageBox(0, 0, 0, 1800, 300), t.layout().pageArea(0));
    int s = text.indexOf("Maple");
    assertTrue(s >= 0, text);
    PageBox b = t.layout().boxes(s, s + 5).get(0);
    int drawnX = 50 + new java.awt.Canvas().getFontMetrics(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 40))
        .stringWidth(ENGLISH.substring(0, ENGLISH.indexOf("Maple")));
    assertEquals(drawnX, b.x0(), 6, b::toString);
    assertTrue(b.y0() < 120 && b.y1() > 100, b::toString);
    assertTrue(text.endsWith("\n\f"), text);
  }

  @Test
  void extract_spanishPng_findsAccentedWords() throws Exception {
    BufferedImage image = TestDocuments.render(1800, 300, 40, 50, 120, SPANISH);

    String text = extract(png(image), "flyer.png").text().text();

    assertTrue(TestDocuments.recall(SPANISH, text) >= 0.9, text);
    assertTrue(text.contains("Peña"), text);
  }

  @Test
  void extract_noisySkewedJpeg_stillReadsMostWords() throws Exception {
    BufferedImage clean = TestDocuments.render(1800, 400, 40, 60, 150, ENGLISH, SPANISH);
    byte[] jpeg = TestDocuments.jpeg(TestDocuments.scanned(clean, 1.5, 40, 42L), 0.8f);

    String text = extract(jpeg, "scan.jpg").text().text();

    assertTrue(TestDocuments.recall(ENGLISH + " " + SPANISH, text) >= 0.8, text);
  }

  @Test
  void extract_multiPageTiff_onePagePerFrame() throws Exception {
    BufferedImage first = TestDocuments.render(1600, 250, 40, 50, 120, ENGLISH);
    BufferedImage second = TestDocuments.render(1600, 250, 40, 50, 120, SPANISH);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      writer.writeToSequence(new IIOImage(first, null, null), null);
      writer.writeToSequence(new IIOImage(second, null, null), null);
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }

    PositionedText t = extract(bytes.toByteArray(), "memo.tiff");

    TextLayout l = t.layout();
    assertEquals(2, l.pageCount());
    String text = t.text().text();
    String page1 = text.substring(0, l.pageStart(1));
    String page2 = text.substring(l.pageStart(1));
    assertTrue(TestDocuments.recall(ENGLISH, page1) >= 0.9, page1);
    assertTrue(TestDocuments.recall(SPANISH, page2) >= 0.9, page2);
    int s = text.indexOf("Mérida");
    assertTrue(s > 0, text);
    assertEquals(1, l.boxes(s, s + 6).get(0).page());
  }

  @Test
  void extract_pngHeaderClaimingGigapixels_refusedBeforeDecoding() throws Exception {
    byte[] bomb = pngHeader(100_000, 100_000);

    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(bomb, "bomb.png"));

    assertTrue(e.getMessage().startsWith("image frame 1 is 100000x100000 pixels, more than the 50000000-pixel limit"),
        e.getMessage());
  }

  @Test
  void extract_framesOverPixelLimit_refused() throws Exception {
    byte[] small = png(TestDocuments.render(200, 100, 20, 10, 50, "hi"));

    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new ImageExtractor(10_000, 10).extract(new ByteArrayInputStream(small), "a.png", 1 << 20));

    assertTrue(e.getMessage().startsWith("image frame 1 is 200x100 pixels, more than the 10000-pixel limit"), e.getMessage());
  }

  @Test
  void extract_notAnImage_refusedNamingFormats() {
    byte[] text = "just text, named .png".getBytes(StandardCharsets.US_ASCII);

    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(text, "fake.png"));

    assertEquals("not an image format this build can read (PNG, JPEG, TIFF, GIF, BMP)", e.getMessage());
  }

  @Test
  void recognize_missingLanguageData_saysHowToInstall() throws Exception {
    OcrEngine engine = new OcrEngine(dir, OcrEngine.DEFAULT_LANGUAGES);

    ExtractionException e = assertThrows(ExtractionException.class,
        () -> engine.recognize(TestDocuments.render(100, 50, 20, 5, 30, "x"), 300));

    assertTrue(e.getMessage().endsWith("sudo apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa"),
        e.getMessage());
  }

  @Test
  void tessdata_prefixFirstThenStandardDirectories() throws Exception {
    Files.writeString(dir.resolve("eng.traineddata"), "x");
    List<Path> candidates = Tessdata.candidates(java.util.Map.of("TESSDATA_PREFIX", dir.toString()));

    assertEquals(dir, candidates.get(0));
    assertEquals(Path.of("/usr/share/tesseract-ocr/5/tessdata"), candidates.get(2));
    assertEquals(null, Tessdata.find(List.of(dir), "eng+spa"), "spa is missing");
    Files.writeString(dir.resolve("spa.traineddata"), "x");
    assertEquals(dir, Tessdata.find(candidates, "eng+spa"));
  }

  private static PositionedText extract(byte[] bytes, String name) throws Exception {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return new ImageExtractor().extractWithLayout(in, name, 64 << 20);
    }
  }

  static byte[] png(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A PNG signature and IHDR for a {@code w} x {@code h} 8-bit RGB image, then an empty IDAT: a bomb's header. */
  private static byte[] pngHeader(int w, int h) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0)
        .put((byte) 0).put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[0]);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
