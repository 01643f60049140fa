package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.text.Json;

/**
 * {@code shield scan}, run in-process. Every document here holds synthetic e-mails (example.org); where exact
 * finding lists matter the scan is limited to {@code --entities EMAIL}, so these tests hold whatever other
 * recognizers are installed.
 */
class ScanCommandTest {

  // "Contact: " is 9 chars, the address 20
  private static final String MEMO = "Contact: ana.ruiz@example.org for the file.\n";
  private static final String MEMO_EMAIL = "ana.ruiz@example.org";
  // in the markup the address starts after "<p>Write to <b>" (15 chars); extracted text is "Write to ana@..."
  private static final String PAGE = "<p>Write to <b>ana@example.org</b> today &amp; tomorrow</p>";
  private static final String PAGE_EMAIL = "ana@example.org";

  @TempDir
  Path dir;

  @Test
  void scan_jsonTextFile_reportsEmailAtExactOffsets() throws IOException {
    Path memo = write("memo.txt", MEMO);

    Shield.Result r = Shield.run("scan", "--entities", "EMAIL", memo.toString());

    assertEquals(0, r.exitCode(), r::toString);
    List<Object> docs = array(Json.parse(r.out()));
    assertEquals(1, docs.size(), r::toString);
    Map<String, Object> doc = object(docs.get(0));
    assertEquals(memo.toString(), doc.get("source"));
    List<Object> findings = array(doc.get("findings"));
    assertEquals(1, findings.size(), r::toString);
    Map<String, Object> f = object(findings.get(0));
    assertEquals("EMAIL", f.get("type"));
    assertEquals(9L, f.get("start"));
    assertEquals(29L, f.get("end"));
    assertEquals("email", f.get("recognizer"));
    double score = ((Number) f.get("score")).doubleValue();
    assertTrue(score >= 0.4 && score <= 1, "score " + score);
    assertEquals(MEMO_EMAIL, MEMO.substring(9, 29));
  }

  @Test
  void scan_htmlFile_offsetsPointIntoOriginalMarkup() throws IOException {
    Path page = write("page.html", PAGE);

    Shield.Result r = Shield.run("scan", "--entities", "EMAIL", "--format", "jsonl", page.toString());

    assertEquals(0, r.exitCode(), r::toString);
    Map<String, Object> f = object(array(object(Json.parse(r.out().strip())).get("findings")).get(0));
    assertEquals(15L, f.get("start"), r::toString);
    assertEquals(30L, f.get("end"), r::toString);
    assertEquals(PAGE_EMAIL, PAGE.substring(15, 30));
  }

  @Test
  void scan_json_printsOneValidArrayWithScoresOfTwoOrThreeDecimals() throws IOException {
    write("a.txt", MEMO);
    write("b.txt", "nothing personal here\n");

    Shield.Result r = Shield.run("scan", dir.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(2, array(Json.parse(r.out())).size(), r::toString);
    assertTrue(Pattern.compile("\"score\":[01]\\.\\d{2,3}[,}]").matcher(r.out()).find(), r::toString);
    assertFalse(Pattern.compile("\"score\":[01]\\.\\d{4}").matcher(r.out()).find(), r::toString);
  }

  @Test
  void scan_noFiles_printsEmptyJsonArray() throws IOException {
    Files.createDirectory(dir.resolve("empty"));

    Shield.Result r = Shield.run("scan", dir.resolve("empty").toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(List.of(), Json.parse(r.out()));
  }

  @Test
  void scan_jsonl_printsExactlyOneCompactLinePerDocument() throws IOException {
    write("a.txt", MEMO);
    write("b.html", PAGE);
    write("c.txt", "no findings\n");

    Shield.Result r = Shield.run("scan", "--format", "jsonl", "--entities", "EMAIL", dir.toString());

    assertEquals(0, r.exitCode(), r::toString);
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length, r::toString);
    assertEquals("{\"source\":\"" + dir.resolve("c.txt") + "\",\"findings\":[]}", lines[2]);
    for (String line : lines) {
      Map<String, Object> doc = object(Json.parse(line));
      assertEquals(List.of("source", "findings"), List.copyOf(doc.keySet()), line);
    }
  }

  @Test
  void scan_text_printsTableWithLineColumnAndSummary() throws IOException {
    Path memo = write("memo.txt", "first line\n" + MEMO);

    Shield.Result r = Shield.run("scan", "--format", "text", "--entities", "EMAIL", memo.toString());

    assertEquals(0, r.exitCode(), r::toString);
    String[] lines = r.out().split("\n");
    assertEquals(memo + ": 1 finding", lines[0], r::toString);
    assertTrue(lines[1].contains("LINE:COL") && lines[1].contains("RECOGNIZER"), r::toString);
    // the address is on line 2, column 10, at offsets [20, 40)
    assertTrue(Pattern.compile("^  2:10\\s+20\\s+40\\s+EMAIL\\s+\\d\\.\\d{2,3}\\s+email$").matcher(lines[2]).matches(),
        r::toString);
    assertEquals("1 document, 1 finding", lines[3]);
  }

  @Test
  void scan_defaultOutput_neverContainsMatchedText() throws IOException {
    write("memo.txt", MEMO);
    write("page.html", PAGE);

    for (String format : List.of("json", "jsonl", "text")) {
      Shield.Result r = Shield.run("scan", "--format", format, dir.toString());
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.out().contains("EMAIL"), r::toString);
      assertFalse(r.out().contains(MEMO_EMAIL) || r.out().contains(PAGE_EMAIL) || r.out().contains("example.org"),
          r::toString);
      assertFalse(r.out().contains("\"text\""), r::toString);
    }
  }

  @Test
  void scan_showText_addsMatchedTextAsWrittenInTheFile() throws IOException {
    Path memo = write("memo.txt", MEMO);

    Shield.Result r = Shield.run("scan", "--show-text", "--entities", "EMAIL", "--format", "jsonl", memo.toString());

    Map<String, Object> f = object(array(object(Json.parse(r.out().strip())).get("findings")).get(0));
    assertEquals(MEMO_EMAIL, f.get("text"));
  }

  @Test
  void scan_directory_walksSortedAndSkipsHiddenEntries() throws IOException {
    write("b.txt", MEMO);
    write("a/z.txt", MEMO);
    write("a/.secret.txt", MEMO);
    write(".git/config.txt", MEMO);
    write("C.txt", MEMO);
    write("a/b/y.txt", MEMO);

    Shield.Result r = Shield.run("scan", "--format", "jsonl", dir.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(List.of(dir.resolve("C.txt").toString(), dir.resolve("a/b/y.txt").toString(),
        dir.resolve("a/z.txt").toString(), dir.resolve("b.txt").toString()), sources(r.out()));
  }

  @Test
  void scan_hiddenFileNamedDirectly_isScanned() throws IOException {
    Path hidden = write(".notes.txt", MEMO);

    Shield.Result r = Shield.run("scan", "--format", "jsonl", hidden.toString());

    assertEquals(List.of(hidden.toString()), sources(r.out()));
  }

  @Test
  void scan_argumentsInGivenOrder_keepThatOrder() throws IOException {
    Path b = write("b.txt", MEMO);
    Path a = write("a.txt", MEMO);

    Shield.Result r = Shield.run("scan", "--format", "jsonl", b.toString(), a.toString());

    assertEquals(List.of(b.toString(), a.toString()), sources(r.out()));
  }

  @Test
  void scan_stdin_readsDashAsSourceDash() {
    Shield.Result r = Shield.runWith(MEMO, Map.of(), "scan", "--entities", "EMAIL", "--format", "jsonl", "-");

    assertEquals(0, r.exitCode(), r::toString);
    Map<String, Object> doc = object(Json.parse(r.out().strip()));
    assertEquals("-", doc.get("source"));
    Map<String, Object> f = object(array(doc.get("findings")).get(0));
    assertEquals(9L, f.get("start"));
    assertEquals(29L, f.get("end"));
  }

  @Test
  void scan_entities_reportsOnlyThoseTypes() throws IOException {
    write("memo.txt", "Officer Ana Ruiz, 12 Oak Street, phone (202) 555-0143, " + MEMO);

    Shield.Result r = Shield.run("scan", "--entities", "email", "--format", "jsonl", dir.toString());

    assertEquals(0, r.exitCode(), r::toString);
    List<Object> findings = array(object(Json.parse(r.out().strip())).get("findings"));
    assertEquals(1, findings.size(), r::toString);
    assertEquals("EMAIL", object(findings.get(0)).get("type"));
  }

  @Test
  void scan_unknownEntityType_exitsTwoListingKnownTypes() throws IOException {
    Path memo = write("memo.txt", MEMO);

    Shield.Result r = Shield.run("scan", "--entities", "EMIAL", memo.toString());

    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("EMIAL") && r.err().contains("EMAIL"), r::toString);
    assertEquals("", r.out());
  }

  @Test
  void scan_binaryAndMissingFiles_exitThreeNamingEachAndScanTheRest() throws IOException {
    Path good = write("a-good.txt", MEMO);
    Path binary = dir.resolve("b-image.txt");
    Files.write(binary, new byte[] {'G', 'I', 'F', 0, 1, 2});
    Path missing = dir.resolve("c-missing.txt");
    Path later = write("d-later.txt", MEMO);

    Shield.Result r = Shield.run("scan", "--format", "jsonl", good.toString(), binary.toString(), missing.toString(),
        later.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertEquals(List.of(good.toString(), later.toString()), sources(r.out()));
    List<String> errors = r.err().lines().toList();
    assertEquals(2, errors.size(), r::toString);
    assertTrue(errors.get(0).startsWith("shield: " + binary + ": ") && errors.get(0).contains("binary"), r::toString);
    assertTrue(errors.get(1).startsWith("shield: " + missing + ": ") && errors.get(1).contains("no such file"),
        r::toString);
  }

  @Test
  void scan_unreadableFile_exitsThreeAndScansTheRest() throws IOException {
    Path locked = write("a-locked.txt", MEMO);
    Path good = write("b-good.txt", MEMO);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");

    Shield.Result r = Shield.run("scan", "--format", "jsonl", dir.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertEquals(List.of(good.toString()), sources(r.out()));
    assertEquals("shield: " + locked + ": cannot read: permission denied", r.err().strip());
  }

  @Test
  void scan_fileOverMaxBytes_isAnInputError() throws IOException {
    Path big = write("big.txt", MEMO.repeat(10));

    Shield.Result r = Shield.run("scan", "--max-bytes", "100", big.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("shield: " + big + ": larger than the 100-byte limit"), r::toString);
  }

  @Test
  void scan_badOptionValues_exitTwo() throws IOException {
    Path memo = write("memo.txt", MEMO);

    assertEquals(ExitCode.USAGE, Shield.run("scan", "--format", "xml", memo.toString()).exitCode());
    assertEquals(ExitCode.USAGE, Shield.run("scan", "--min-score", "1.5", memo.toString()).exitCode());
    assertEquals(ExitCode.USAGE, Shield.run("scan", "--lang", "fr", memo.toString()).exitCode());
    assertEquals(ExitCode.USAGE, Shield.run("scan").exitCode());
    Shield.Result typo = Shield.run("scan", "--entitis", "EMAIL", memo.toString());
    assertEquals(ExitCode.USAGE, typo.exitCode());
    assertTrue(typo.err().contains("--entities") && typo.err().contains("shield scan --help"), typo::toString);
  }

  @Test
  void scan_fixedLanguage_stillFindsEmail() throws IOException {
    Path memo = write("memo.txt", "Correo electrónico: " + MEMO_EMAIL + "\n");

    Shield.Result r = Shield.run("scan", "--lang", "es", "--entities", "EMAIL", "--format", "jsonl", memo.toString());

    Map<String, Object> f = object(array(object(Json.parse(r.out().strip())).get("findings")).get(0));
    assertEquals(20L, f.get("start"));
    assertEquals(40L, f.get("end"));
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> sources(String jsonl) {
    List<String> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isEmpty()) {
        out.add((String) object(Json.parse(line)).get("source"));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Object o) {
    return (List<Object>) o;
  }
}
