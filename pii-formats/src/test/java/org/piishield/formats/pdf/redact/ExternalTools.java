package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent Debian tools the redaction tests check against (poppler-utils, Ghostscript, Tesseract).
 * A missing tool fails the test with the command that installs it; it never skips.
 */
final class ExternalTools {
  private ExternalTools() {}

  /** Runs {@code command}, fails on a non-zero exit, and returns its standard output as UTF-8. */
  static String run(String... command) throws IOException, InterruptedException {
    require(command[0]);
    Path err = Files.createTempFile("tool-", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(command[0] + " did not finish");
      }
      assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed: " + read(err));
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(err);
    }
  }

  static void require(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return;
      }
    }
    fail(tool + " is not installed; install it with: sudo apt-get install -y " + packageOf(tool));
  }

  private static String packageOf(String tool) {
    return switch (tool) {
      case "gs" -> "ghostscript";
      case "tesseract" -> "tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa";
      default -> "poppler-utils";
    };
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(stderr unreadable)";
    }
  }

  /** {@code pdftotext -layout} (layout true) or raw content-stream order, all pages or one (1-based). */
  static String pdftotext(Path pdf, boolean layout, int page) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8", layout ? "-layout" : "-raw"));
    if (page > 0) {
      cmd.addAll(List.of("-f", Integer.toString(page), "-l", Integer.toString(page)));
    }
    cmd.addAll(List.of(pdf.toString(), "-"));
    return run(cmd.toArray(String[]::new));
  }

  /** Ghostscript's own text extraction ({@code txtwrite}), a second extractor independent of poppler. */
  static String gsText(Path pdf) throws IOException, InterruptedException {
    return run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite", "-sOutputFile=-", pdf.toString());
  }
}
