package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.registry.enroll.EnrolmentRecord;
import org.piishield.registry.enroll.PeopleCsvReader;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.Variants;
import org.piishield.text.Fold;

/**
 * The registry's promise, checked from outside: after real {@code shield} processes enrol the sample people,
 * watch the sample flyers and posts (which do mention them) and export the audit log, no enrolled name, address, phone, e-mail or plate (as written, or as any normalised variant, in any letter
 * case, with or without accents, in UTF-8 or UTF-16) appears in the bytes of the database files, the key
 * folder, the process's temp folder, or anything it printed.
 */
class RegistrySecurityTest {

  static final Path SAMPLE = Path.of("../examples/registry/people.csv");
  /**
   * Shorter strings match the random bytes of the stored tokens by chance (a 5-letter needle, any case,
   * against ~1 MB of random bytes: about 3e-5 per needle form, a few per cent over all of them). Every
   * enrolled value and variant of 7+ chars is checked: all names (always 2+ words), addresses, phones,
   * e-mails and plates of the sample.
   */
  static final int MIN_NEEDLE = 7;

  @TempDir
  Path dir;

  @Test
  void enrolWatchAudit_realProcesses_noEnrolledValueInFilesTempOrOutput() throws Exception {
    Path home = Files.createDirectory(dir.resolve("home"));
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    for (String[] args : List.of(new String[] {"registry", "enroll", SAMPLE.toString()},
        new String[] {"registry", "stats"}, new String[] {"registry", "remove", "p-002"},
        new String[] {"registry", "enroll", SAMPLE.toString()}, watchSamples("text"), watchSamples("jsonl"),
        new String[] {"audit", "export"})) {
      int code = shield(home, tmp, printed, args);
      assertEquals(ExitCode.OK, code, () -> String.join(" ", args) + " failed: "
          + printed.toString(StandardCharsets.UTF_8));
    }
    byte[] haystack = lowerAscii(concat(allFiles(home), allFiles(tmp), printed.toByteArray()));
    assertTrue(haystack.length > 10_000, "nothing written: the scan would prove nothing");
    // The scan sees what the store wrote: the opaque person ids are there.
    assertTrue(indexOf(haystack, "p-006".getBytes(StandardCharsets.UTF_8)) >= 0, "database bytes not scanned");
    List<String> needles = needles();
    assertTrue(needles.size() > 100, "too few needles: " + needles.size());
    for (String needle : needles) {
      for (byte[] form : forms(needle)) {
        assertEquals(-1, indexOf(haystack, form),
            "an enrolled value (length " + needle.length() + ") appears in the files or output");
      }
    }
  }

  /** {@code watch --format FORMAT examples/watch/*.txt}. */
  static String[] watchSamples(String format) {
    List<String> args = new ArrayList<>(List.of("watch", "--format", format));
    args.addAll(List.of(WatchCommandTest.samples()));
    return args.toArray(String[]::new);
  }

  /** Runs {@code shield ARGS} as a child JVM with SHIELD_HOME and java.io.tmpdir in the test folder. */
  static int shield(Path home, Path tmp, ByteArrayOutputStream printed, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put(RegistryStoreOptions.HOME_VAR, home.toString());
    pb.environment().remove("SHIELD_REGISTRY_KEY");
    Process p = pb.start();
    p.getInputStream().transferTo(printed);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("shield did not finish in 120 s");
    }
    return p.exitValue();
  }

  /** Every enrolled value of the sample as written and as every variant enrolment hashes. */
  static List<String> needles() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (EnrolmentRecord r : new PeopleCsvReader().read(SAMPLE).records()) {
      for (FieldType type : FieldType.values()) {
        for (String value : r.values(type)) {
          out.add(value);
          out.add(value.replaceAll("[^0-9]", "").length() >= 7 ? value.replaceAll("[^0-9]", "") : value);
          out.addAll(Variants.of(type, value));
        }
      }
    }
    out.removeIf(s -> s.length() < MIN_NEEDLE);
    return List.copyOf(out);
  }

  /** Lower-case UTF-8 with and without accents, and lower-case UTF-16 in both byte orders. */
  static List<byte[]> forms(String needle) {
    String lower = needle.toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      folded.append(Fold.fold(lower.charAt(i)));
    }
    return List.of(lower.getBytes(StandardCharsets.UTF_8), folded.toString().getBytes(StandardCharsets.UTF_8),
        lower.getBytes(StandardCharsets.UTF_16BE), lower.getBytes(StandardCharsets.UTF_16LE));
  }

  static byte[] allFiles(Path root) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.filter(Files::isRegularFile).forEach(p -> {
        try {
          all.write(Files.readAllBytes(p));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return all.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] lowerAscii(byte[] b) {
    byte[] out = b.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') {
        out[i] += 'a' - 'A';
      }
    }
    return out;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
