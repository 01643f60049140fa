package org.piishield.formats.redact;

import java.io.IOException;
import java.nio.file.Path;
import org.piishield.extract.ExtractionException;

/** Stand-in for the coordinator's seam (replaced by main's version on merge). */
public interface RedactableDocument {
  String text();

  void writeRedacted(RedactionPlan plan, Path target) throws IOException, ExtractionException;
}
