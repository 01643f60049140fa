package org.piishield.extract;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns one document format into scannable text. Found through {@link java.util.ServiceLoader}; later
 * modules (PDF, Office, OCR) plug in here without changes to the command line.
 *
 * <p>The caller owns the stream: extractors read it but never close it. Implementations are thread-safe.
 */
public interface DocumentExtractor {

  /** Stable short id, e.g. {@code text}, {@code html}. */
  String name();

  /** Higher wins when several extractors accept the same file. Built-in text extractors use 0. */
  default int priority() {
    return 0;
  }

  /** Whether this extractor reads files called {@code fileName} (judged by extension). */
  boolean accepts(String fileName);

  /** Reads at most {@code maxBytes} from {@code in}; more is an {@link ExtractionException}. */
  ExtractedText extract(InputStream in, String fileName, long maxBytes) throws IOException, ExtractionException;
}
