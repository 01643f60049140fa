package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code shield registry} in-process on the embedded store of a temporary SHIELD_HOME. */
class RegistryCommandTest {

  /** The sample shipped in examples/registry (synthetic people, 555-01xx numbers, example.org e-mails). */
  static final String SAMPLE = "../examples/registry/people.csv";

  /** Values from the sample that must never appear in any output. */
  static final List<String> SAMPLE_VALUES = List.of("Hernández", "O'Donnell", "Guadalupe", "Peña", "Carter",
      "Ortiz", "555-0101", "5550104", "555 0103", "mj.hernandez@example.org", "paco.pena@example.org",
      "Evergreen", "7ABC123", "KJP 4421");

  @TempDir
  Path home;

  private Shield.Result shield(String... args) {
    return Shield.runWith("", Map.of(RegistryStoreOptions.HOME_VAR, home.toString()), args);
  }

  @Test
  void enroll_sample_exitsZeroAndStatsCountSixPeople() {
    Shield.Result enroll = shield("registry", "enroll", SAMPLE);
    assertEquals(ExitCode.OK, enroll.exitCode(), enroll::toString);
    assertTrue(enroll.out().contains("people enrolled: 6"), enroll::toString);
    assertEquals("", enroll.err(), enroll::toString);

    Shield.Result stats = shield("registry", "stats");
    assertEquals(ExitCode.OK, stats.exitCode(), stats::toString);
    assertTrue(stats.out().contains("people enrolled: 6"), stats::toString);
    assertTrue(stats.out().contains("phone=") && !stats.out().contains("phone=0"), stats::toString);
    assertFalse(stats.out().contains("none yet"), stats::toString);
    assertTrue(Files.exists(home.resolve("keys/registry.key")));
  }

  @Test
  void enroll_badRow_exitsThreeNamesLineAndEnrolsTheRest() throws IOException {
    Path csv = home.resolve("bad.csv");
    Files.writeString(csv, String.join("\n",
        "person_id,full_name,aliases,addresses,phones,emails,plates,relatives",
        "p-1,Ana Gil,,,(562) 555-0101,,,",
        "p-2,,,,,,,",
        "p-3,Luis Mora,,,,luis@example.org,,",
        ""), StandardCharsets.UTF_8);

    Shield.Result enroll = shield("registry", "enroll", csv.toString());
    assertEquals(ExitCode.INPUT, enroll.exitCode(), enroll::toString);
    assertTrue(enroll.err().contains(csv + ":3: "), enroll::toString);
    assertFalse(enroll.err().contains(":2:") || enroll.err().contains(":4:"), enroll::toString);
    assertTrue(enroll.out().contains("people enrolled: 2"), enroll::toString);
    assertTrue(shield("registry", "stats").out().contains("people enrolled: 2"));
  }

  @Test
  void enroll_badHeader_exitsThreeWithOneLine() throws IOException {
    Path csv = home.resolve("people.csv");
    Files.writeString(csv, "id,name\np-1,Ana Gil\n", StandardCharsets.UTF_8);

    Shield.Result enroll = shield("registry", "enroll", csv.toString());
    assertEquals(ExitCode.INPUT, enroll.exitCode(), enroll::toString);
    assertEquals(1, enroll.err().lines().count(), enroll::toString);
    assertTrue(enroll.err().contains("header"), enroll::toString);
    assertFalse(enroll.err().contains("Ana Gil"), enroll::toString);
  }

  @Test
  void enroll_missingFile_exitsThreeNamingIt() {
    Shield.Result enroll = shield("registry", "enroll", "no-such-people.csv");
    assertEquals(ExitCode.INPUT, enroll.exitCode(), enroll::toString);
    assertEquals("shield: no-such-people.csv: no such file\n", enroll.err().replace("\r", ""), enroll::toString);
  }

  @Test
  void enroll_twice_isIdempotent() {
    shield("registry", "enroll", SAMPLE);
    String first = shield("registry", "stats").out();
    Shield.Result again = shield("registry", "enroll", SAMPLE);
    assertEquals(ExitCode.OK, again.exitCode(), again::toString);
    assertEquals(first, shield("registry", "stats").out());
  }

  @Test
  void remove_enrolledPerson_statsShowsOneFewer() {
    shield("registry", "enroll", SAMPLE);
    Shield.Result remove = shield("registry", "remove", "p-003");
    assertEquals(ExitCode.OK, remove.exitCode(), remove::toString);
    assertTrue(shield("registry", "stats").out().contains("people enrolled: 5"));
  }

  @Test
  void remove_unknownPerson_exitsThreeNotEnrolled() {
    shield("registry", "enroll", SAMPLE);
    Shield.Result remove = shield("registry", "remove", "p-999");
    assertEquals(ExitCode.INPUT, remove.exitCode(), remove::toString);
    assertTrue(remove.err().contains("not enrolled"), remove::toString);
    assertTrue(shield("registry", "stats").out().contains("people enrolled: 6"));
  }

  @Test
  void stats_emptyHome_saysZeroPeople() {
    Shield.Result stats = shield("registry", "stats");
    assertEquals(ExitCode.OK, stats.exitCode(), stats::toString);
    assertTrue(stats.out().contains("people enrolled: 0"), stats::toString);
    assertTrue(stats.out().contains("key id:          none yet"), stats::toString);
  }

  @Test
  void allCommands_sample_neverPrintEnrolledValues() {
    StringBuilder all = new StringBuilder();
    for (String[] args : List.of(new String[] {"registry", "enroll", SAMPLE}, new String[] {"registry", "stats"},
        new String[] {"registry", "remove", "p-001"}, new String[] {"registry", "remove", "p-001"},
        new String[] {"registry", "enroll", SAMPLE})) {
      Shield.Result r = shield(args);
      all.append(r.out()).append(r.err());
    }
    String printed = all.toString().toLowerCase(Locale.ROOT);
    for (String value : SAMPLE_VALUES) {
      assertFalse(printed.contains(value.toLowerCase(Locale.ROOT)), "printed an enrolled value");
    }
  }

  @Test
  void enroll_overMaxBytes_refusedNamingTheLimitAndNothingCreated() {
    Shield.Result r = shield("registry", "enroll", "--max-bytes", "100", SAMPLE);
    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().contains("over the limit of 100 bytes"), r::toString);
    assertFalse(Files.exists(home.resolve("keys/registry.key")), "a key was created for a refused file");
  }

  @Test
  void enroll_wrongKeyAfterFirstEnrolment_failsNamingBothKeyIdsAndEnrolsNothing() {
    assertEquals(ExitCode.OK, shield("registry", "enroll", SAMPLE).exitCode());
    String otherKey = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    Shield.Result r = Shield.runWith("", Map.of(RegistryStoreOptions.HOME_VAR, home.toString(),
        org.piishield.registry.crypto.RegistryKeys.ENV_VAR, otherKey), "registry", "enroll", SAMPLE);
    assertTrue(r.exitCode() != ExitCode.OK, r::toString);
    assertTrue(r.err().contains("key id"), r::toString);
    assertTrue(r.err().contains("SHIELD_REGISTRY_KEY"), r::toString);
    assertTrue(shield("registry", "stats").out().contains("people enrolled: 6"));
  }

  @Test
  void enroll_keyFileDeletedWithStoreLeft_failsSayingWhatToDo() throws IOException {
    assertEquals(ExitCode.OK, shield("registry", "enroll", SAMPLE).exitCode());
    Files.delete(home.resolve("keys/registry.key"));
    Shield.Result r = shield("registry", "enroll", SAMPLE);
    assertTrue(r.exitCode() != ExitCode.OK, r::toString);
    assertTrue(r.err().contains("key is missing"), r::toString);
    assertTrue(r.err().contains("SHIELD_REGISTRY_KEY"), r::toString);
    assertFalse(Files.exists(home.resolve("keys/registry.key")), "a new key was created silently");
  }

  @ParameterizedTest
  @ValueSource(strings = {"enroll", "remove", "stats"})
  void help_eachSubcommand_showsExamples(String sub) {
    Shield.Result help = shield("registry", sub, "--help");
    assertEquals(ExitCode.OK, help.exitCode(), help::toString);
    assertTrue(help.out().contains("Examples:"), help::toString);
    assertTrue(help.out().contains("shield registry " + sub), help::toString);
  }

  @Test
  void registry_noSubcommand_exitsTwoWithUsage() {
    Shield.Result r = shield("registry");
    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("enroll"), r::toString);
  }
}
