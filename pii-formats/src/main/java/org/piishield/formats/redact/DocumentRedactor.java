package org.piishield.formats.redact;

import java.io.IOException;
import java.nio.file.Path;
import org.piishield.extract.ExtractionException;

/**
 * Truly redacts one family of file formats: opens an original into the text detection runs on, then writes a
 * copy from which the withheld spans are gone (not covered). Implementations are stateless and thread-safe.
 *
 * <p>Example: the PDF redactor {@link #handles handles} {@code memo.pdf}; {@code open(memo.pdf).text()} is what
 * {@code shield scan} reports for it, and {@code writeRedacted} removes the glyphs of each span and draws a box
 * with its label.
 */
public interface DocumentRedactor {

  /** The kind of file this redactor takes. */
  FileFormat format();

  /** A short name for messages, e.g. {@code pdf}. */
  default String name() {
    return format().name();
  }

  /** Whether this redactor takes files with this name (by the format's extensions, case-insensitive). */
  default boolean handles(String fileName) {
    return format().matches(fileName);
  }

  /** The file name of the redacted copy of {@code fileName} (the same, unless the format changes). */
  default String outputName(String fileName) {
    return fileName;
  }

  /**
   * Reads {@code original}. The same file always gives the same {@link RedactableDocument#text()}: a redaction
   * log's offsets index it, and {@code shield verify} recovers the withheld values with them. Fails with an
   * {@link ExtractionException} naming the problem (never quoting content) for damaged, encrypted or oversized
   * input.
   */
  RedactableDocument open(Path original, OpenOptions options) throws IOException, ExtractionException;
}
