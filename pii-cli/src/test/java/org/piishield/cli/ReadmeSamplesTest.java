package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.testing.ExternalTool;

/**
 * The README's one command on the three bundled samples (the Ghostscript letter, the scanned memo and the flyer
 * photo), then {@code shield verify} on the copies, then Debian's pdftotext, pdfimages and tesseract on them: the
 * withheld values are gone and the ordinary sentences are still there.
 */
class ReadmeSamplesTest {

  /** Sample, folded values that must be gone, folded sentences that must stay. */
  private static final Map<String, List<List<String>>> SAMPLES = Map.of(
      "officer-letter.pdf", List.of(
          List.of("danielharris", "dharris.home@example.org", "555-0186", "1234mapleavenue"),
          List.of("thereviewboardmettwiceandclosedthecomplaintwithoutfurtheraction.")),
      "scanned-memo.pdf", List.of(
          List.of("whitaker", "maplegrove", "555-0143", "dwhitaker"),
          List.of("thereviewboardmetontuesday", "nofurtheractionwillbetakenonthismatter")),
      "flyer-photo.jpg", List.of(
          List.of("carlos", "ruiz", "1520pine", "555-0123"),
          List.of("compartanesteavisoenelbarrio")));

  @TempDir
  Path dir;

  @Test
  void readmeCommand_threeSamples_redactedVerifiedAndCheckedByIndependentTools() throws Exception {
    Path out = dir.resolve("release");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(),
        "../examples/officer-letter.pdf", "../examples/scanned-memo.pdf", "../examples/flyer-photo.jpg");

    assertEquals(0, r.exitCode(), r::toString);
    Shield.Result v = Shield.run("verify", "--log", out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString(),
        out.toString());
    assertEquals(0, v.exitCode(), v::toString);
    assertTrue(v.out().contains("Verified 3 file(s): 0 residue(s)"), v::toString);
    for (Map.Entry<String, List<List<String>>> sample : SAMPLES.entrySet()) {
      String text = independentText(out.resolve(sample.getKey()));
      for (String gone : sample.getValue().get(0)) {
        assertFalse(text.contains(gone), () -> sample.getKey() + " still holds " + gone + ":\n" + text);
      }
      for (String kept : sample.getValue().get(1)) {
        assertTrue(text.contains(kept), () -> sample.getKey() + " lost " + kept + ":\n" + text);
      }
    }
  }

  /** What poppler and tesseract read in a copy, folded (lower case, no whitespace). */
  private String independentText(Path copy) throws Exception {
    String name = copy.getFileName().toString();
    String text = name.endsWith(".jpg")
        ? ExternalTool.output("tesseract", copy.toString(), "-", "-l", "spa+eng")
        : ExternalTool.output("pdftotext", "-enc", "UTF-8", copy.toString(), "-")
            + ExternalTool.ocrOfPdfImages(copy, dir.resolve("images-" + name));
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }
}
