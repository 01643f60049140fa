package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.extract.ExtractionException;

/** {@link PdfVerifier} on PDFs made in the test (synthetic values). */
class PdfVerifierTest {

  @TempDir
  Path dir;

  @Test
  void verify_withoutPoppler_runsPdfBoxAndObjectsAndNotesTheGap() throws IOException, ExtractionException {
    Path pdf = pdf("Mail ANA.RUIZ@EXAMPLE.ORG today.", null);

    VerificationReport r = new PdfVerifier(false).verify(pdf, List.of(new WithheldValue(4, "EMAIL", "ana.ruiz@example.org", "(b)(6)")));

    assertEquals(List.of("withheld value of row 4 (EMAIL) still extractable (pdfbox)",
        "withheld value of row 4 (EMAIL) still extractable (in the PDF's objects)"), r.residues());
    CheckResult poppler = r.checks().stream().filter(c -> c.name().equals("pdftotext")).findFirst().orElseThrow();
    assertFalse(poppler.ran());
    assertTrue(r.notes().get(0).startsWith("pdftotext not installed"), r.notes()::toString);
  }

  @Test
  void verify_infoBeyondProducer_isResidueNamingTheKeys() throws IOException, ExtractionException {
    Path pdf = pdf("Nothing personal here.", "Ana Ruiz");

    VerificationReport r = new PdfVerifier(false).verify(pdf, List.of());

    assertEquals(List.of("document information has keys other than Producer: Author"), r.residues());
  }

  @Test
  void verify_cleanPdf_passes() throws IOException, ExtractionException {
    Path pdf = pdf("The committee closed the case.", null);

    VerificationReport r = new PdfVerifier(false).verify(pdf, List.of(new WithheldValue(1, "PERSON", "Ana Ruiz", "(b)(6)")));

    assertEquals(List.of(), r.residues());
  }

  private Path pdf(String line, String author) throws IOException {
    Path pdf = dir.resolve("t.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(72, 700);
        cs.showText(line);
        cs.endText();
      }
      if (author != null) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setAuthor(author);
        doc.setDocumentInformation(info);
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }
}
