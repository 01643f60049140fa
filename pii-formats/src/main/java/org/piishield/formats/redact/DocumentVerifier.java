package org.piishield.formats.redact;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/** TEMPORARY copy of the seam (SEAM.md); deleted when the seam lands on main. */
public interface DocumentVerifier {
  String name();

  boolean handles(String fileName);

  VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException;
}
