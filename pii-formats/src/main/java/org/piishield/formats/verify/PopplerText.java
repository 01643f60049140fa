package org.piishield.formats.verify;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a PDF as poppler's {@code pdftotext} reads it (run as a process: an extractor that shares no code
 * with PDFBox). {@link #isInstalled()} says whether it is on the {@code PATH}; on Debian/Ubuntu it comes with
 * {@code apt-get install poppler-utils}.
 */
final class PopplerText {

  static final String INSTALL_HINT = "install it with: sudo apt-get install -y poppler-utils";

  private PopplerText() {}

  static boolean isInstalled() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pdftotext"))) {
        return true;
      }
    }
    return false;
  }

  /** The UTF-8 text of {@code pdf}; fails when pdftotext exits non-zero (its stderr, which may quote the file, is dropped). */
  static String read(Path pdf) throws IOException {
    Process p = new ProcessBuilder("pdftotext", "-q", "-enc", "UTF-8", pdf.toString(), "-")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      int code = p.waitFor();
      if (code != 0) {
        throw new IOException("pdftotext exited with " + code);
      }
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running pdftotext", e);
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
