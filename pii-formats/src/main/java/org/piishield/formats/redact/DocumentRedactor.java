package org.piishield.formats.redact;

import java.io.IOException;
import java.nio.file.Path;
import org.piishield.extract.ExtractionException;

/** Stand-in for the coordinator's seam (replaced by main's version on merge). */
public interface DocumentRedactor {
  String name();

  boolean handles(String fileName);

  default String outputName(String fileName) {
    return fileName;
  }

  RedactableDocument open(Path original, OpenOptions options) throws IOException, ExtractionException;
}
