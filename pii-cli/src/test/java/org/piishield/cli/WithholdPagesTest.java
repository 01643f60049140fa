package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shield redact --withhold-pages}: placeholders checked with poppler, PAGE log rows, {@code shield verify}. */
class WithholdPagesTest {
  private static final String PLAIN = "The committee reviewed the parking report.";

  @TempDir
  Path dir;

  /** Three Letter pages: "Page N. " + PLAIN, and a small picture on each. */
  private Path threePages(Path pdf) throws IOException {
    Files.createDirectories(pdf.getParent());
    try (PDDocument doc = new PDDocument()) {
      for (int i = 1; i <= 3; i++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          cs.newLineAtOffset(72, 700);
          cs.showText("Page " + i + ". " + PLAIN);
          cs.endText();
          cs.drawImage(LosslessFactory.createFromImage(doc, new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB)),
              72, 500, 40, 20);
        }
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  @Test
  void redact_withholdPagesForOneFile_placeholderPageRowAndVerified() throws IOException {
    Path memo = threePages(dir.resolve("in/memo.pdf"));
    Path other = threePages(dir.resolve("in/other.pdf"));
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--withhold-pages", "memo.pdf:2-3@(b)(7)(C)",
        "--out", out.toString(), memo.toString(), other.toString());

    assertEquals(0, r.exitCode(), r::toString);
    Path copy = out.resolve("memo.pdf");
    assertEquals("Page 1. " + PLAIN, PopplerTools.text(copy, 1));
    assertEquals("Page withheld in full under (b)(7)(C)", PopplerTools.text(copy, 2));
    assertEquals("Page withheld in full under (b)(7)(C)", PopplerTools.text(copy, 3));
    assertEquals(List.of(1), PopplerTools.imagePages(copy));
    assertEquals(List.of(1, 2, 3), PopplerTools.imagePages(out.resolve("other.pdf")), "other.pdf is not named");
    List<String> log = Files.readAllLines(out.resolve(RedactCommand.DEFAULT_LOG_NAME));
    assertEquals(List.of(RedactionLog.HEADER,
        memo + ",2,2,PAGE,withhold,(b)(7)(C),1.00,withhold-pages",
        memo + ",3,3,PAGE,withhold,(b)(7)(C),1.00,withhold-pages"), log);

    Shield.Result v = Shield.run("verify", "--log", out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString(),
        out.toString());
    assertEquals(0, v.exitCode(), v::toString);
    assertTrue(v.out().contains(copy + ": ok (2 withheld value(s))"), v::toString);
  }

  @Test
  void verify_pageRowButPageStillThere_isResidue() throws IOException {
    Path memo = threePages(dir.resolve("in/memo.pdf"));
    Path out = dir.resolve("out");
    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), memo.toString());
    assertEquals(0, r.exitCode(), r::toString);
    Path log = dir.resolve("forged.csv");
    Files.writeString(log, RedactionLog.HEADER + "\n" + memo + ",2,2,PAGE,withhold,(b)(6),1.00,withhold-pages\n");

    Shield.Result v = Shield.run("verify", "--log", log.toString(), out.resolve("memo.pdf").toString());

    assertEquals(ExitCode.FINDINGS, v.exitCode(), v::toString);
    assertTrue(v.out().contains("row 1 (PAGE): page 2 does not show only the placeholder sentence"), v::toString);
    assertTrue(v.out().contains("row 1 (PAGE): page 2 draws 1 image(s)"), v::toString);
  }

  @Test
  void redact_badSpecs_usageErrorsAndNothingWritten() throws IOException {
    Path memo = threePages(dir.resolve("in/memo.pdf"));
    Path out = dir.resolve("out");

    Shield.Result malformed = Shield.run("redact", "--withhold-pages", "memo.pdf:two", "--out", out.toString(),
        memo.toString());
    Shield.Result backwards = Shield.run("redact", "--withhold-pages", "3-1", "--out", out.toString(),
        memo.toString());
    Shield.Result unknown = Shield.run("redact", "--withhold-pages", "nota.pdf:1", "--out", out.toString(),
        memo.toString());

    assertEquals(ExitCode.USAGE, malformed.exitCode(), malformed::toString);
    assertTrue(malformed.err().contains("--withhold-pages memo.pdf:two: expected [FILE:]PAGES[@CODE]"),
        malformed::toString);
    assertEquals(ExitCode.USAGE, backwards.exitCode(), backwards::toString);
    assertTrue(backwards.err().contains("pages count from 1 and a range goes upwards"), backwards::toString);
    assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().contains("--withhold-pages names nota.pdf, which is not among the inputs"),
        unknown::toString);
    assertFalse(Files.exists(out.resolve("memo.pdf")));
  }

  @Test
  void redact_pageBeyondTheDocument_inputErrorNamedOthersWritten() throws IOException {
    Path memo = threePages(dir.resolve("in/memo.pdf"));
    Path other = threePages(dir.resolve("in/other.pdf"));
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--withhold-pages", "memo.pdf:4", "--out", out.toString(),
        memo.toString(), other.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().contains(memo + ": cannot write the redacted copy " + out.resolve("memo.pdf")
        + ": page 4 is to be withheld but the document has 3 pages"), r::toString);
    assertFalse(Files.exists(out.resolve("memo.pdf")));
    assertTrue(Files.exists(out.resolve("other.pdf")));
  }
}
