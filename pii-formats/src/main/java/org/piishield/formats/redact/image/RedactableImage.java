package org.piishield.formats.redact.image;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.ImageFrames;
import org.piishield.formats.PageBox;
import org.piishield.formats.TextLayout;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;

/**
 * One image file opened for redaction by {@link ImageDocumentRedactor}: its OCR text (what {@code shield scan}
 * reports for it) and where each word is, in upright pixels.
 *
 * <p>{@link #writeRedacted} decodes the original again, one page at a time, and for each page: fills it whole when
 * the plan withholds it; otherwise finds faces first (when {@link #withholdFaces asked}, on the untouched pixels),
 * then burns a padded box over every word box of every span on that page and over every face. Pages are written as
 * a fresh file of the same format without metadata ({@link ImageEncoder}) to a temporary file next to the target,
 * moved into place at the end. The original must not change in between (its size and modification time are
 * checked).
 *
 * <p>Not thread-safe.
 */
final class RedactableImage implements RedactableDocument, FaceWithholding {

  private final Path original;
  private final long size;
  private final FileTime modified;
  private final String text;
  private final TextLayout layout;
  private final ImageEncoder.Format format;
  private final long maxPixels;
  private final int maxPages;
  private String faceLabel;
  private int facesWithheld;

  RedactableImage(Path original, String text, TextLayout layout, ImageEncoder.Format format, long maxPixels,
      int maxPages) throws IOException {
    this.original = original;
    this.size = Files.size(original);
    this.modified = Files.getLastModifiedTime(original);
    this.text = text;
    this.layout = layout;
    this.format = format;
    this.maxPixels = maxPixels;
    this.maxPages = maxPages;
  }

  @Override
  public String text() {
    return text;
  }

  /** The word boxes of the OCR text, in upright pixels of each page. */
  TextLayout layout() {
    return layout;
  }

  @Override
  public void withholdFaces(String label) {
    this.faceLabel = label == null ? "" : label;
  }

  @Override
  public int facesWithheld() {
    return facesWithheld;
  }

  @Override
  public void writeRedacted(RedactionPlan plan, Path target) throws IOException, ExtractionException {
    if (Files.size(original) != size || !Files.getLastModifiedTime(original).equals(modified)) {
      throw new ExtractionException("the image changed since it was read; run again");
    }
    Map<Integer, List<Area>> areas = spanAreas(plan.spans());
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".shield-", ".tmp");
    int faces = 0;
    boolean done = false;
    try {
      try (ImageFrames frames = ImageFrames.open(original, maxPixels, maxPages);
           ImageEncoder out = ImageEncoder.open(format, tmp)) {
        for (int page = 0; frames.hasFrame(page); page++) {
          BufferedImage image = paintable(frames.read(page));
          String pageLabel = plan.withheldPages().get(page);
          if (pageLabel != null) {
            BoxBurner.withholdPage(image, pageLabel);
          } else {
            List<Rectangle> found = faceLabel == null ? List.of() : FaceDetector.standard().detect(image);
            for (Area a : areas.getOrDefault(page, List.of())) {
              BoxBurner.burn(image, BoxBurner.padded(a.box, image.getWidth(), image.getHeight()), a.label);
            }
            for (Rectangle face : found) {
              BoxBurner.burn(image, face, faceLabel);
            }
            faces += found.size();
          }
          out.write(image);
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
    facesWithheld = faces;
  }

  /** The word boxes of every span, grouped by page. */
  private Map<Integer, List<Area>> spanAreas(List<WithheldSpan> spans) {
    Map<Integer, List<Area>> out = new HashMap<>();
    for (WithheldSpan s : spans) {
      if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()) {
        throw new IllegalArgumentException("span [" + s.start() + ", " + s.end() + ") outside the text [0, "
            + text.length() + ")");
      }
      for (PageBox b : layout.boxes(s.start(), s.end())) {
        out.computeIfAbsent(b.page(), k -> new ArrayList<>()).add(new Area(b, s.label()));
      }
    }
    return out;
  }

  /**
   * A copy of {@code image} that has true black and white and suits the output format: palette images (whose
   * palette may lack black) and unusual layouts become RGB; JPEG pages lose alpha (over white, as viewers show it).
   * Grey, bilevel and plain RGB pages are used as they are.
   */
  private BufferedImage paintable(BufferedImage image) {
    int type = image.getType();
    boolean alpha = image.getColorModel().hasAlpha();
    boolean fine = type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_BYTE_BINARY
        || type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
        || (format != ImageEncoder.Format.JPEG
            && (type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_4BYTE_ABGR));
    if (type == BufferedImage.TYPE_BYTE_BINARY && image.getColorModel().getPixelSize() != 1) {
      fine = false; // 2- and 4-bit palettes
    }
    if (fine) {
      return image;
    }
    boolean keepAlpha = alpha && format != ImageEncoder.Format.JPEG;
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
        keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = copy.createGraphics();
    try {
      if (!keepAlpha) {
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
      }
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }

  private record Area(PageBox box, String label) {}
}
