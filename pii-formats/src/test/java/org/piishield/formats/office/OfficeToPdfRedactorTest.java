package org.piishield.formats.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.Redactors;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.formats.verify.PdfVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/**
 * Office-to-PDF redaction of an ODT that LibreOffice writes from the memo fixture: the PDF LibreOffice makes of
 * it is redacted by the standard PDF redactor and checked by {@link PdfVerifier} (PDFBox, pdftotext, objects).
 * Missing LibreOffice fails the test: run bin/setup-system.
 */
class OfficeToPdfRedactorTest {

  @TempDir
  Path dir;

  private static LibreOffice office() {
    return LibreOffice.find().orElseGet(() -> fail(LibreOffice.INSTALL_HINT));
  }

  private OfficeToPdfRedactor redactor() {
    DocumentRedactor pdf = Redactors.standard().forFile("x.pdf").orElseThrow();
    return new OfficeToPdfRedactor(pdf, office());
  }

  private Path odt() throws Exception {
    Path fodt = dir.resolve("memo.fodt");
    try (InputStream in = getClass().getResourceAsStream("/test-documents/memo_tracked_comment_hidden_textbox.fodt")) {
      Files.copy(in, fodt);
    }
    Path odt = dir.resolve("memo.odt");
    office().convert(fodt, "odt", odt);
    return odt;
  }

  private static long tempPdfs() throws Exception {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("shield-office-")).count();
    }
  }

  @Test
  void handlesAndOutputName_officeExtensionsOnly() {
    OfficeToPdfRedactor r = redactor();

    for (String n : List.of("a.docx", "B.ODT", "c.rtf", "d.xlsx", "e.pptx", "f.doc")) {
      assertTrue(r.handles(n), n);
    }
    for (String n : List.of("a.pdf", "b.txt", "docx", "c.docx.bak")) {
      assertFalse(r.handles(n), n);
    }
    assertEquals("memo.odt.pdf", r.outputName("memo.odt"));
  }

  @Test
  void writeRedacted_odtViaPdf_valuesGoneAndTempPdfDeleted() throws Exception {
    Path odt = odt();
    long before = tempPdfs();
    RedactableDocument doc = redactor().open(odt, OpenOptions.of(64 << 20));
    String text = doc.text();
    assertEquals(before + 1, tempPdfs());
    int at = text.indexOf("Jorge Silva");
    assertTrue(at >= 0 && text.contains("The weather was clear."), "the PDF's text");
    Path out = dir.resolve("memo.odt.pdf");

    doc.writeRedacted(RedactionPlan.of(List.of(new WithheldSpan(at, at + 11, "PERSON", "(b)(6)"))), out);

    assertEquals(before, tempPdfs());
    VerificationReport report = new PdfVerifier().verify(out,
        List.of(new WithheldValue(1, "PERSON", "Jorge Silva", "(b)(6)")));
    assertTrue(report.passed(), () -> String.join("; ", report.residues()));
    assertTrue(Files.readAllBytes(out).length > 0 && Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1)
        .startsWith("%PDF-"));
  }

  @Test
  void convert_notAnOfficeFile_namedFailure() throws Exception {
    Path junk = dir.resolve("junk.docx");
    Files.write(junk, new byte[] {0, 1, 2, 3, 4, 5});

    ExtractionException e = assertThrows(ExtractionException.class,
        () -> office().convert(junk, "pdf", dir.resolve("junk.pdf")));

    assertTrue(e.getMessage().startsWith("junk.docx: LibreOffice could not convert it"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("junk.pdf")));
  }
}
