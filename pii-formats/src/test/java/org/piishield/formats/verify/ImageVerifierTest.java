package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image verifier on unredacted images written by real writers: residues name row, type and structure, never
 * a value. Needs the {@code tesseract} command with eng+spa.
 */
class ImageVerifierTest {

  private static final String PHONE = "415-555-0198";

  @TempDir
  Path dir;

  @Test
  void verify_phoneJpegAsTaken_namesTextAndExifNeverValues() throws Exception {
    TiffOutputSet set = new TiffOutputSet();
    set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "ShieldTestPhone");
    set.setGpsInDegrees(-99.1332, 19.4326);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(jpeg(text("Call Ana at " + PHONE)), jpeg, set);
    Path file = dir.resolve("photo.jpg");
    Files.write(file, jpeg.toByteArray());

    VerificationReport r = new ImageVerifier().verify(file, List.of(new WithheldValue(3, "PHONE_NUMBER", PHONE, "(b)(6)")));

    assertEquals(List.of("withheld value of row 3 (PHONE_NUMBER) still readable (tesseract)",
        "JPEG APP1 segment (Exif) at byte 20"), r.residues()); // after SOI and the 18-byte JFIF APP0
    assertFalse(r.residues().toString().contains("555"));
  }

  @Test
  void verify_cleanPngWithoutTheValue_passes() throws Exception {
    Path file = dir.resolve("clean.png");
    ImageIO.write(text("Bring snacks and a chair"), "png", file.toFile());

    VerificationReport r = new ImageVerifier().verify(file, List.of(new WithheldValue(1, "PHONE_NUMBER", PHONE, "(b)(6)")));

    assertTrue(r.passed(), r.residues()::toString);
    assertEquals(List.of("tesseract", "metadata"), r.checks().stream().map(CheckResult::name).toList());
  }

  @Test
  void verify_pngWithTextChunkAndTrailingBytes_reported() throws Exception {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    BufferedImage image = text("Bring snacks");
    IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    IIOMetadataNode text = new IIOMetadataNode("tEXt");
    IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
    entry.setAttribute("keyword", "Author");
    entry.setAttribute("value", "Daniel Brooks");
    text.appendChild(entry);
    root.appendChild(text);
    meta.mergeTree("javax_imageio_png_1.0", root);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(new IIOImage(image, null, meta));
    } finally {
      writer.dispose();
    }
    bytes.write(new byte[] {1, 2, 3});
    Path file = dir.resolve("tagged.png");
    Files.write(file, bytes.toByteArray());

    List<String> residues = new ImageVerifier().verify(file, List.of()).residues();

    assertEquals(2, residues.size(), residues::toString);
    assertTrue(residues.get(0).startsWith("PNG tEXt chunk at byte "), residues::toString);
    assertEquals("PNG has 3 bytes after IEND", residues.get(1));
    assertFalse(residues.toString().contains("Brooks"));
  }

  @Test
  void scan_tiffWithMakeAndGps_namesTagsNotValues() throws Exception {
    // TIFF header, one IFD of 3 entries: width (allowed), Make (271) and the GPS IFD pointer (34853)
    byte[] b = new byte[8 + 2 + 3 * 12 + 4];
    b[0] = 'I'; b[1] = 'I'; b[2] = 42; b[4] = 8;
    b[8] = 3;
    int[] tags = {256, 271, 34853};
    for (int i = 0; i < 3; i++) {
      b[10 + i * 12] = (byte) tags[i];
      b[11 + i * 12] = (byte) (tags[i] >> 8);
    }

    assertEquals(List.of("TIFF tag 271 (Make) on page 1", "TIFF tag 34853 (GPS IFD) on page 1"),
        ImageMetadataScan.scan(b));
  }

  @Test
  void handles_imagesOnly() {
    ImageVerifier v = new ImageVerifier();
    assertTrue(v.handles("x.JPG") && v.handles("x.tiff") && v.handles("x.png"));
    assertFalse(v.handles("x.pdf") || v.handles("x.txt"));
  }

  private static BufferedImage text(String line) {
    BufferedImage image = new BufferedImage(1200, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1200, 160);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 44));
    g.drawString(line, 30, 90);
    g.dispose();
    return image;
  }

  private static byte[] jpeg(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }
}
