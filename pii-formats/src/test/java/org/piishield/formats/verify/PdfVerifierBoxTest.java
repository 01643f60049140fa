package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.pdf.redact.PdfRedactor;
import org.piishield.formats.pdf.redact.RedactionArea;
import org.piishield.formats.pdf.redact.RedactionOptions;

/**
 * The box checks on real redactions ({@link PdfRedactor} output, rendered by poppler): labels must be in the log,
 * nothing may be drawn over a box.
 */
class PdfVerifierBoxTest {
  private static final WithheldValue EMAIL_B6 = new WithheldValue(1, "EMAIL", RedactedSamples.EMAIL, "(b)(6)");

  @TempDir
  Path dir;

  private Path redacted(String label) throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area = RedactedSamples.memo(in, label);
    PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());
    return out;
  }

  private static CheckResult check(VerificationReport r, String name) {
    return r.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void verify_boxLabelInLog_passesWithPixelsChecked() throws Exception {
    Path out = redacted("(b)(6)");

    VerificationReport r = new PdfVerifier(true, true).verify(out, List.of(EMAIL_B6));

    assertEquals(List.of(), r.residues());
    assertTrue(check(r, "box-labels").passed());
    assertTrue(check(r, "box-pixels").passed(), "the box was rendered and found solid");
  }

  @Test
  void verify_boxLabelNotInLog_namesPageAndBox() throws Exception {
    Path out = redacted("(b)(6)");

    VerificationReport r = new PdfVerifier(true, true).verify(out,
        List.of(new WithheldValue(1, "EMAIL", RedactedSamples.EMAIL, "(b)(7)(C)")));

    assertEquals(List.of("page 1: redaction box 1 has a label that is not in the log"), r.residues());
  }

  @Test
  void verify_boxWithoutLabel_isResidue() throws Exception {
    Path out = redacted("");

    VerificationReport r = new PdfVerifier(true, true).verify(out, List.of(EMAIL_B6));

    assertEquals(List.of("page 1: redaction box 1 has no label"), r.residues());
  }

  @Test
  void verify_typeIdLabelWithoutExemption_matchesTheType() throws Exception {
    Path out = redacted("EMAIL");

    VerificationReport r = new PdfVerifier(true, true).verify(out,
        List.of(new WithheldValue(1, "EMAIL", RedactedSamples.EMAIL, "")));

    assertEquals(List.of(), r.residues());
  }

  @Test
  void verify_imageOfTextDrawnOverBox_isPixelResidue() throws Exception {
    Path out = redacted("(b)(6)");
    drawPicture(out, 120, 695);

    VerificationReport r = new PdfVerifier(true, true).verify(out, List.of(EMAIL_B6));

    assertEquals(1, r.residues().size(), r.residues()::toString);
    assertTrue(r.residues().get(0).matches("page 1: redaction box 1 has [1-9][0-9]* non-fill pixels"),
        r.residues()::toString);
  }

  @Test
  void verify_transparentBoxOverUnerasedText_isPixelResidue() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("cover.pdf");
    RedactionArea area = RedactedSamples.memo(in, "(b)(6)");
    try (PDDocument doc = Loader.loadPDF(in.toFile())) {
      try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(0),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        var alpha = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
        alpha.setNonStrokingAlphaConstant(0.3f);
        cs.setGraphicsStateParameters(alpha);
        cs.beginMarkedContent(org.apache.pdfbox.cos.COSName.getPDFName("PIIShieldRedaction"));
        cs.addRect(area.x0(), area.y0(), area.width(), area.height());
        cs.fill();
        cs.endMarkedContent();
      }
      doc.save(out.toFile());
    }

    VerificationReport r = new PdfVerifier(true, true).verify(out, List.of());

    // no log rows: only the pixels speak (the text checks have nothing to look for)
    assertEquals(1, r.residues().size(), r.residues()::toString);
    assertTrue(r.residues().get(0).matches("page 1: redaction box 1 has [1-9][0-9]* non-fill pixels"),
        r.residues()::toString);
  }

  @Test
  void verify_sameImageBesideTheBox_passes() throws Exception {
    Path out = redacted("(b)(6)");
    drawPicture(out, 72, 400);

    VerificationReport r = new PdfVerifier(true, true).verify(out, List.of(EMAIL_B6));

    assertEquals(List.of(), r.residues());
    assertTrue(check(r, "image-ocr").passed(), "the picture was read and holds nothing withheld");
  }

  @Test
  void verify_rotatedPagesAndTouchingBoxesOnTightLines_noFalseResidue() throws Exception {
    Path in = dir.resolve("rotated.pdf");
    Path out = dir.resolve("rotated-out.pdf");
    List<RedactionArea> areas = new java.util.ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < 4; p++) {
        org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
            org.apache.pdfbox.pdmodel.common.PDRectangle.LETTER);
        page.setRotation(90 * p);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (int line = 0; line < 2; line++) {
            float y = 700 - 11 * line; // leading 11 pt with 12 pt text: padded boxes overlap
            cs.beginText();
            cs.setFont(RedactedSamples.HELVETICA, 12);
            cs.newLineAtOffset(72, y);
            cs.showText("Officer " + RedactedSamples.EMAIL);
            cs.endText();
            float x0 = 72 + RedactedSamples.HELVETICA.getStringWidth("Officer ") / 1000f * 12;
            float x1 = x0 + RedactedSamples.HELVETICA.getStringWidth(RedactedSamples.EMAIL) / 1000f * 12;
            areas.add(new RedactionArea(p, x0 - 1, y - 3.5f, x1 + 1, y + 10.5f, line == 0 ? "(b)(6)" : "(b)(7)(C)"));
          }
        }
      }
      doc.save(in.toFile());
    }
    PdfRedactor.redact(in, out, areas, RedactionOptions.defaults());

    VerificationReport r = new PdfVerifier(true, true, true).verify(out, List.of(EMAIL_B6,
        new WithheldValue(2, "EMAIL", RedactedSamples.EMAIL, "(b)(7)(C)")));

    assertEquals(List.of(), r.residues());
    assertTrue(check(r, "box-pixels").passed());
    // the same copy checked against a log without (b)(7)(C): the second box of every page is found and named
    assertEquals(List.of(1, 2, 3, 4).stream()
            .map(p -> "page " + p + ": redaction box 2 has a label that is not in the log").toList(),
        new PdfVerifier(true, true).verify(out, List.of(EMAIL_B6)).residues());
  }

  /** Appends a picture of "SEE MEMO" (nothing withheld), 100 × 20 pt at (x, y), after the boxes. */
  private static void drawPicture(Path pdf, float x, float y) throws Exception {
    BufferedImage picture = RedactedSamples.picture("SEE ", "MEMO");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(0),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        cs.drawImage(LosslessFactory.createFromImage(doc, picture), x, y, 100, 20);
      }
      doc.save(pdf.toFile());
    }
  }
}
