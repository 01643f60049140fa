package org.piishield.formats.redact.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Real producers of test images: Ghostscript renders PostScript flyers to PNG, Java2D makes photo-like copies
 * (skew, noise) and TIFFs, Apache Commons Imaging writes EXIF (GPS, camera serial, orientation) and XMP into JPEGs
 * as a phone would; the {@code tesseract} command reads images independently of the code under test.
 */
final class ImageFixtures {

  private ImageFixtures() {}

  /**
   * A half-letter flyer (8.5 x 5.5 in) with {@code lines} in 16 pt Helvetica (ISO Latin-1, so Spanish accents
   * work), rendered by Ghostscript's {@code png16m} device at {@code dpi}.
   */
  static Path ghostscriptFlyer(Path dir, String name, int dpi, String... lines) throws IOException, InterruptedException {
    StringBuilder ps = new StringBuilder("%!PS\n")
        .append("/Helvetica findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall\n")
        .append("/Encoding ISOLatin1Encoding def currentdict end /HelvL1 exch definefont pop\n")
        .append("/HelvL1 findfont 16 scalefont setfont\n");
    for (int i = 0; i < lines.length; i++) {
      ps.append("54 ").append(340 - i * 34).append(" moveto (").append(lines[i].replace("(", "\\(").replace(")", "\\)"))
          .append(") show\n");
    }
    ps.append("showpage\n");
    Path src = dir.resolve(name + ".ps");
    Files.write(src, ps.toString().getBytes(StandardCharsets.ISO_8859_1));
    Path png = dir.resolve(name + ".png");
    run("gs", "-q", "-dSAFER", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r" + dpi,
        "-dDEVICEWIDTHPOINTS=612", "-dDEVICEHEIGHTPOINTS=396", "-dFIXEDMEDIA", "-sOutputFile=" + png, src.toString());
    return png;
  }


  /** A phone-photo-like copy: rotated {@code degrees} on white, seeded Gaussian noise of {@code sigma} levels. */
  static BufferedImage photo(BufferedImage image, double degrees, double sigma, long seed) {
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
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
    Random random = new Random(seed);
    WritableRaster r = out.getRaster();
    int[] px = new int[3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        r.getPixel(x, y, px);
        double n = random.nextGaussian() * sigma;
        for (int c = 0; c < 3; c++) {
          px[c] = (int) Math.max(0, Math.min(255, Math.round(px[c] + n)));
        }
        r.setPixel(x, y, px);
      }
    }
    return out;
  }

  /** {@code image} turned 90 degrees counter-clockwise: how a sideways phone stores what orientation 6 shows. */
  static BufferedImage storedSideways(BufferedImage upright) {
    int w = upright.getWidth();
    int h = upright.getHeight();
    BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(y, w - 1 - x, upright.getRGB(x, y));
      }
    }
    return out;
  }

  static byte[] jpeg(BufferedImage image, float quality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), p);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /**
   * {@code jpeg} with what a phone writes: EXIF with GPS position, camera make, model and body serial number and
   * the {@code orientation}, then an XMP packet, by Apache Commons Imaging.
   */
  static byte[] withPhoneMetadata(byte[] jpeg, short orientation) throws Exception {
    TiffOutputSet set = new TiffOutputSet();
    TiffOutputDirectory root = set.getOrCreateRootDirectory();
    root.add(TiffTagConstants.TIFF_TAG_MAKE, "ShieldTestPhone");
    root.add(TiffTagConstants.TIFF_TAG_MODEL, "Model 7");
    root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, orientation);
    set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-4471-0921");
    set.setGpsInDegrees(-99.1332, 19.4326);
    ByteArrayOutputStream withExif = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(jpeg, withExif, set);
    ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
    new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"Daniel Brooks\"/>"
            + "</rdf:RDF></x:xmpmeta>");
    return withXmp.toByteArray();
  }

  static byte[] tiff(List<BufferedImage> pages) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage p : pages) {
        writer.writeToSequence(new IIOImage(p, null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Every frame of an image file, decoded by ImageIO as stored. */
  static List<BufferedImage> frames(Path file) throws IOException {
    List<BufferedImage> out = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      try {
        reader.setInput(in);
        for (int i = 0; ; i++) {
          try {
            out.add(reader.read(i));
          } catch (IndexOutOfBoundsException e) {
            return out;
          }
        }
      } finally {
        reader.dispose();
      }
    }
  }

  /** The text of {@code image} as the {@code tesseract} command reads it (eng+spa). */
  static String tesseract(Path image) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "eng+spa", "--dpi", "300")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("tesseract failed on " + image);
    }
    return text;
  }

  /** Lower-cased, accents and whitespace removed: for "still readable" checks that ignore OCR's line breaks. */
  static String squeeze(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}|\\s+", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(command[0] + " failed: " + out);
    }
  }
}
