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

  /** The kind of file this verifier takes. */
  FileFormat format();

  /** A short name for messages, e.g. {@code pdf}. */
  default String name() {
    return format().name();
  }

  /** Whether this verifier checks files with this name (by the format's extensions, case-insensitive). */
  default boolean handles(String fileName) {
    return format().matches(fileName);
  }

  /** Runs every check on {@code output}; fails when it cannot be parsed at all. */
  VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException;
}
