package org.piishield.formats;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Producers of real test documents: PDFBox, Java2D, and the system's Ghostscript and poppler. */
public final class TestDocuments {

  static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private TestDocuments() {}

  /** A Letter page with {@code text} drawn at ({@code x}, {@code y}) in {@code font} at {@code size} pt. */
  static void addTextPage(PDDocument doc, PDFont font, float size, float x, float y, String text) throws IOException {
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(font, size);
      cs.newLineAtOffset(x, y);
      cs.showText(text);
      cs.endText();
    }
  }

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  static PositionedText extract(byte[] pdf) throws Exception {
    return extract(new PdfExtractor(), pdf);
  }

  static PositionedText extract(PdfExtractor extractor, byte[] pdf) throws Exception {
    try (InputStream in = new ByteArrayInputStream(pdf)) {
      return extractor.extractWithLayout(in, "test.pdf", 64 << 20);
    }
  }

  /** Black text lines on white, {@code size} px Serif, first baseline at ({@code x}, {@code y}), 1.6 em apart. */
  public static BufferedImage render(int width, int height, int size, int x, int y, String... lines) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SERIF, Font.PLAIN, size));
      for (int i = 0; i < lines.length; i++) {
        g.drawString(lines[i], x, y + i * size * 8 / 5);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * A scan-like copy of {@code image}: rotated by {@code degrees} about its centre on white, with seeded
   * Gaussian noise of standard deviation {@code sigma} grey levels.
   */
  static BufferedImage scanned(BufferedImage image, double degrees, double sigma, long seed) {
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    java.util.Random random = new java.util.Random(seed);
    java.awt.image.WritableRaster r = out.getRaster();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = (int) Math.round(r.getSample(x, y, 0) + random.nextGaussian() * sigma);
        r.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
      }
    }
    return out;
  }

  static byte[] jpeg(BufferedImage image, float quality) throws IOException {
    javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
    javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Runs a system program, failing with {@code hint} if it is not installed or fails. */
  static void run(String hint, String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError(command[0] + " is needed by this test; " + hint, e);
    }
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + out);
    }
  }

  /** The words of {@code text}, lower-cased, punctuation trimmed. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      String t = w.replaceAll("^[\\p{Punct}¿¡]+|[\\p{Punct}¿¡]+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The share of {@code expected}'s words found among the words of {@code actual}. */
  static double recall(String expected, String actual) {
    List<String> want = words(expected);
    List<String> got = new ArrayList<>(words(actual));
    int found = 0;
    for (String w : want) {
      if (got.remove(w)) {
        found++;
      }
    }
    return want.isEmpty() ? 1 : (double) found / want.size();
  }

  static byte[] read(Path p) throws IOException {
    return Files.readAllBytes(p);
  }

  static String describe(PositionedText t) {
    return "text " + Arrays.toString(t.text().text().split("\n", -1));
  }
}
