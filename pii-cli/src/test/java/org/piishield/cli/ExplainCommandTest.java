package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shield explain} on synthetic text; assertions look only at the EMAIL candidates. */
class ExplainCommandTest {

  @TempDir
  Path dir;

  @Test
  void explain_textWithContext_showsKeptEmailWithPatternContextAndScores() {
    Shield.Result r = Shield.run("explain", "--text", "Contact: ana.ruiz@example.org");

    assertEquals(0, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().toList();
    int i = indexOf(lines, "[9, 29) EMAIL");
    assertTrue(lines.get(i).startsWith("KEPT "), r::toString);
    assertTrue(lines.get(i).endsWith("\"ana.ruiz@example.org\""), r::toString);
    assertTrue(lines.get(i + 1).trim().matches("email: pattern=\\S+ context=\"contact\" score 0\\.\\d\\d->\\d\\.\\d\\d"),
        r::toString);
    assertTrue(lines.get(0).startsWith("source: --text (29 chars), language: en (guessed), threshold: 0.40"), r::toString);
  }

  @Test
  void explain_candidateBelowThreshold_isShownAsDroppedWithReason() {
    Shield.Result r = Shield.run("explain", "--min-score", "0.99", "--text", "x ana@example.org y");

    assertEquals(0, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().toList();
    int i = indexOf(lines, "[2, 17) EMAIL");
    assertTrue(lines.get(i).startsWith("drop "), r::toString);
    assertTrue(lines.get(i + 2).trim().startsWith("dropped: score 0.90 is below the threshold 0.99"), r::toString);
  }

  @Test
  void explain_htmlFile_showsOffsetsIntoMarkup() throws IOException {
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<p>Write to <b>ana@example.org</b></p>");

    Shield.Result r = Shield.run("explain", page.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("[15, 30) EMAIL"), r::toString);
  }

  @Test
  void explain_stdin_readsDash() {
    Shield.Result r = Shield.runWith("Correo: luis@example.es", Map.of(), "explain", "--lang", "es", "-");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("[8, 23) EMAIL"), r::toString);
    assertTrue(r.out().startsWith("source: - (23 chars), language: es, threshold"), r::toString);
  }

  @Test
  void explain_neitherTextNorPath_exitsTwo() {
    assertEquals(ExitCode.USAGE, Shield.run("explain").exitCode());
    assertEquals(ExitCode.USAGE, Shield.run("explain", "--text", "a", "file.txt").exitCode());
  }

  @Test
  void explain_missingFile_exitsThreeNamingIt() {
    Path missing = dir.resolve("nope.txt");

    Shield.Result r = Shield.run("explain", missing.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertEquals("shield: " + missing + ": no such file or directory", r.err().strip());
  }

  private static int indexOf(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    throw new AssertionError("no line contains '" + part + "' in:\n" + String.join("\n", lines));
  }
}
