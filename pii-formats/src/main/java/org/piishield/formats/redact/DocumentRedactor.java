package org.piishield.formats.redact;

import java.io.IOException;
import java.nio.file.Path;
import org.piishield.extract.ExtractionException;

/** TEMPORARY copy of the seam (SEAM.md); deleted when the seam lands on main. */
public interface DocumentRedactor {
  String name();

  boolean handles(String fileName);

  default String outputName(String fileName) {
    return fileName;
  }

  RedactableDocument open(Path original, OpenOptions options) throws IOException, ExtractionException;
}
