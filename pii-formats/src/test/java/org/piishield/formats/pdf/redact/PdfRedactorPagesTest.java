package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.verify.PdfVerifier;
import org.piishield.formats.verify.WithheldValue;

/** Pages withheld in full become placeholders, checked with poppler (pdftotext, pdfimages) and the verifier. */
class PdfRedactorPagesTest {
  private static final String NAME = PdfRedactorTextTest.NAME;
  private static final String PLACEHOLDER = "Page withheld in full under (b)(6)";

  @TempDir Path dir;

  /** Page 1: a line and a picture; page 2 (A4 landscape, rotated 90): the name, a picture and a link. */
  private Path twoPages() throws Exception {
    Path in = dir.resolve("in.pdf");
    BufferedImage picture = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
    try (PDDocument doc = new PDDocument()) {
      PDPage first = new PDPage(PDRectangle.LETTER);
      PDPage second = new PDPage(new PDRectangle(842, 595));
      second.setRotation(90);
      doc.addPage(first);
      doc.addPage(second);
      try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
        Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 72, 700, "Summary of the review.", "", "", 0, "");
        cs.drawImage(LosslessFactory.createFromImage(doc, picture), 72, 500, 120, 40);
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
        Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 72, 500, "Statement of ", NAME, ".", 1, "");
        cs.drawImage(LosslessFactory.createFromImage(doc, picture), 72, 300, 120, 40);
      }
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(72, 100, 200, 20));
      PDActionURI uri = new PDActionURI();
      uri.setURI("https://example.org/review");
      link.setAction(uri);
      second.getAnnotations().add(link);
      doc.save(in.toFile());
    }
    return in;
  }

  @Test
  void redact_withheldPage_becomesPlaceholderOfSameSizeWithNothingElse() throws Exception {
    Path out = dir.resolve("out.pdf");
    PdfRedactionPlan plan = new PdfRedactionPlan(List.of(), Map.of(1, "(b)(6)"), List.of(NAME));

    PdfRedactionReport report = PdfRedactor.redact(twoPages(), null, out, plan, RedactionOptions.defaults());

    assertEquals(1, report.pagesWithheld());
    assertEquals(PLACEHOLDER, ExternalTools.pdftotext(out, false, 2).strip());
    assertEquals("Summary of the review.", ExternalTools.pdftotext(out, false, 1).strip());
    String images = ExternalTools.run("pdfimages", "-list", out.toString());
    List<String> rows = images.lines().skip(2).toList();
    assertEquals(1, rows.size(), images);
    assertTrue(rows.get(0).trim().startsWith("1 "), "the only image left is page 1's: " + images);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      PDPage page = doc.getPage(1);
      assertEquals(842f, page.getMediaBox().getWidth());
      assertEquals(595f, page.getMediaBox().getHeight());
      assertEquals(90, page.getRotation());
      assertTrue(page.getAnnotations().isEmpty());
      assertEquals(1, page.getResources().getFontNames().spliterator().getExactSizeIfKnown());
      assertFalse(page.getResources().getXObjectNames().iterator().hasNext());
    }
    PdfEvidence.assertGone(out, NAME);
    assertEquals(List.of(), new PdfVerifier().verify(out, List.of(WithheldValue.page(1, 1, "(b)(6)"),
        new WithheldValue(2, "PERSON", NAME, "(b)(6)"))).residues());
  }

  @Test
  void verify_pageNotWithheld_isNamedAsNoPlaceholder() throws Exception {
    Path out = dir.resolve("out.pdf");
    PdfRedactor.redact(twoPages(), null, out, new PdfRedactionPlan(List.of(), Map.of(1, "(b)(6)"), List.of()),
        RedactionOptions.defaults());

    List<String> residues = new PdfVerifier().verify(out, List.of(WithheldValue.page(3, 0, "(b)(6)"))).residues();

    assertEquals(List.of("row 3 (PAGE): page 1 does not show only the placeholder sentence",
        "row 3 (PAGE): page 1 draws 1 image(s)"), residues);
  }

  @Test
  void redact_ghostscriptDocument_middlePageWithheldOthersKept() throws Exception {
    Path ps = dir.resolve("three.ps");
    Files.writeString(ps, "%!PS\n/Helvetica findfont 12 scalefont setfont\n"
        + "72 700 moveto (First page text.) show showpage\n"
        + "72 700 moveto (Home of " + NAME + ".) show showpage\n"
        + "72 700 moveto (Third page text.) show showpage\n");
    Path in = dir.resolve("gs.pdf");
    ExternalTools.run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + in, ps.toString());
    Path out = dir.resolve("gs-out.pdf");

    PdfRedactor.redact(in, null, out, new PdfRedactionPlan(List.of(), Map.of(1, "(b)(7)(C)"), List.of(NAME)),
        RedactionOptions.defaults());

    assertEquals("First page text.", ExternalTools.pdftotext(out, false, 1).strip());
    assertEquals("Page withheld in full under (b)(7)(C)", ExternalTools.pdftotext(out, false, 2).strip());
    assertEquals("Third page text.", ExternalTools.pdftotext(out, false, 3).strip());
    PdfEvidence.assertGone(out, NAME);
  }

  @Test
  void redact_withheldPageBeyondDocument_isRefused() throws Exception {
    Path out = dir.resolve("out.pdf");
    PdfRedactionPlan plan = new PdfRedactionPlan(List.of(), Map.of(2, "(b)(6)"), List.of());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PdfRedactor.redact(twoPages(), null, out, plan, RedactionOptions.defaults()));

    assertEquals("page 3 is to be withheld but the document has 2 pages", e.getMessage());
    assertFalse(Files.exists(out));
  }
}
