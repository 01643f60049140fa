package org.piishield.formats;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.ExtractionException;

/**
 * Text of PNG, JPEG, TIFF (every frame of a multi-page TIFF is a page), GIF and BMP images by OCR, with
 * word boxes in pixels ({@link TextLayout.Units#PIXELS}).
 *
 * <p>Text: per page, the OCR words of a line separated by spaces, lines ended by {@code '\n'}, and the page
 * ended by {@code '\f'} (as {@link PdfExtractor} does).
 *
 * <p>Frames are decoded upright ({@link ImageFrames}: a JPEG's EXIF orientation is applied), one at a time.
 *
 * <p>Bad input: the size of every frame is read from its header before it is decoded; a frame of more than
 * {@code maxPixels} pixels (a decompression bomb, or just a huge scan) is refused, as are more than
 * {@code maxPages} frames. A file no image reader understands is refused, named. Without Tesseract every
 * image is an {@link ExtractionException} with install instructions.
 *
 * <p>Thread-safe; the caller owns the stream.
 */
public final class ImageExtractor implements LayoutExtractor {

  public static final String NAME = "image";
  private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp");
  /** Images carry no resolution we trust; 300 dpi is what scanners and phone photos of paper come close to. */
  public static final int ASSUMED_DPI = 300;

  private final long maxPixels;
  private final int maxPages;

  /** At most 50 megapixels a frame and 1,000 frames; the constructor {@link java.util.ServiceLoader} uses. */
  public ImageExtractor() {
    this(50_000_000L, 1_000);
  }

  public ImageExtractor(long maxPixels, int maxPages) {
    if (maxPixels < 1 || maxPages < 1) {
      throw new IllegalArgumentException("maxPixels and maxPages must be positive");
    }
    this.maxPixels = maxPixels;
    this.maxPages = maxPages;
  }

  /** The largest frame decoded, in pixels. */
  public long maxPixels() {
    return maxPixels;
  }

  /** The most frames read from one file. */
  public int maxPages() {
    return maxPages;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public boolean accepts(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public PositionedText extractWithLayout(InputStream in, String fileName, long maxBytes)
      throws IOException, ExtractionException {
    try (ScratchFile copy = ScratchFile.copy(in, maxBytes, ".img")) {
      return extract(copy.path());
    }
  }

  /**
   * The text and layout of the image {@code file}, read in place (no copy); the same as
   * {@link #extractWithLayout} gives for its bytes.
   */
  public PositionedText extract(Path file) throws IOException, ExtractionException {
    try (ImageFrames frames = ImageFrames.open(file, maxPixels, maxPages)) {
      return read(frames);
    }
  }

  private static PositionedText read(ImageFrames frames) throws IOException, ExtractionException {
    OcrEngine engine = OcrEngine.system();
    TextLayout.Builder layout = TextLayout.newBuilder(TextLayout.Units.PIXELS);
    String mediaType = "image/" + frames.formatName();
    for (int i = 0; frames.hasFrame(i); i++) {
      BufferedImage image = frames.read(i);
      layout.startPage(new PageBox(0, 0, 0, image.getWidth(), image.getHeight()));
      List<OcrWord> words = engine.recognize(image, ASSUMED_DPI);
      OcrText.append(words, layout, new AffineTransform());
      layout.appendUnplaced("\f");
    }
    if (layout.pageCount() == 0) {
      throw new ExtractionException("image file with no image in it");
    }
    return new PositionedText(ExtractedText.plain(layout.text().toString(), mediaType), layout.build());
  }
}
