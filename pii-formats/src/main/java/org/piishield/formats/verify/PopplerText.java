package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a PDF as poppler's {@code pdftotext} reads it (run as a process: an extractor that shares no code
 * with PDFBox). {@link #isInstalled()} says whether it is on the {@code PATH}; on Debian/Ubuntu it comes with
 * {@code apt-get install poppler-utils}.
 */
final class PopplerText {

  static final String INSTALL_HINT = "install it with: sudo apt-get install -y poppler-utils";

  private PopplerText() {}

  static boolean isInstalled() {
    return ToolProcess.isInstalled("pdftotext");
  }

  /** The UTF-8 text of {@code pdf}; fails when pdftotext exits non-zero (its stderr, which may quote the file, is dropped). */
  static String read(Path pdf) throws IOException {
    return new String(ToolProcess.run(List.of("pdftotext", "-q", "-enc", "UTF-8", pdf.toString(), "-")),
        StandardCharsets.UTF_8);
  }
}
