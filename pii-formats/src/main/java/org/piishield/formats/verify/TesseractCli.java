package org.piishield.formats.verify;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of an image as the {@code tesseract} command reads it, run as a child process: an OCR path that shares
 * nothing with the redaction's (which uses the library through tess4j). English and Spanish, automatic page
 * segmentation, 300 dpi assumed; every page of a multi-page TIFF is read. On Debian/Ubuntu the command comes with
 * {@code apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa}.
 */
final class TesseractCli {

  static final String INSTALL_HINT =
      "install it with: sudo apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa";

  private TesseractCli() {}

  static boolean isInstalled() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "tesseract"))) {
        return true;
      }
    }
    return false;
  }

  /** The UTF-8 text of {@code image}; fails when tesseract exits non-zero (its stderr is dropped). */
  static String read(Path image) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "eng+spa", "--psm", "3",
        "--dpi", "300")
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    // one OpenMP thread: on 2 cores the default spins and is about 5 times slower (2.3 s instead of 12 s a page)
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      int code = p.waitFor();
      if (code != 0) {
        throw new IOException("tesseract exited with " + code);
      }
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running tesseract", e);
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
