package org.piishield.formats.redact;

import java.io.IOException;
import java.nio.file.Path;
import org.piishield.extract.ExtractionException;

/** An original opened by a {@link DocumentRedactor}: its text, and how to write a redacted copy of it. */
public interface RedactableDocument {

  /** The text detection runs on; log offsets index it. */
  String text();

  /**
   * Writes a copy of the original without {@code plan}'s spans and pages to {@code target}, through a temporary
   * file next to it that is moved into place: on failure nothing is left at {@code target}.
   */
  void writeRedacted(RedactionPlan plan, Path target) throws IOException, ExtractionException;
}
