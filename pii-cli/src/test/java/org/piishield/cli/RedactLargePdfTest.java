package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.testing.ExternalTool;

/**
 * The memory bound of the issue: a 2,000-page PDF (made by Ghostscript) is redacted and verified by a real
 * {@code shield} child JVM limited to {@code -Xmx1g}, and poppler's pdftotext finds none of the withheld values
 * in the copy while the ordinary sentences are all there.
 */
class RedactLargePdfTest {

  static final int PAGES = 2000;

  @TempDir
  Path dir;

  @Test
  void redact_twoThousandPagesInOneGigabyteHeap_redactsVerifiesAndKeepsTheRest()
      throws IOException, InterruptedException {
    Path pdf = dir.resolve("big.pdf");
    Path ps = dir.resolve("big.ps");
    Files.writeString(ps, postScript(PAGES), StandardCharsets.US_ASCII);
    ExternalTool.output("gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite",
        "-sOutputFile=" + pdf, ps.toString());
    Path out = dir.resolve("out");

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit = shield(printed, "-Xmx1g", "redact", "--policy", "foia", "--out", out.toString(), pdf.toString());

    assertEquals(0, exit, printed::toString);
    List<String> log = Files.readAllLines(out.resolve(RedactCommand.DEFAULT_LOG_NAME));
    assertEquals(1 + PAGES * 3, log.size(), "a name, an e-mail and a phone on every page");
    String text = ExternalTool.output("pdftotext", "-enc", "UTF-8", out.resolve("big.pdf").toString(), "-");
    for (String withheld : List.of("Whitaker", "dwhitaker", "555-0143")) {
      assertFalse(text.contains(withheld), withheld);
    }
    assertEquals(PAGES, count(text, "The review board met on Tuesday and closed the file."));
    assertEquals(PAGES, count(text, "Case file page"));
    assertTrue(text.contains("Case file page " + PAGES), "the last page is there");
  }

  /** Page n: its number, a line with a name, an e-mail and a phone, and an ordinary sentence. */
  private static String postScript(int pages) {
    return "%!PS\n/Helvetica findfont 11 scalefont setfont\n"
        + "1 1 " + pages + " {\n  /n exch def\n"
        + "  72 740 moveto (Case file page ) show n 12 string cvs show\n"
        + "  72 720 moveto (Officer Daniel Whitaker wrote from dwhitaker@example.org and called (217) 555-0143.) show\n"
        + "  72 700 moveto (The review board met on Tuesday and closed the file.) show\n"
        + "  showpage\n} for\n";
  }

  private static int count(String text, String s) {
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      n++;
    }
    return n;
  }

  /** Runs {@code shield ARGS} in a child JVM with the given heap option; its output goes to {@code printed}. */
  private int shield(ByteArrayOutputStream printed, String heap, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().transferTo(printed);
    if (!p.waitFor(600, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("shield did not finish in 600 s");
    }
    return p.exitValue();
  }
}
