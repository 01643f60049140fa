package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentVerifier;
import org.piishield.formats.redact.FileFormat;

/**
 * Verifies one redacted PNG, JPEG or TIFF image against the values its redaction withheld, sharing no code with
 * the redaction:
 *
 * <ol>
 *   <li>{@code tesseract}: the image is read again by the {@code tesseract} command ({@link TesseractCli}, a child
 *       process, not the library binding the redaction used) and every withheld value is searched for as
 *       {@link ValueMatcher} does for PDFs (case- and accent-folded, without whitespace, short values as whole
 *       words, and by digits);
 *   <li>{@code metadata}: the file's container is walked byte by byte ({@link ImageMetadataScan}) and anything but
 *       what shows the pixels is a residue (EXIF, GPS, XMP, IPTC, comments, text chunks, thumbnails, TIFF tags).
 * </ol>
 *
 * A residue names the row and type or the structure, never a value: {@code withheld value of row 2 (PHONE_NUMBER)
 * still readable (tesseract)}, {@code JPEG APP1 segment (Exif) at byte 2}. Without the {@code tesseract} command
 * nothing can be verified and {@link #verify} fails with install instructions.
 *
 * <p>Faces are not re-detected here: a face box is pixels, not a value; the redaction tests check the box.
 * Thread-safe (stateless). Reads the output file; writes nothing.
 */
public final class ImageVerifier implements DocumentVerifier {

  @Override
  public FileFormat format() {
    return FileFormat.IMAGE;
  }

  @Override
  public VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException {
    if (!TesseractCli.isInstalled()) {
      throw new ExtractionException("cannot verify an image without the tesseract command; " + TesseractCli.INSTALL_HINT);
    }
    byte[] bytes = Files.readAllBytes(output);
    List<CheckResult> checks = new ArrayList<>();
    String text;
    try {
      text = TesseractCli.read(output);
    } catch (IOException e) {
      throw new ExtractionException("tesseract could not read the image (" + e.getMessage() + ")");
    }
    ValueMatcher values = ValueMatcher.ofWithheld(withheld);
    boolean[] found = values.newFound();
    values.markFoundInText(SearchText.of(text), found);
    List<String> residues = new ArrayList<>();
    for (int i = 0; i < found.length; i++) {
      if (found[i]) {
        WithheldValue w = withheld.get(i);
        residues.add("withheld value of row " + w.row() + " (" + w.type() + ") still readable (tesseract)");
      }
    }
    checks.add(CheckResult.of("tesseract", residues));
    checks.add(CheckResult.of("metadata", ImageMetadataScan.scan(bytes)));
    return new VerificationReport(checks, List.of());
  }
}
