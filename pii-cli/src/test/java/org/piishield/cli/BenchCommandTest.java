package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code shield bench} as a smoke test: shape of the report and reproducibility of the corpus (not speed). */
class BenchCommandTest {

  private static final Pattern FINGERPRINT = Pattern.compile("sha256 ([0-9a-f]{16})");
  private static final Pattern FINDINGS = Pattern.compile("findings\\s+([\\d,]+) per pass");

  @Test
  void bench_smallRun_reportsThroughputCorpusJvmAndCpu() {
    Shield.Result r = Shield.run("bench", "--size", "1", "--warmup", "0", "--rounds", "1");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("corpus      1.0 MB ("), r::toString);
    assertTrue(r.out().matches("(?s).*result\\s+\\d+\\.\\d MB/s \\(median of 1; best \\d+\\.\\d\\), 1 thread\\n.*"),
        r::toString);
    assertTrue(r.out().contains("\njvm ") && r.out().contains("\ncpu "), r::toString);
    assertEquals("", r.err(), "no progress when not on a terminal");
  }

  @Test
  void bench_sameSeed_sameCorpusAndFindings() {
    Shield.Result a = Shield.run("bench", "--size", "1", "--seed", "7", "--warmup", "0", "--rounds", "1");
    Shield.Result b = Shield.run("bench", "--size", "1", "--seed", "7", "--warmup", "0", "--rounds", "1", "--threads", "2");
    Shield.Result c = Shield.run("bench", "--size", "1", "--seed", "8", "--warmup", "0", "--rounds", "1");

    assertEquals(group(FINGERPRINT, a), group(FINGERPRINT, b));
    assertEquals(group(FINDINGS, a), group(FINDINGS, b));
    assertNotEquals(group(FINGERPRINT, a), group(FINGERPRINT, c));
    assertTrue(b.out().contains("MB/s per core"), b::toString);
  }

  @Test
  void bench_badSize_exitsTwo() {
    assertEquals(ExitCode.USAGE, Shield.run("bench", "--size", "0").exitCode());
    assertEquals(ExitCode.USAGE, Shield.run("bench", "--threads", "0").exitCode());
  }

  private static String group(Pattern p, Shield.Result r) {
    Matcher m = p.matcher(r.out());
    assertTrue(m.find(), r::toString);
    return m.group(1);
  }
}
