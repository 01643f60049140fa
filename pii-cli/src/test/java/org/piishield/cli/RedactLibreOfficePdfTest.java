package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.office.LibreOffice;
import org.piishield.testing.ExternalTool;

/**
 * {@code shield redact} on a PDF LibreOffice writes from a single-spaced memo (DejaVu at 12 pt, whose font boxes
 * reach into the neighbouring lines): the withheld values go, and the lines above and below keep every glyph, as
 * poppler's pdftotext reads the copy.
 */
class RedactLibreOfficePdfTest {

  @TempDir
  Path dir;

  @Test
  void redact_singleSpacedLibreOfficePdf_neighbouringLinesKeepEveryGlyph() throws Exception {
    Path fodt = dir.resolve("memo.fodt");
    try (InputStream in = getClass().getResourceAsStream("/test-documents/memo_header_footnote.fodt")) {
      Files.copy(in, fodt);
    }
    Path pdf = dir.resolve("in/memo.pdf");
    Files.createDirectories(pdf.getParent());
    LibreOffice.find().orElseGet(() -> fail(LibreOffice.INSTALL_HINT)).convert(fodt, "pdf", pdf);
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), pdf.toString());

    assertEquals(0, r.exitCode(), r::toString);
    String text = ExternalTool.output("pdftotext", "-enc", "UTF-8", out.resolve("memo.pdf").toString(), "-")
        .replaceAll("\\s+", " ");
    for (String withheld : List.of("Ana Ruiz", "ana.ruiz", "example.org", "555-0142")) {
      assertFalse(text.contains(withheld), () -> withheld + " still in: " + text);
    }
    for (String kept : List.of("Internal memo. Questions:", "Reach Officer", " today.",
        "The committee reviewed the parking report and closed the case.", "Her desk phone is")) {
      assertTrue(text.contains(kept), () -> "lost: " + kept + " in: " + text);
    }
  }
}
