package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.pdf.redact.PdfRedactor;
import org.piishield.formats.pdf.redact.RedactionArea;
import org.piishield.formats.pdf.redact.RedactionOptions;

/** The {@code image-ocr} check with real Tesseract on pictures of text (Java2D) embedded by PDFBox. */
class PdfVerifierOcrTest {
  private static final WithheldValue EMAIL = new WithheldValue(2, "EMAIL", RedactedSamples.EMAIL, "(b)(6)");

  @TempDir
  Path dir;

  @Test
  void verify_valueInPictureOnlyCoveredNotErased_isOcrResidue() throws Exception {
    Path pdf = dir.resolve("covered.pdf");
    RedactionArea area = RedactedSamples.scanned(pdf, "Write to ", RedactedSamples.EMAIL, "(b)(6)");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(0),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        cs.addRect(area.x0(), area.y0(), area.width(), area.height()); // a cover-up: the pixels stay in the image
        cs.fill();
      }
      doc.save(pdf.toFile());
    }

    VerificationReport r = new PdfVerifier(true, true).verify(pdf, List.of(EMAIL));

    assertEquals(List.of("withheld value of row 2 (EMAIL) still legible in an image on page 1 (OCR)"), r.residues());
  }

  @Test
  void verify_coveredPictureOnSecondPageAfterSmallImages_namesThatPage() throws Exception {
    Path pdf = dir.resolve("second.pdf");
    RedactionArea area = RedactedSamples.scanned(pdf, "Write to ", RedactedSamples.EMAIL, "(b)(6)");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      // a first page with two images too small to hold text: the picture becomes pdfimages' third image
      org.apache.pdfbox.pdmodel.PDPage first = new org.apache.pdfbox.pdmodel.PDPage();
      doc.getPages().insertBefore(first, doc.getPage(0));
      try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
        for (int i = 0; i < 2; i++) {
          cs.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
              new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB)), 72 + 20 * i, 72);
        }
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(1),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        cs.addRect(area.x0(), area.y0(), area.width(), area.height());
        cs.fill();
      }
      doc.save(pdf.toFile());
    }

    VerificationReport r = new PdfVerifier(true, true).verify(pdf, List.of(EMAIL));

    assertEquals(List.of("withheld value of row 2 (EMAIL) still legible in an image on page 2 (OCR)"), r.residues());
  }

  @Test
  void verify_valueErasedFromPicture_passes() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area = RedactedSamples.scanned(in, "Write to ", RedactedSamples.EMAIL, "(b)(6)");
    PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    VerificationReport r = new PdfVerifier(true, true).verify(out, List.of(EMAIL));

    assertEquals(List.of(), r.residues());
    CheckResult ocr = r.checks().stream().filter(c -> c.name().equals("image-ocr")).findFirst().orElseThrow();
    assertTrue(ocr.passed(), "the erased picture was read");
  }

  @Test
  void verify_pictureWithOnlyOtherText_passes() throws Exception {
    Path pdf = dir.resolve("other.pdf");
    RedactedSamples.scanned(pdf, "Write to the ", "records office", "(b)(6)");

    VerificationReport r = new PdfVerifier(true, true).verify(pdf, List.of(EMAIL));

    assertEquals(List.of(), r.residues());
  }

  @Test
  void verify_pictureHoldingValueWithoutTesseract_notesTheGap() throws Exception {
    Path pdf = dir.resolve("plain.pdf");
    RedactedSamples.scanned(pdf, "Write to ", RedactedSamples.EMAIL, "(b)(6)");

    VerificationReport r = new PdfVerifier(true, false).verify(pdf, List.of(EMAIL));

    CheckResult ocr = r.checks().stream().filter(c -> c.name().equals("image-ocr")).findFirst().orElseThrow();
    assertEquals(false, ocr.ran());
    assertTrue(r.notes().contains("tesseract not installed: 1 image(s) that may hold text were not read; "
        + ImageOcrCheck.INSTALL_HINT), r.notes()::toString);
  }
}
