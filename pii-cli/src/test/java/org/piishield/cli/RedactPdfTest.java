package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.PdfExtractor;
import org.piishield.testing.ExternalTool;

/**
 * {@code shield redact} on PDFs made with PDFBox in the test, checked with poppler's {@code pdftotext}, an
 * extractor independent of the redaction code path (synthetic values, example.org, 555-01xx).
 */
class RedactPdfTest {

  private static final String EMAIL = "ana.ruiz@example.org";
  private static final String PHONE = "(312) 555-0142";
  private static final String PERSON = "Officer Ana Ruiz";
  private static final String PII_LINE = "Reach " + PERSON + " at " + EMAIL + " or " + PHONE + " today.";
  private static final String PLAIN = "The committee reviewed the parking report and closed the case.";

  @TempDir
  Path dir;

  @Test
  void redact_foiaPdf_removesPlantedValuesAndKeepsOtherText() throws IOException {
    Path pdf = memo(dir.resolve("in/memo.pdf"));
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), pdf.toString());

    assertEquals(0, r.exitCode(), r::toString);
    String text = pdftotext(out.resolve("memo.pdf"));
    for (String withheld : List.of(EMAIL, "ana.ruiz", "example.org", "555-0142", "Ana Ruiz", "Ruiz")) {
      assertFalse(text.contains(withheld), () -> "still extractable: " + withheld + "\n" + text);
    }
    assertTrue(text.contains(PLAIN), text);
    assertTrue(text.contains("Reach"), text);
    assertTrue(text.contains("(b)(6)"), "the exemption code is printed in the boxes\n" + text);
    assertTrue(pdftotext(pdf).contains(EMAIL), "input untouched");
    assertTrue(r.out().contains(pdf + " -> " + out.resolve("memo.pdf")), r::toString);
  }

  @Test
  void redact_foiaPdf_logsOffsetsIntoExtractedTextButNoValues() throws IOException, ExtractionException {
    Path pdf = memo(dir.resolve("memo.pdf"));
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), pdf.toString());

    assertEquals(0, r.exitCode(), r::toString);
    String extracted = extracted(pdf);
    String log = Files.readString(out.resolve(RedactCommand.DEFAULT_LOG_NAME));
    int person = extracted.indexOf("Ana Ruiz");
    int email = extracted.indexOf(EMAIL);
    int phone = extracted.indexOf(PHONE);
    List<String> rows = log.lines().toList();
    assertEquals(RedactionLog.HEADER, rows.get(0));
    assertEquals(4, rows.size(), log);
    assertRow(rows.get(1), pdf + "," + person + "," + (person + 8) + ",PERSON,replace,\"(b)(6), (b)(7)(C)\",", log);
    assertRow(rows.get(2), pdf + "," + email + "," + (email + EMAIL.length()) + ",EMAIL,replace,(b)(6),", log);
    assertRow(rows.get(3), pdf + "," + phone + "," + (phone + PHONE.length())
        + ",PHONE_NUMBER,replace,\"(b)(7)(C), (b)(7)(F)\",", log);
    assertFalse(log.contains("example.org") || log.contains("Ruiz") || log.contains("555"), log);
  }

  @Test
  void redact_damagedPdfInBatch_namedWithExitThreeAndGoodOneStillWritten() throws IOException {
    Path in = dir.resolve("in");
    memo(in.resolve("good.pdf"));
    Files.write(in.resolve("bad.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nnot a pdf".getBytes(
        StandardCharsets.US_ASCII));
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), in.toString());

    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(r.err().contains(in.resolve("bad.pdf") + ": "), r::toString);
    assertFalse(pdftotext(out.resolve("good.pdf")).contains(EMAIL));
    assertEquals(List.of("good.pdf", RedactCommand.DEFAULT_LOG_NAME), files(out), "nothing half-written");
    assertTrue(r.out().contains("in 1 file "), r::toString);
  }

  @Test
  void redact_policyKeepingEverything_leavesTextExtractable() throws IOException {
    Path pdf = memo(dir.resolve("memo.pdf"));
    Path policy = dir.resolve("keep-all.json");
    Files.writeString(policy, "{\"name\": \"keep-all\", \"default\": {\"operator\": \"keep\"}}");
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", policy.toString(), "--out", out.toString(), pdf.toString());

    assertEquals(0, r.exitCode(), r::toString);
    String text = pdftotext(out.resolve("memo.pdf"));
    assertTrue(text.contains(PII_LINE), text);
    assertTrue(text.contains(PLAIN), text);
    assertFalse(text.contains("(b)(6)"), text);
  }

  /**
   * A link elsewhere on the page whose URI is {@code mailto:} the withheld e-mail: it touches no box, but the
   * redactor is given the withheld values and drops it, so the copy is clean and verified; a link to another
   * address on the same page stays.
   */
  @Test
  void redact_withheldValueInLinkUriOutsideBoxes_linkDroppedAndCopyClean() throws IOException {
    Path pdf = memo(dir.resolve("in/linked.pdf"));
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      for (String target : List.of("mailto:" + EMAIL, "https://example.org/parking")) {
        var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, target.startsWith("mailto") ? 100 : 140, 200, 20));
        var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
        uri.setURI(target);
        link.setAction(uri);
        doc.getPage(0).getAnnotations().add(link);
      }
      doc.save(pdf.toFile());
    }
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), pdf.toString());

    assertEquals(0, r.exitCode(), r::toString);
    Path copy = out.resolve("linked.pdf");
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(copy.toFile())) {
      var annotations = doc.getPage(0).getAnnotations();
      assertEquals(1, annotations.size());
      var kept = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotations.get(0);
      assertEquals("https://example.org/parking",
          ((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI) kept.getAction()).getURI());
    }
    assertFalse(new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1).contains(EMAIL));
    Shield.Result v = Shield.run("verify", "--log", out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString(),
        copy.toString());
    assertEquals(0, v.exitCode(), v::toString);
  }

  /** {@code row} is {@code prefix}, a score and a recognizer id. */
  private static void assertRow(String row, String prefix, String log) {
    assertTrue(row.matches("\\Q" + prefix + "\\E\\d\\.\\d{2,3},[a-z_]+"), () -> prefix + "...\n" + log);
  }

  static Path memo(Path pdf) throws IOException {
    Files.createDirectories(pdf.getParent());
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.setLeading(16);
        cs.newLineAtOffset(72, 700);
        cs.showText(PII_LINE);
        cs.newLine();
        cs.showText(PLAIN);
        cs.endText();
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  private static String extracted(Path pdf) throws IOException, ExtractionException {
    try (InputStream in = Files.newInputStream(pdf)) {
      return new PdfExtractor().extract(in, pdf.getFileName().toString(), Long.MAX_VALUE).text();
    }
  }

  /** Text of {@code pdf} as poppler's pdftotext reads it, runs of whitespace collapsed to one space. */
  private static String pdftotext(Path pdf) throws IOException {
    return ExternalTool.output("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("\\s+", " ");
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
