package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shield watch} in-process over the shipped samples: the people of examples/registry/people.csv enrolled
 * into a temporary SHIELD_HOME, the flyers and posts of examples/watch watched. The expected alerts are the
 * table in examples/watch/README.md.
 */
class WatchCommandTest {

  static final String SAMPLES = "../examples/watch";
  static final Pattern ALERT = Pattern.compile("\\{\"source\":\"([^\"]*)\",\"person_id\":\"([^\"]*)\","
      + "\"severity\":\"([a-z]+)\",\"score\":([0-9.]+),\"fields\":\\[([^\\]]*)\\],\"evidence\":\\[(.*)\\]\\}");

  /** file, person, severity, fields: examples/watch/README.md. */
  static final List<String> EXPECTED = List.of(
      "flyer-en-allcaps.txt p-002 critical name,address,phone,plate",
      "flyer-es-initials.txt p-001 critical name,phone,plate",
      "flyer-es-last-first.txt p-003 critical name,address,phone,relative",
      "newsletter-en.txt p-002 high address,relative",
      "newsletter-en.txt p-003 low name",
      "newsletter-en.txt p-005 medium address",
      "post-en-abbreviations.txt p-001 critical name,address,email,relative",
      "post-en-nickname-email.txt p-005 high name,email",
      "post-en-ocr.txt p-006 critical name,address,phone",
      "post-es-amenaza.txt p-006 high name",
      "post-es-vive-en.txt p-004 critical name,address,phone,plate,relative");

  @TempDir
  Path home;

  /** The sample documents (examples/watch/*.txt; the README there quotes the values it expects found). */
  static String[] samples() {
    try (java.util.stream.Stream<Path> files = Files.list(Path.of(SAMPLES))) {
      return files.map(Path::toString).filter(f -> f.endsWith(".txt")).sorted().toArray(String[]::new);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code args} followed by every sample document. */
  static String[] withSamples(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(samples()));
    return all.toArray(String[]::new);
  }

  Shield.Result shield(String... args) {
    return Shield.runWith("", Map.of(RegistryStoreOptions.HOME_VAR, home.toString()), args);
  }

  @BeforeEach
  void enrol() {
    Shield.Result r = shield("registry", "enroll", RegistryCommandTest.SAMPLE);
    assertEquals(ExitCode.OK, r.exitCode(), r::toString);
  }

  /** "file person severity fields" per alert line, sorted. */
  static List<String> summarize(String jsonl) {
    List<String> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = ALERT.matcher(line);
      assertTrue(m.matches(), "not an alert line: " + line);
      String file = Path.of(m.group(1)).getFileName().toString();
      out.add(file + " " + m.group(2) + " " + m.group(3) + " " + m.group(5).replace("\"", ""));
    }
    out.sort(null);
    return out;
  }

  @Test
  void watch_samples_alertsAsTheExamplesReadmeSays() {
    Shield.Result r = shield(withSamples("watch"));
    assertEquals(ExitCode.OK, r.exitCode(), r::toString);
    assertEquals(EXPECTED, summarize(r.out()), r::toString);
  }

  @Test
  void watch_evidenceOffsets_pointAtTheMatchedValues() throws IOException {
    Path file = home.resolve("post.txt");
    String text = "Hey everyone, BILL O'DONNELL drives plate 4xyz-987.\nCall him: (213) 555-0103\n";
    Files.writeString(file, text);
    Shield.Result r = shield("watch", file.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r::toString);
    Matcher m = ALERT.matcher(r.out().strip());
    assertTrue(m.matches(), r::toString);
    assertEquals("p-002", m.group(2));
    assertEquals("critical", m.group(3));
    assertEquals("{\"field\":\"name\",\"start\":14,\"end\":28},{\"field\":\"plate\",\"start\":42,\"end\":50},"
        + "{\"field\":\"phone\",\"start\":62,\"end\":76}", m.group(6));
    assertEquals("BILL O'DONNELL", text.substring(14, 28));
    assertEquals("4xyz-987", text.substring(42, 50));
    assertEquals("(213) 555-0103", text.substring(62, 76));
  }

  @Test
  void watch_negatives_noAlert() {
    Shield.Result r = shield("watch", SAMPLES + "/negative-en.txt", SAMPLES + "/negative-es.txt");
    assertEquals(ExitCode.OK, r.exitCode(), r::toString);
    assertEquals("", r.out(), r::toString);
  }

  @Test
  void watch_minSeverityHigh_dropsMediumAndLow() {
    Shield.Result r = shield(withSamples("watch", "--min-severity", "HIGH"));
    List<String> expected = new ArrayList<>();
    for (String e : EXPECTED) {
      if (e.contains(" critical ") || e.contains(" high ")) {
        expected.add(e);
      }
    }
    assertEquals(expected, summarize(r.out()), r::toString);
  }

  @Test
  void watch_badMinSeverity_usageErrorListingValues() {
    Shield.Result r = shield(withSamples("watch", "--min-severity", "urgent"));
    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("critical, high, medium, low"), r::toString);
  }

  @Test
  void watch_jsonAndText_sameAlertsOtherShapes() {
    Shield.Result json = shield(withSamples("watch", "--format", "json"));
    String body = json.out().strip();
    assertTrue(body.startsWith("[") && body.endsWith("]"), json::toString);
    List<String> lines = new ArrayList<>();
    for (String l : body.substring(1, body.length() - 1).split("\n")) {
      String t = l.strip();
      if (!t.isEmpty()) {
        lines.add(t.endsWith(",") ? t.substring(0, t.length() - 1) : t);
      }
    }
    assertEquals(EXPECTED, summarize(String.join("\n", lines)));

    Shield.Result text = shield(withSamples("watch", "--format", "text"));
    assertEquals(EXPECTED.size(), text.out().strip().split("\n").length, text::toString);
    assertTrue(text.out().contains("p-004"), text::toString);

    Shield.Result none = shield("watch", "--format", "json", SAMPLES + "/negative-en.txt");
    assertEquals("[]", none.out().strip(), none::toString);
  }

  @Test
  void watch_stdin_sourceIsDash() {
    Shield.Result r = Shield.runWith("Vive en 1600 Oak Street. Teléfono 213 555 0103\n",
        Map.of(RegistryStoreOptions.HOME_VAR, home.toString()), "watch", "-");
    assertEquals(List.of("- p-002 high address,phone"), summarize(r.out()), r::toString);
  }

  @Test
  void watch_missingFile_namedOnStderrRestWatched() {
    Shield.Result r = shield("watch", home.resolve("nope.txt").toString(), SAMPLES + "/post-es-amenaza.txt");
    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().contains("nope.txt"), r::toString);
    assertEquals(List.of("post-es-amenaza.txt p-006 high name"), summarize(r.out()));
  }

  @Test
  void watch_emptyRegistry_saysToEnrolFirst(@TempDir Path empty) {
    Shield.Result r = Shield.runWith("", Map.of(RegistryStoreOptions.HOME_VAR, empty.toString()), "watch", SAMPLES);
    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().contains("shield registry enroll"), r::toString);
  }

  @Test
  void watch_run_auditedAndChainVerifies() {
    shield(withSamples("watch"));
    Shield.Result verify = shield("audit", "verify");
    assertEquals(ExitCode.OK, verify.exitCode(), verify::toString);
    Shield.Result export = shield("audit", "export");
    long watchEvents = export.out().lines().filter(l -> l.contains("\"watch\"")).count();
    assertEquals(EXPECTED.size() + 1, watchEvents, export::toString);
  }

  @Test
  void watch_outputAndAudit_neverHoldEnrolledValues() {
    StringBuilder all = new StringBuilder();
    for (String format : List.of("jsonl", "json", "text")) {
      Shield.Result r = shield(withSamples("watch", "--format", format));
      all.append(r.out()).append(r.err());
    }
    all.append(shield("audit", "export").out());
    String printed = all.toString().toLowerCase(Locale.ROOT);
    for (String value : RegistryCommandTest.SAMPLE_VALUES) {
      assertFalse(printed.contains(value.toLowerCase(Locale.ROOT)), "printed an enrolled value");
    }
  }
}
