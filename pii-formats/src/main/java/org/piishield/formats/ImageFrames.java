package org.piishield.formats;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.piishield.extract.ExtractionException;

/**
 * The frames (pages) of an image file, decoded one at a time under limits, upright: a JPEG's EXIF orientation is
 * applied ({@link ExifOrientation}), so OCR boxes and redaction boxes refer to the same upright pixels.
 *
 * <p>Usage: {@code try (ImageFrames f = ImageFrames.open(path, 50_000_000, 1_000)) { for (int i = 0;
 * f.hasFrame(i); i++) { BufferedImage page = f.read(i); ... } }}
 *
 * <p>Bad input: a frame's size is read from its header before it is decoded; a frame over {@code maxPixels} (a
 * decompression bomb, or a huge scan) or more than {@code maxPages} frames is an {@link ExtractionException}, as is
 * a file no image reader understands. Messages name the reason, never bytes of the file. Not thread-safe; owns
 * and closes the file it opened.
 */
public final class ImageFrames implements AutoCloseable {

  private final ImageInputStream iis;
  private final ImageReader reader;
  private final int orientation;
  private final long maxPixels;
  private final int maxPages;

  private ImageFrames(ImageInputStream iis, ImageReader reader, int orientation, long maxPixels, int maxPages) {
    this.iis = iis;
    this.reader = reader;
    this.orientation = orientation;
    this.maxPixels = maxPixels;
    this.maxPages = maxPages;
  }

  /** Opens {@code file}; nothing is decoded yet. */
  public static ImageFrames open(Path file, long maxPixels, int maxPages) throws IOException, ExtractionException {
    ImageInputStream iis = ImageIO.createImageInputStream(file.toFile());
    if (iis == null) {
      throw new ExtractionException("cannot open the image");
    }
    try {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
      if (!readers.hasNext()) {
        throw new ExtractionException("not an image format this build can read (PNG, JPEG, TIFF, GIF, BMP)");
      }
      ImageReader reader = readers.next();
      reader.setInput(iis, false, true);
      boolean jpeg = "jpeg".equalsIgnoreCase(reader.getFormatName());
      int orientation = jpeg ? ExifOrientation.of(file) : ExifOrientation.NORMAL;
      return new ImageFrames(iis, reader, orientation, maxPixels, maxPages);
    } catch (IOException | ExtractionException | RuntimeException e) {
      iis.close();
      throw e;
    }
  }

  /** The reader's format name, lower case: {@code png}, {@code jpeg}, {@code tif}, {@code gif}, {@code bmp}. */
  public String formatName() throws IOException {
    return reader.getFormatName().toLowerCase(Locale.ROOT);
  }

  /** The EXIF orientation applied to every frame ({@link ExifOrientation#NORMAL} when none). */
  public int orientation() {
    return orientation;
  }

  /** Whether frame {@code index} exists; past {@code maxPages} frames this fails instead. */
  public boolean hasFrame(int index) throws IOException, ExtractionException {
    try {
      reader.getWidth(index);
    } catch (IndexOutOfBoundsException e) {
      return false;
    } catch (javax.imageio.IIOException e) {
      throw damaged(e);
    }
    if (index >= maxPages) {
      throw new ExtractionException("image has more than " + maxPages + " frames, the limit");
    }
    return true;
  }

  /** Decodes frame {@code index} (0-based), upright, after checking its pixel count against the limit. */
  public BufferedImage read(int index) throws IOException, ExtractionException {
    try {
      long w = reader.getWidth(index);
      long h = reader.getHeight(index);
      if (w * h > maxPixels) {
        throw new ExtractionException("image frame " + (index + 1) + " is " + w + "x" + h + " pixels, more than the "
            + maxPixels + "-pixel limit (a decompression bomb, or a scan at too high a resolution)");
      }
      return ExifOrientation.apply(reader.read(index), orientation);
    } catch (javax.imageio.IIOException e) {
      throw damaged(e);
    }
  }

  private static ExtractionException damaged(Exception e) {
    // decoder messages can quote header bytes: name the class only
    return new ExtractionException("damaged image that could not be decoded (" + e.getClass().getSimpleName() + ")");
  }

  @Override
  public void close() throws IOException {
    reader.dispose();
    iis.close();
  }
}
