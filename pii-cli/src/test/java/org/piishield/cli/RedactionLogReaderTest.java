package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.verify.LoggedSpan;

/** Reading a {@link RedactionLog} back, and matching outputs to its sources ({@link VerifyCommand#sourcesOf}). */
class RedactionLogReaderTest {

  @TempDir
  Path dir;

  @Test
  void read_quotedFieldsAndTwoSources_spansInLogOrderWithDataRowNumbers() throws IOException {
    Path log = dir.resolve("log.csv");
    Files.writeString(log, RedactionLog.HEADER + "\n"
        + "in/memo.pdf,6,22,PERSON,replace,\"(b)(6), (b)(7)(C)\",0.85,person\n"
        + "\"in/a,b.pdf\",0,4,EMAIL,keep,,0.90,email\n"
        + "in/memo.pdf,29,49,EMAIL,replace,,0.90,email\n");

    Map<String, List<LoggedSpan>> spans = RedactionLogReader.read(log);

    assertEquals(List.of("in/memo.pdf", "in/a,b.pdf"), List.copyOf(spans.keySet()));
    assertEquals(List.of(new LoggedSpan(1, 6, 22, "PERSON", "replace", "(b)(6), (b)(7)(C)"),
        new LoggedSpan(3, 29, 49, "EMAIL", "replace", "EMAIL")), spans.get("in/memo.pdf"));
    assertEquals(false, spans.get("in/a,b.pdf").get(0).isWithheld());
  }

  @Test
  void read_notALog_namesTheLineNotItsContent() throws IOException {
    Path csv = dir.resolve("people.csv");
    Files.writeString(csv, "name,phone\nAna Ruiz,555-0142\n");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, RedactionLog.HEADER + "\nin/memo.pdf,six,22,PERSON,replace,,0.85,person\n");

    IOException header = assertThrows(IOException.class, () -> RedactionLogReader.read(csv));
    IOException row = assertThrows(IOException.class, () -> RedactionLogReader.read(bad));

    assertTrue(header.getMessage().startsWith("not a redaction log"), header.getMessage());
    assertEquals("row 1 has a start or end that is not a number", row.getMessage());
  }

  @Test
  void sourceOf_longestCommonTail_wins() {
    Set<String> sources = Set.of("in/memo.pdf", "in/a/memo.pdf", "in/b/memo.pdf", "in/other.pdf");

    assertEquals(List.of("in/a/memo.pdf"), VerifyCommand.sourcesOf(Path.of("out/a/memo.pdf"), sources));
    assertEquals(List.of("in/memo.pdf"), VerifyCommand.sourcesOf(Path.of("out/memo.pdf"), sources), "fewest names");
    assertEquals(List.of("in/other.pdf"), VerifyCommand.sourcesOf(Path.of("out/other.pdf"), sources));
    assertEquals(2, VerifyCommand.sourcesOf(Path.of("out/memo.pdf"), Set.of("in/a/memo.pdf", "in/b/memo.pdf")).size(),
        "a tie");
    assertEquals(List.of(), VerifyCommand.sourcesOf(Path.of("out/new.pdf"), sources));
    assertEquals(List.of("in/memo.odt"), VerifyCommand.sourcesOf(Path.of("out/memo.odt.pdf"), Set.of("in/memo.odt"),
        n -> n.endsWith(".odt") ? n + ".pdf" : n), "a converted copy is named by its redactor");
    assertEquals(List.of(), VerifyCommand.sourcesOf(Path.of("out/memo.odt.pdf"), Set.of("in/memo.odt")));
  }
}
