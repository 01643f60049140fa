package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.office.LibreOffice;
import org.piishield.testing.ExternalTool;

/**
 * {@code shield redact} and {@code shield verify} on a Word memo LibreOffice writes in the test (body with a bold
 * name, a header, a footnote, document properties; synthetic values), checked with LibreOffice's own text export
 * and poppler's pdftotext. A missing LibreOffice fails these tests: run bin/setup-system.
 */
class RedactDocxTest {

  private static final String EMAIL = "ana.ruiz@example.org";
  private static final String PLAIN = "The committee reviewed the parking report and closed the case.";

  @TempDir
  Path dir;

  private static LibreOffice office() {
    return LibreOffice.find().orElseGet(() -> fail(LibreOffice.INSTALL_HINT));
  }

  private Path memo() throws IOException, ExtractionException {
    Path fodt = dir.resolve("memo.fodt");
    try (InputStream in = RedactDocxTest.class.getResourceAsStream("/test-documents/memo_header_footnote.fodt")) {
      Files.copy(in, fodt);
    }
    Path docx = dir.resolve("in/memo.docx");
    office().convert(fodt, "docx:MS Word 2007 XML", docx);
    return docx;
  }

  private static String officeText(Path doc) throws IOException, ExtractionException {
    Path txt = Files.createTempFile("soffice-", ".txt");
    try {
      office().convert(doc, "txt:Text (encoded):UTF8", txt);
      return Files.readString(txt, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(txt);
    }
  }

  private static String unzipText(Path docx, String part) throws IOException {
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(docx.toFile())) {
      return new String(z.getInputStream(z.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void redact_foiaDocx_valuesGoneEverywhereAndVerifyPasses() throws Exception {
    Path docx = memo();
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), docx.toString());

    assertEquals(0, r.exitCode(), r::toString);
    Path copy = out.resolve("memo.docx");
    assertTrue(r.out().contains(docx + " -> " + copy), r::toString);
    String text = officeText(copy);
    for (String withheld : List.of(EMAIL, "Ana Ruiz", "555-0142")) {
      assertFalse(text.contains(withheld), () -> "still in LibreOffice's text: " + withheld);
    }
    assertTrue(text.contains(PLAIN), text);
    assertTrue(text.contains("Reach Officer [(b)(6)"), text);
    assertTrue(officeText(docx).contains("Ana Ruiz"), "input untouched");
    for (String part : List.of("word/header1.xml", "word/footnotes.xml")) {
      String xml = unzipText(copy, part);
      assertFalse(xml.contains(EMAIL) || xml.contains("555-0142"), part);
    }
    String log = Files.readString(out.resolve(RedactCommand.DEFAULT_LOG_NAME));
    assertFalse(log.contains("Ruiz") || log.contains("555"), log);

    Shield.Result v = Shield.run("verify", "--log", out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString(),
        out.toString());
    assertEquals(0, v.exitCode(), v::toString);
  }

  @Test
  void verify_docxReplacedByItsOriginal_namesResiduesButNoValues() throws Exception {
    Path docx = memo();
    Path out = dir.resolve("out");
    assertEquals(0, Shield.run("redact", "--policy", "foia", "--out", out.toString(), docx.toString()).exitCode());
    Files.copy(docx, out.resolve("memo.docx"), StandardCopyOption.REPLACE_EXISTING);

    Shield.Result v = Shield.run("verify", "--log", out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString(),
        out.toString());

    assertEquals(ExitCode.FINDINGS, v.exitCode(), v::toString);
    assertTrue(v.out().contains("(EMAIL) still extractable (in word/header1.xml)"), v::toString);
    assertTrue(v.out().contains("core property lastModifiedBy is set"), v::toString);
    assertTrue(v.out().contains("(PERSON) still extractable (in docProps/core.xml)"), v::toString);
    assertFalse(v.out().contains("Ruiz") || v.err().contains("Ruiz") || v.out().contains("555-0142"), v::toString);
  }

  @Test
  void redact_officeToPdf_writesRedactedPdfThatVerifies() throws Exception {
    Path docx = memo();
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--office-to-pdf", "--policy", "foia", "--out", out.toString(),
        docx.toString());

    assertEquals(0, r.exitCode(), r::toString);
    Path pdf = out.resolve("memo.docx.pdf");
    assertTrue(Files.isRegularFile(pdf), r::toString);
    assertFalse(Files.exists(out.resolve("memo.docx")));
    String text = pdftotext(pdf);
    for (String withheld : List.of(EMAIL, "Ana Ruiz", "555-0142")) {
      assertFalse(text.contains(withheld), () -> "still extractable: " + withheld);
    }
    // LibreOffice's tight line spacing: the lines next to the boxes keep every glyph
    assertTrue(text.contains("Her desk phone is"), text);
    assertTrue(text.replaceAll("\\s+", " ").contains("The committee reviewed the parking report and closed the case."),
        text);
    Shield.Result v = Shield.run("verify", "--office-to-pdf", "--log",
        out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString(), out.toString());
    assertEquals(0, v.exitCode(), v::toString);
  }

  private static String pdftotext(Path pdf) throws IOException {
    return ExternalTool.output("pdftotext", "-layout", pdf.toString(), "-");
  }

}
