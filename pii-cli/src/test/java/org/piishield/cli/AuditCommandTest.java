package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code shield audit} and the audit entries of {@code shield registry}, in-process on a temporary SHIELD_HOME. */
class AuditCommandTest {

  @TempDir
  Path home;

  private Shield.Result shield(String... args) {
    return shieldWith(Map.of(), args);
  }

  private Shield.Result shieldWith(Map<String, String> extraEnv, String... args) {
    Map<String, String> env = new java.util.HashMap<>(extraEnv);
    env.put(RegistryStoreOptions.HOME_VAR, home.toString());
    env.put("USER", "auditor");
    return Shield.runWith("", env, args);
  }

  /** Tampers the embedded store directly, as someone with the database file but not the key could. */
  private void sql(String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.toAbsolutePath().resolve("registry")
        + ";AUTO_SERVER=FALSE", "sa", "");
        Statement st = c.createStatement()) {
      for (String s : statements) {
        st.executeUpdate(s);
      }
    }
  }

  private void enrollAndRemove() {
    assertEquals(ExitCode.OK, shield("registry", "enroll", RegistryCommandTest.SAMPLE).exitCode());
    assertEquals(ExitCode.OK, shield("registry", "remove", "p-003").exitCode());
  }

  @Test
  void verify_afterEnrollAndRemove_exitsZeroWithTwoEntries() {
    enrollAndRemove();
    Shield.Result v = shield("audit", "verify");
    assertEquals(ExitCode.OK, v.exitCode(), v::toString);
    assertTrue(v.out().matches("audit log OK: 2 entries, head 2:[0-9a-f]{64}\\R"), v::toString);
    assertEquals("", v.err(), v::toString);
  }

  @Test
  void export_afterEnrollAndRemove_oneLinePerRunWithCountsAndHashes() throws Exception {
    enrollAndRemove();
    Shield.Result export = shield("audit", "export");
    assertEquals(ExitCode.OK, export.exitCode(), export::toString);
    List<String> lines = export.out().lines().toList();
    assertEquals(2, lines.size(), export::toString);
    String enroll = lines.get(0);
    String sha = RegistryCommand.sha256(Path.of(RegistryCommandTest.SAMPLE));
    for (String part : List.of("\"seq\":1,", "\"actor\":\"auditor\"", "\"action\":\"enroll\"", "\"people\":\"6\"",
        "\"rows_rejected\":\"0\"", "\"source\":\"people.csv\"", "\"source_sha256\":\"" + sha + "\"",
        "\"tokens_phone\":\"7\"")) {
      assertTrue(enroll.contains(part), () -> part + " missing in " + enroll);
    }
    assertTrue(lines.get(1).contains("\"action\":\"remove\"") && lines.get(1).contains("\"person_id\":\"p-003\""),
        lines.get(1));
    String head = shield("audit", "verify").out().strip().replaceAll(".* head 2:", "");
    assertTrue(lines.get(1).endsWith("\"hash\":\"" + head + "\"}"), lines.get(1));
  }

  @Test
  void export_sample_holdsNoEnrolledValueCaseOrAccentFolded() throws IOException {
    shield("registry", "enroll", RegistryCommandTest.SAMPLE);
    shield("registry", "remove", "p-001");
    shield("registry", "enroll", RegistryCommandTest.SAMPLE);
    String exported = fold(shield("audit", "export").out());
    List<String> csv = Files.readAllLines(Path.of(RegistryCommandTest.SAMPLE), StandardCharsets.UTF_8);
    List<String> values = new ArrayList<>();
    for (String row : csv.subList(1, csv.size())) {
      // quoted cells hold commas; the split only needs to produce every value or a piece of it
      String cells = row.substring(row.indexOf(',') + 1);
      for (String value : cells.replace("\"", "").split("[,;]")) {
        String v = fold(value.strip());
        if (v.isEmpty()) {
          continue;
        }
        values.add(v);
        values.add(v.replaceAll("[^0-9]", "").length() >= 7 ? v.replaceAll("[^0-9]", "") : v);
        for (String word : v.split("[^\\p{L}\\p{N}]+")) {
          if (word.length() >= 4 && !word.chars().allMatch(Character::isDigit)) {
            values.add(word);
          }
        }
      }
    }
    assertTrue(values.size() > 100, () -> "too few values read: " + values.size());
    for (String v : values) {
      assertFalse(exported.contains(v), "the audit export holds an enrolled value (not printed)");
    }
  }

  @Test
  void verify_middleEntryDeletedInSql_exitsOneNamingSeq() throws SQLException {
    enrollAndRemove();
    shield("registry", "remove", "p-004");
    sql("DELETE FROM audit_log WHERE seq = 2");
    Shield.Result v = shield("audit", "verify");
    assertEquals(ExitCode.FINDINGS, v.exitCode(), v::toString);
    assertTrue(v.out().startsWith("audit log broken at seq 2: entry deleted"), v::toString);
  }

  @Test
  void verify_attributeEditedInSql_exitsOneAsEdited() throws SQLException {
    enrollAndRemove();
    sql("UPDATE audit_log SET attributes = REPLACE(attributes, '\"people\":\"6\"', '\"people\":\"5\"')"
        + " WHERE seq = 1");
    Shield.Result v = shield("audit", "verify");
    assertEquals(ExitCode.FINDINGS, v.exitCode(), v::toString);
    assertTrue(v.out().startsWith("audit log broken at seq 1: entry edited"), v::toString);
  }

  @Test
  void verify_tailDeletedAndHeadRewound_caughtOnlyWithExpect() throws SQLException {
    enrollAndRemove();
    String head = shield("audit", "verify").out().strip().replaceAll(".* head ", "");
    sql("DELETE FROM audit_log WHERE seq = 2",
        "UPDATE audit_head SET seq = 1, hash = (SELECT hash FROM audit_log WHERE seq = 1)");
    assertEquals(ExitCode.OK, shield("audit", "verify").exitCode());
    Shield.Result v = shield("audit", "verify", "--expect", head);
    assertEquals(ExitCode.FINDINGS, v.exitCode(), v::toString);
    assertTrue(v.out().startsWith("audit log broken at seq 2: entries deleted from the end"), v::toString);
  }

  @Test
  void verify_badExpect_exitsTwo() {
    Shield.Result v = shield("audit", "verify", "--expect", "twelve");
    assertEquals(ExitCode.USAGE, v.exitCode(), v::toString);
  }

  @Test
  void verify_noKeyYet_exitsThreeNamingWhatToDo() {
    Shield.Result v = shield("audit", "verify");
    assertEquals(ExitCode.INPUT, v.exitCode(), v::toString);
    assertTrue(v.err().contains("SHIELD_REGISTRY_KEY"), v::toString);
  }

  @Test
  void export_toFile_writesTheSameLinesAndSaysHowMany() throws IOException {
    enrollAndRemove();
    Path file = home.resolve("archive/audit.jsonl");
    Shield.Result r = shield("audit", "export", "--output", file.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r::toString);
    assertEquals("exported 2 audit entries to " + file, r.out().strip());
    assertEquals(shield("audit", "export").out(), Files.readString(file));
    try (var leftovers = Files.list(file.getParent())) {
      assertEquals(1, leftovers.count(), "no temporary file left behind");
    }
  }

  @Test
  void enroll_auditHeadMissing_exitsThreeSayingNotAudited() throws SQLException {
    shield("registry", "enroll", RegistryCommandTest.SAMPLE);
    sql("DELETE FROM audit_head");
    Shield.Result r = shield("registry", "enroll", RegistryCommandTest.SAMPLE);
    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().contains("audit: the enrolment was stored but could not be audited"), r::toString);
  }

  @Test
  void remove_otherKey_refusedBeforeRemovingAndNothingAudited() {
    shield("registry", "enroll", RegistryCommandTest.SAMPLE);
    byte[] other = new byte[32];
    new SecureRandom().nextBytes(other);
    Shield.Result r = shieldWith(Map.of("SHIELD_REGISTRY_KEY", Base64.getEncoder().encodeToString(other)),
        "registry", "remove", "p-003");
    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().contains("key id"), r::toString);
    assertTrue(shield("registry", "stats").out().contains("people enrolled: 6"));
    assertTrue(shield("audit", "verify").out().startsWith("audit log OK: 1 entries"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"verify", "export"})
  void help_eachSubcommand_showsExamples(String sub) {
    Shield.Result help = shield("audit", sub, "--help");
    assertEquals(ExitCode.OK, help.exitCode(), help::toString);
    assertTrue(help.out().contains("Examples:"), help::toString);
    assertTrue(help.out().contains("shield audit " + sub), help::toString);
  }

  @Test
  void audit_noSubcommand_exitsTwoWithUsage() {
    Shield.Result r = shield("audit");
    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("verify"), r::toString);
  }

  /** Lower case without accents: "María" and "MARIA" both become "maria". */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
