package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.text.Json;

/**
 * {@code shield verify} on outputs of {@code shield redact} and on outputs spoiled the ways people spoil them: a
 * black box drawn over text that is still there, an incremental update, an attached file. The memo and its values
 * are {@link RedactPdfTest}'s (synthetic: example.org, 555-01xx); log row 1 is the PERSON, 2 the EMAIL, 3 the
 * PHONE_NUMBER.
 */
class VerifyPdfTest {

  private static final String EMAIL = "ana.ruiz@example.org";

  @TempDir
  Path dir;

  @Test
  void verify_trueRedaction_passesEveryCheckAndReportsHashes() throws IOException {
    Path out = redacted();
    Path report = dir.resolve("verify.json");

    Shield.Result r = Shield.run("verify", "--log", log(out).toString(), "--report", report.toString(), out.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains(out.resolve("memo.pdf") + ": ok (3 withheld value(s))"), r::toString);
    String json = Files.readString(report);
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) Json.parse(json);
    assertEquals(Boolean.TRUE, root.get("passed"), json);
    @SuppressWarnings("unchecked")
    Map<String, Object> file = ((List<Map<String, Object>>) root.get("files")).get(0);
    assertEquals(dir.resolve("in/memo.pdf").toString(), file.get("source"), json);
    assertTrue(file.get("inputSha256").toString().matches("[0-9a-f]{64}"), json);
    assertTrue(file.get("outputSha256").toString().matches("[0-9a-f]{64}"), json);
    assertFalse(file.get("inputSha256").equals(file.get("outputSha256")), json);
    assertTrue(json.contains("\"name\":\"pdftotext\",\"ran\":true,\"passed\":true"), json);
    assertTrue(json.contains("\"name\":\"single-revision\",\"ran\":true,\"passed\":true"), json);
    assertNoValues(r.out() + r.err() + json);
  }

  @Test
  void verify_blackBoxDrawnOverText_namesRowsStillExtractableByPdftotext() throws IOException {
    requirePdftotext();
    Path out = redacted();
    Path bad = dir.resolve("bad/memo.pdf");
    Files.createDirectories(bad.getParent());
    // what a careless editor does: paint over the line, leave the text under it
    try (PDDocument doc = Loader.loadPDF(dir.resolve("in/memo.pdf").toFile())) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
        cs.addRect(70, 695, 470, 16);
        cs.fill();
      }
      doc.save(bad.toFile());
    }
    Path report = dir.resolve("verify.json");

    Shield.Result r = Shield.run("verify", "--log", log(out).toString(), "--report", report.toString(), bad.toString());

    assertEquals(1, r.exitCode(), r::toString);
    for (String row : List.of("row 1 (PERSON)", "row 2 (EMAIL)", "row 3 (PHONE_NUMBER)")) {
      for (String check : List.of("pdftotext", "pdfbox", "in the PDF's objects")) {
        assertTrue(r.out().contains(bad + ": withheld value of " + row + " still extractable (" + check + ")"),
            () -> row + " " + check + "\n" + r);
      }
    }
    String json = Files.readString(report);
    assertTrue(json.contains("\"name\":\"pdftotext\",\"ran\":true,\"passed\":false,\"residues\":3"), json);
    assertNoValues(r.out() + r.err() + json);
  }

  @Test
  void verify_incrementalUpdate_namesTheRevisions() throws IOException {
    Path out = redacted();
    Path pdf = out.resolve("memo.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile()); OutputStream os = Files.newOutputStream(pdf,
        java.nio.file.StandardOpenOption.APPEND)) {
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      java.io.ByteArrayOutputStream update = new java.io.ByteArrayOutputStream();
      doc.saveIncremental(update);
      // saveIncremental writes the original bytes and the update; keep only what it appended
      byte[] all = update.toByteArray();
      os.write(all, (int) Files.size(pdf), all.length - (int) Files.size(pdf));
    }

    Shield.Result r = Shield.run("verify", "--log", log(out).toString(), out.toString());

    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.out().contains(pdf + ": has an incremental update (2 revisions)"), r::toString);
  }

  @Test
  void verify_embeddedFile_isResidue() throws IOException {
    Path out = redacted();
    Path pdf = out.resolve("memo.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("notes.txt");
      spec.setEmbeddedFile(new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(
          "meeting notes".getBytes(StandardCharsets.US_ASCII))));
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(Map.of("notes.txt", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
      doc.save(pdf.toFile());
    }

    Shield.Result r = Shield.run("verify", "--log", log(out).toString(), out.toString());

    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.out().contains(pdf + ": has embedded files ("), r::toString);
  }

  @Test
  void verify_missingOutputOrLog_exitsThreeNamingIt() throws IOException {
    Path out = redacted();
    Path missing = out.resolve("nope.pdf");

    Shield.Result r = Shield.run("verify", "--log", log(out).toString(), missing.toString());
    Shield.Result noLog = Shield.run("verify", "--log", dir.resolve("none.csv").toString(), out.toString());

    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(r.err().contains(missing + ": "), r::toString);
    assertEquals(3, noLog.exitCode(), noLog::toString);
    assertTrue(noLog.err().contains(dir.resolve("none.csv") + ": cannot read the log"), noLog::toString);
  }

  @Test
  void verify_originalGone_exitsThreeNamingTheOriginal() throws IOException {
    Path out = redacted();
    Files.delete(dir.resolve("in/memo.pdf"));

    Shield.Result r = Shield.run("verify", "--log", log(out).toString(), out.toString());

    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(r.err().contains(dir.resolve("in/memo.pdf") + ": cannot recover the withheld values"), r::toString);
  }

  /** Redacts the memo with the foia policy into {@code dir/out}. */
  private Path redacted() throws IOException {
    Path pdf = RedactPdfTest.memo(dir.resolve("in/memo.pdf"));
    Path out = dir.resolve("out");
    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), pdf.toString());
    assertEquals(0, r.exitCode(), r::toString);
    return out;
  }

  private static Path log(Path out) {
    return out.resolve(RedactCommand.DEFAULT_LOG_NAME);
  }

  private static void assertNoValues(String printed) {
    for (String value : List.of(EMAIL, "ana.ruiz", "Ruiz", "555-0142", "3125550142")) {
      assertFalse(printed.contains(value), () -> "printed a value\n" + printed);
    }
  }

  private static void requirePdftotext() {
    if (Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
        .noneMatch(d -> Files.isExecutable(Path.of(d, "pdftotext")))) {
      fail("pdftotext is not installed; install it with: sudo apt-get install -y poppler-utils");
    }
  }
}
