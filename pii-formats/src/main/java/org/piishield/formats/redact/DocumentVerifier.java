package org.piishield.formats.redact;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/**
 * Checks a redacted copy, independently of the code that wrote it: re-reads the output its own way and reports
 * each withheld value still in it (by log row and type, never the value) and each structural leftover (metadata,
 * scripts, hidden parts). Implementations are stateless and thread-safe.
 */
public interface DocumentVerifier {

  /** A short name for messages, e.g. {@code pdf}. */
  String name();

  /** Whether this verifier checks files with this name (by extension, case-insensitive). */
  boolean handles(String fileName);

  /** Runs every check on {@code output}; fails when it cannot be parsed at all. */
  VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException;
}
