package org.piishield.cli;

import java.io.PrintWriter;
import java.util.List;
import org.piishield.detect.Detection;

/**
 * Writes the findings of {@code shield scan}, one document at a time as they are scanned. Call order:
 * {@link #begin()}, then {@link #document} per document, then {@link #end}. Offsets are into the document as
 * read ({@code original}); the matched text is printed only when the printer was made with
 * {@code showText}. Not thread-safe.
 */
interface FindingsPrinter {

  void begin();

  void document(String source, String original, List<Detection> findings);

  void end(int documents, int findings, int errors);

  static FindingsPrinter of(OutputFormat format, PrintWriter out, boolean showText) {
    return switch (format) {
      case JSON -> new JsonFindingsPrinter(out, showText, true);
      case JSONL -> new JsonFindingsPrinter(out, showText, false);
      case TEXT -> new TextFindingsPrinter(out, showText);
    };
  }
}
