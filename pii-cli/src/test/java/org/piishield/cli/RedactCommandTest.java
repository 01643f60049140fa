package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shield redact}, run in-process on synthetic documents (example.org addresses). Exact outputs are
 * checked with {@code --entities EMAIL} so they hold whatever other recognizers are installed.
 */
class RedactCommandTest {

  private static final String MEMO = "Contact: ana.ruiz@example.org for the file.\n";
  private static final String PAGE = "<p>Write to <b>ana@example.org</b> today &amp; tomorrow</p>";

  @TempDir
  Path dir;

  @Test
  void redact_directory_writesSameNamesUnderOutAndKeepsRelativePaths() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("memo.txt"), MEMO);
    write(in.resolve("web/page.html"), PAGE);
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--entities", "EMAIL", "--out", out.toString(), in.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("Contact: [EMAIL] for the file.\n", Files.readString(out.resolve("memo.txt")));
    assertEquals("<p>Write to <b>[EMAIL]</b> today &amp; tomorrow</p>", Files.readString(out.resolve("web/page.html")));
    assertEquals(List.of("memo.txt", "redaction-log.csv", "web/page.html"), files(out));
    assertEquals(MEMO, Files.readString(in.resolve("memo.txt")), "input untouched");
    assertTrue(r.out().contains(in.resolve("memo.txt") + " -> " + out.resolve("memo.txt")), r::toString);
  }

  @Test
  void redact_log_hasHeaderAndOriginalOffsetsButNoOriginalValues() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), MEMO);
    write(in.resolve("b.html"), PAGE);
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--entities", "EMAIL", "--out", out.toString(), in.toString());

    assertEquals(0, r.exitCode(), r::toString);
    String log = Files.readString(out.resolve("redaction-log.csv"));
    List<String> rows = log.lines().toList();
    assertEquals("source,start,end,type,operator,exemption,score,recognizer", rows.get(0));
    assertEquals(3, rows.size(), log);
    assertTrue(rows.get(1).matches("\\Q" + in.resolve("a.txt") + "\\E,9,29,EMAIL,replace,,\\d\\.\\d{2,3},email"), log);
    // offsets into the markup, not into the extracted text
    assertTrue(rows.get(2).matches("\\Q" + in.resolve("b.html") + "\\E,15,30,EMAIL,replace,,\\d\\.\\d{2,3},email"), log);
    assertFalse(log.contains("example.org") || log.contains("ana.ruiz") || log.contains("ana@"), log);
  }

  @Test
  void redact_logOption_writesLogThere() throws IOException {
    Path memo = write(dir.resolve("memo.txt"), MEMO);
    Path log = dir.resolve("logs/case-17.csv");

    Shield.Result r = Shield.run("redact", "--out", dir.resolve("out").toString(), "--log", log.toString(),
        memo.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(Files.readString(log).startsWith(RedactionLog.HEADER + "\n"));
    assertFalse(Files.exists(dir.resolve("out/redaction-log.csv")));
  }

  @Test
  void redact_afterRun_leavesNoTemporaryFiles() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), MEMO);
    write(in.resolve("sub/b.txt"), MEMO);
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--out", out.toString(), in.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(List.of("a.txt", "redaction-log.csv", "sub/b.txt"), files(out));
  }

  @Test
  void redact_copyCannotBeWritten_exitsThreeLeavesNothingHalfWrittenAndGoesOn() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), MEMO);
    write(in.resolve("b.txt"), MEMO);
    Path out = dir.resolve("out");
    // a non-empty directory where the copy of a.txt should go: the final move must fail
    write(out.resolve("a.txt/blocker"), "x");

    Shield.Result r = Shield.run("redact", "--out", out.toString(), in.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("shield: " + out.resolve("a.txt") + ": cannot write"), r::toString);
    assertEquals(List.of("a.txt/blocker", "b.txt", "redaction-log.csv"), files(out));
    assertFalse(Files.readString(out.resolve("redaction-log.csv")).contains("a.txt"), "no log row for a copy not written");
  }

  @Test
  void redact_outIsTheInputDirectory_refusesWithUsageErrorAndWritesNothing() throws IOException {
    Path memo = write(dir.resolve("memo.txt"), MEMO);

    Shield.Result r = Shield.run("redact", "--out", dir.toString(), dir.toString());

    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("refusing to overwrite"), r::toString);
    assertEquals(MEMO, Files.readString(memo));
    assertEquals(List.of("memo.txt"), files(dir));
  }

  @Test
  void redact_copyWouldReplaceInputFile_refusesWithUsageError() throws IOException {
    Path memo = write(dir.resolve("memo.txt"), MEMO);

    Shield.Result r = Shield.run("redact", "--out", dir.toString(), memo.toString());

    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("refusing to overwrite inputs"), r::toString);
    assertEquals(MEMO, Files.readString(memo));
  }

  @Test
  void redact_outInsideInputDirectory_skipsItsOwnOutputOnTheNextRun() throws IOException {
    write(dir.resolve("memo.txt"), MEMO);
    Path out = dir.resolve("redacted");

    assertEquals(0, Shield.run("redact", "--out", out.toString(), dir.toString()).exitCode());
    Shield.Result again = Shield.run("redact", "--out", out.toString(), dir.toString());

    assertEquals(0, again.exitCode(), again::toString);
    assertEquals(List.of("memo.txt", "redaction-log.csv"), files(out));
  }

  @Test
  void redact_unknownPolicy_exitsTwoListingBuiltInPolicies() throws IOException {
    Path memo = write(dir.resolve("memo.txt"), MEMO);

    Shield.Result r = Shield.run("redact", "--policy", "fioa", "--out", dir.resolve("out").toString(), memo.toString());

    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("shield: --policy: unknown policy 'fioa'"), r::toString);
    assertTrue(r.err().contains("default, foia, mask, pseudonym, remove"), r::toString);
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void redact_malformedPolicyFile_exitsThreeNamingTheFile() throws IOException {
    Path memo = write(dir.resolve("memo.txt"), MEMO);
    Path policy = write(dir.resolve("office-policy.json"), "{\"default\": {\"operator\": \"replace\",}}");

    Shield.Result r = Shield.run("redact", "--policy", policy.toString(), "--out", dir.resolve("out").toString(),
        memo.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("shield: " + policy + ": "), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void redact_policyFileWithUnknownOperator_namesFileAndKey() throws IOException {
    Path memo = write(dir.resolve("memo.txt"), MEMO);
    Path policy = write(dir.resolve("p.json"), "{\"types\": {\"EMAIL\": {\"operator\": \"blackout\"}}}");

    Shield.Result r = Shield.run("redact", "--policy", policy.toString(), "--out", dir.resolve("out").toString(),
        memo.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("shield: " + policy + ": types.EMAIL: unknown operator"), r::toString);
  }

  @Test
  void redact_hashPolicyWithoutKey_exitsTwoNamingTheVariable() throws IOException {
    Path memo = write(dir.resolve("memo.txt"), MEMO);
    Path policy = write(dir.resolve("hash.json"), "{\"default\": {\"operator\": \"hash\"}}");

    Shield.Result r = Shield.run("redact", "--policy", policy.toString(), "--out", dir.resolve("out").toString(),
        memo.toString());

    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("SHIELD_HASH_KEY"), r::toString);
  }

  @Test
  void redact_hashPolicyWithKey_replacesWithStableHexDigits() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), MEMO);
    write(in.resolve("b.txt"), MEMO);
    Path policy = write(dir.resolve("hash.json"), "{\"default\": {\"operator\": \"hash\", \"hexChars\": 12}}");
    String key = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out");

    Shield.Result r = Shield.runWith("", Map.of(PolicyOption.HASH_KEY_ENV, key), "redact", "--policy",
        policy.toString(), "--entities", "EMAIL", "--out", out.toString(), in.toString());

    assertEquals(0, r.exitCode(), r::toString);
    String a = Files.readString(out.resolve("a.txt"));
    assertTrue(a.matches("Contact: [0-9a-f]{12} for the file.\n"), a);
    assertEquals(a, Files.readString(out.resolve("b.txt")));
  }

  @Test
  void redact_pseudonymPolicy_sameValueGetsSameSurrogateAcrossFiles() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), MEMO);
    write(in.resolve("b.txt"), "Other: bob@example.org. Again: ANA.RUIZ@example.org\n");
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "pseudonym", "--entities", "EMAIL", "--out", out.toString(),
        in.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("Contact: EMAIL_1 for the file.\n", Files.readString(out.resolve("a.txt")));
    assertEquals("Other: EMAIL_2. Again: EMAIL_1\n", Files.readString(out.resolve("b.txt")));
  }

  @Test
  void redact_foiaPolicy_printsExemptionCodeAndLogsIt() throws IOException {
    Path memo = write(dir.resolve("memo.txt"), MEMO);
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--entities", "EMAIL", "--out", out.toString(),
        memo.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("Contact: (b)(6) for the file.\n", Files.readString(out.resolve("memo.txt")));
    String row = Files.readString(out.resolve("redaction-log.csv")).lines().toList().get(1);
    assertTrue(row.contains(",EMAIL,replace,(b)(6),"), row);
  }

  @Test
  void redact_badInputAmongGood_exitsThreeAndRedactsTheRest() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), MEMO);
    Files.write(in.resolve("b.txt"), new byte[] {1, 0, 2});
    write(in.resolve("c.txt"), MEMO);
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--out", out.toString(), in.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertEquals(List.of("a.txt", "c.txt", "redaction-log.csv"), files(out));
    assertTrue(r.err().startsWith("shield: " + in.resolve("b.txt") + ": binary content"), r::toString);
  }

  @Test
  void redact_stdin_isAUsageError() {
    Shield.Result r = Shield.runWith(MEMO, Map.of(), "redact", "--out", dir.resolve("out").toString(), "-");

    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
  }

  private static Path write(Path p, String content) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** Every regular file below {@code root}, as sorted relative paths with {@code /}. */
  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
