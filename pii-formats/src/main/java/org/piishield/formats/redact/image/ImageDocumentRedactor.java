package org.piishield.formats.redact.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.ImageExtractor;
import org.piishield.formats.ImageFrames;
import org.piishield.formats.PositionedText;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.FileFormat;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;

/**
 * True redaction of PNG, JPEG and TIFF (multi-page included) images and scans.
 *
 * <ol>
 *   <li>{@link #open}: OCR with {@link ImageExtractor} (Tesseract, English and Spanish, upright pixels), so
 *       {@code text()} is exactly what {@code shield scan} reports for the file, and every char maps to its word
 *       box.
 *   <li>{@code writeRedacted(plan, target)}: an opaque black box, padded a few pixels, is burned into the pixels over
 *       every word of every withheld span, with the span's label ({@code (b)(6)}) in white when it fits; a withheld
 *       page is filled whole with "Page withheld in full under (b)(6)"; faces too when asked
 *       ({@link FaceWithholding}). The copy is a fresh file of the same format (JPEG re-encoded) with no metadata
 *       at all: no EXIF (GPS, camera serials), XMP, IPTC, comments or thumbnails. A JPEG's EXIF orientation is
 *       applied to the pixels first, so the copy shows upright without it.
 * </ol>
 *
 * <p>Example: {@code RedactableDocument d = new ImageDocumentRedactor().open(Path.of("flyer.jpg"),
 * OpenOptions.of(64 << 20)); int s = d.text().indexOf("555-0142");} then
 * {@code d.writeRedacted(new RedactionPlan(List.of(new WithheldSpan(s, s + 8, "PHONE_NUMBER", "(b)(6)")),
 * Map.of()), Path.of("out/flyer.jpg"))} writes the flyer with that number burned out.
 *
 * <p>Limits are {@link ImageExtractor}'s (pixels per frame, frames per file), checked before decoding; at most one
 * page is decoded at a time. Thread-safe; each opened document is not.
 */
public final class ImageDocumentRedactor implements DocumentRedactor {

  private final ImageExtractor extractor;

  /** With {@link ImageExtractor}'s default limits. */
  public ImageDocumentRedactor() {
    this(new ImageExtractor());
  }

  /** OCR and limits of {@code extractor} (use the one {@code shield scan} uses, for the same text). */
  public ImageDocumentRedactor(ImageExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public FileFormat format() {
    return FileFormat.IMAGE;
  }

  @Override
  public RedactableDocument open(Path original, OpenOptions options) throws IOException, ExtractionException {
    long bytes = Files.size(original);
    if (bytes > options.maxBytes()) {
      throw new ExtractionException("larger than the " + options.maxBytes() + "-byte limit");
    }
    ImageEncoder.Format format;
    try (ImageFrames frames = ImageFrames.open(original, extractor.maxPixels(), extractor.maxPages())) {
      format = ImageEncoder.Format.forRead(frames.formatName());
    }
    PositionedText t = extractor.extract(original);
    return new RedactableImage(original, t.text().text(), t.layout(), format, extractor.maxPixels(),
        extractor.maxPages());
  }
}
