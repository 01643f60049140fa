package org.piishield.formats.redact;

import java.io.IOException;
import java.nio.file.Path;
import org.piishield.extract.ExtractionException;

/** TEMPORARY copy of the seam (SEAM.md); deleted when the seam lands on main. */
public interface RedactableDocument {
  String text();

  void writeRedacted(RedactionPlan plan, Path target) throws IOException, ExtractionException;
}
