package org.piishield.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.piishield.testing.ExternalTool;

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
    return ExternalTool.output(cmd.toArray(String[]::new));
  }

}
