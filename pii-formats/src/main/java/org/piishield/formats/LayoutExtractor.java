package org.piishield.formats;

import java.io.IOException;
import java.io.InputStream;
import org.piishield.extract.DocumentExtractor;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.ExtractionException;

/**
 * A {@link DocumentExtractor} that also knows where each extracted char is drawn. Redaction calls
 * {@link #extractWithLayout}; scanning only needs {@link #extract}, which returns the same text.
 *
 * <p>As with every extractor, the caller owns the stream. Implementations are thread-safe.
 */
public interface LayoutExtractor extends DocumentExtractor {

  /** Reads at most {@code maxBytes} from {@code in}; more is an {@link ExtractionException}. */
  PositionedText extractWithLayout(InputStream in, String fileName, long maxBytes) throws IOException, ExtractionException;

  @Override
  default ExtractedText extract(InputStream in, String fileName, long maxBytes) throws IOException, ExtractionException {
    return extractWithLayout(in, fileName, maxBytes).text();
  }
}
