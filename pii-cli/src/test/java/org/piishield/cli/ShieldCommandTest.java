package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The top command: help that teaches, version with plug-ins, usage errors. */
class ShieldCommandTest {

  @Test
  void help_top_listsCommandsExamplesAndExitCodes() {
    Shield.Result r = Shield.run("--help");

    assertEquals(0, r.exitCode(), r::toString);
    for (String s : new String[] {"scan", "redact", "explain", "bench", "Examples:", "Exit codes:", "SHIELD_HASH_KEY"}) {
      assertTrue(r.out().contains(s), () -> "no '" + s + "' in\n" + r.out());
    }
  }

  @Test
  void help_eachCommand_hasExamples() {
    for (String c : new String[] {"scan", "redact", "explain", "bench"}) {
      Shield.Result r = Shield.run(c, "--help");
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.out().contains("Examples:") && r.out().contains("shield " + c), r::toString);
    }
  }

  @Test
  void version_printsVersionAndDiscoveredPlugins() {
    Shield.Result r = Shield.run("--version");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("shield "), r::toString);
    assertTrue(r.out().contains("recognizers (") && r.out().contains("email"), r::toString);
    assertTrue(r.out().contains("extractors (") && r.out().contains("html") && r.out().contains("text"), r::toString);
  }

  @Test
  void run_noCommand_printsUsageAndExitsTwo() {
    Shield.Result r = Shield.run();

    assertEquals(ExitCode.USAGE, r.exitCode());
    assertTrue(r.err().contains("Usage: shield"), r::toString);
  }

  @Test
  void run_unknownCommand_exitsTwoWithSuggestion() {
    Shield.Result r = Shield.run("scna", "x");

    assertEquals(ExitCode.USAGE, r.exitCode());
    assertTrue(r.err().contains("scan"), r::toString);
  }
}
