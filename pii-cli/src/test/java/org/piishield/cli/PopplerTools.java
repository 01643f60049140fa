package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs poppler-utils in the CLI tests (an extractor independent of PDFBox); a missing tool fails, never skips. */
final class PopplerTools {
  private PopplerTools() {}

  /** {@code pdftotext} of one 1-based page (0 for all), whitespace runs collapsed and trimmed. */
  static String text(Path pdf, int page) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
    if (page > 0) {
      cmd.addAll(List.of("-f", Integer.toString(page), "-l", Integer.toString(page)));
    }
    cmd.addAll(List.of(pdf.toString(), "-"));
    return run(cmd).replaceAll("\\s+", " ").strip();
  }

  /** The 1-based page of every image {@code pdfimages -list} lists. */
  static List<Integer> imagePages(Path pdf) throws IOException {
    List<Integer> out = new ArrayList<>();
    for (String line : run(List.of("pdfimages", "-list", pdf.toString())).lines().skip(2).toList()) {
      out.add(Integer.parseInt(line.trim().split("\\s+")[0]));
    }
    return out;
  }

  private static String run(List<String> cmd) throws IOException {
    if (Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
        .noneMatch(d -> Files.isExecutable(Path.of(d, cmd.get(0))))) {
      fail(cmd.get(0) + " is not installed; install it with: sudo apt-get install -y poppler-utils");
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      assertEquals(0, p.waitFor(), () -> String.join(" ", cmd) + " failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
