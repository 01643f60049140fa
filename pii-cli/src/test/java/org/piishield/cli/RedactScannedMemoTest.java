package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.testing.ExternalTool;

/**
 * {@code shield redact} and {@code shield verify} on an image-only "scanned" memo made afresh by
 * examples-src/make-scanned-memo (Ghostscript renders the PostScript memo, ImageMagick tilts it and adds noise,
 * Ghostscript wraps the JPEG into a PDF), the way the bundled examples/scanned-memo.pdf was made
 * ({@link ReadmeSamplesTest} checks that one). The copy is
 * checked with Debian's pdfimages + tesseract and pdftotext, which share no code with the redaction.
 */
class RedactScannedMemoTest {

  private static final Path MAKER = Path.of("../examples-src/make-scanned-memo");

  /** Folded (lower case, no whitespace) forms of the withheld values, and pieces of them. */
  private static final List<String> WITHHELD = List.of("whitaker", "danielwhitaker", "4471", "1842maple", "maplegrove",
      "5550143", "555-0143", "dwhitaker@", "dwhitaker");
  /** Folded sentences that are not withheld and must still be read. */
  private static final List<String> KEPT = List.of("internalaffairsdivision", "thereviewboardmetontuesday",
      "nofurtheractionwillbetakenonthismatter", "complaintreview,case25-0142");

  @TempDir
  Path dir;

  @Test
  void redact_freshScanFromTheMaker_pixelsErasedVerifiedAndOtherTextStillReadable() throws IOException {
    Path scan = dir.resolve("in/scan.pdf");
    Files.createDirectories(scan.getParent());
    ExternalTool.output(MAKER.toString(), scan.toString());

    assertRedactedAndVerified(scan);
  }

  private void assertRedactedAndVerified(Path scan) throws IOException {
    String before = folded(ExternalTool.ocrOfPdfImages(scan, dir.resolve("before")));
    assertTrue(before.contains("whitaker") && before.contains("maplegrove"), "the scan holds the values: " + before);
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), scan.toString());

    assertEquals(0, r.exitCode(), r::toString);
    Path copy = out.resolve(scan.getFileName());
    String ocr = folded(ExternalTool.ocrOfPdfImages(copy, dir.resolve("after")));
    String text = folded(ExternalTool.output("pdftotext", "-enc", "UTF-8", copy.toString(), "-"));
    for (String value : WITHHELD) {
      assertFalse(ocr.contains(value), () -> "still in the image: " + value + "\n" + ocr);
      assertFalse(text.contains(value), () -> "in the text layer: " + value + "\n" + text);
    }
    for (String sentence : KEPT) {
      assertTrue(ocr.contains(sentence), () -> "lost: " + sentence + "\n" + ocr);
    }
    String log = Files.readString(out.resolve(RedactCommand.DEFAULT_LOG_NAME));
    for (String type : List.of(",PERSON,", ",BADGE_NUMBER,", ",US_STREET_ADDRESS,", ",PHONE_NUMBER,", ",EMAIL,")) {
      assertTrue(log.contains(type), () -> type + " not logged\n" + log);
    }
    Shield.Result v = Shield.run("verify", "--log", out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString(),
        copy.toString());
    assertEquals(0, v.exitCode(), v::toString);
  }

  private static String folded(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }
}
