package org.piishield.formats.redact.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes redacted pages as a fresh PNG, JPEG or (multi-page) TIFF file with no metadata: every image is written
 * with {@code null} metadata, so the file holds only what the format needs to show the pixels (no EXIF, GPS, XMP,
 * IPTC, comments, thumbnails or text chunks; a JPEG gets the bare JFIF header, without a thumbnail).
 *
 * <p>Usage: {@code try (ImageEncoder out = ImageEncoder.open(Format.TIFF, tmp)) { out.write(page1);
 * out.write(page2); }}. PNG and JPEG take exactly one page. Not thread-safe.
 */
final class ImageEncoder implements AutoCloseable {

  /** Output formats. */
  enum Format {
    PNG("png"), JPEG("jpeg"), TIFF("tiff");

    final String writerName;

    Format(String writerName) {
      this.writerName = writerName;
    }

    /** The format to write for what was read: JPEG and TIFF stay, anything else (PNG, GIF, BMP) becomes PNG. */
    static Format forRead(String readerFormat) {
      return switch (readerFormat) {
        case "jpeg", "jpg" -> JPEG;
        case "tif", "tiff" -> TIFF;
        default -> PNG;
      };
    }
  }

  /** JPEG quality: high enough that the labels stay legible, the re-encoding loses little. */
  static final float JPEG_QUALITY = 0.9f;

  private final Format format;
  private final ImageOutputStream out;
  private final ImageWriter writer;
  private int pages;

  private ImageEncoder(Format format, ImageOutputStream out, ImageWriter writer) {
    this.format = format;
    this.out = out;
    this.writer = writer;
  }

  static ImageEncoder open(Format format, Path file) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format.writerName).next();
    ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile());
    if (out == null) {
      writer.dispose();
      throw new IOException("cannot write " + file);
    }
    writer.setOutput(out);
    return new ImageEncoder(format, out, writer);
  }

  /** Appends one page; it must have no alpha for JPEG ({@link RedactableImage} converts before burning). */
  void write(BufferedImage page) throws IOException {
    ImageWriteParam param = writer.getDefaultWriteParam();
    IIOImage image = new IIOImage(page, null, null);
    switch (format) {
      case JPEG -> {
        checkSinglePage();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        writer.write(null, image, param);
      }
      case PNG -> {
        checkSinglePage();
        writer.write(null, image, param);
      }
      case TIFF -> {
        if (pages == 0) {
          writer.prepareWriteSequence(null);
        }
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("LZW");
        writer.writeToSequence(image, param);
      }
    }
    pages++;
  }

  private void checkSinglePage() {
    if (pages > 0) {
      throw new IllegalStateException(format + " holds one page");
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (format == Format.TIFF && pages > 0) {
        writer.endWriteSequence();
      }
    } finally {
      writer.dispose();
      out.close();
    }
  }
}
