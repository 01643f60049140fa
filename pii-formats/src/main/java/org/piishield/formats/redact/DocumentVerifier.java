package org.piishield.formats.redact;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/** Stand-in for the coordinator's seam (replaced by main's version on merge). */
public interface DocumentVerifier {
  String name();

  boolean handles(String fileName);

  VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException;
}
