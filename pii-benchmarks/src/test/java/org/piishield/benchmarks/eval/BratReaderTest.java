package org.piishield.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratReaderTest {

  // synthetic clinical note in MEDDOCAN's BRAT layout
  private static final String TEXT = "Paciente: Ana Ruiz\nDomicilio: Calle Mayor\n(portal) 12, Madrid.\n";

  @Test
  void parse_continuousSpans_keepsOffsets() {
    GoldDocument d = BratReader.parse("doc", TEXT,
        "T1\tNOMBRE_SUJETO_ASISTENCIA 10 18\tAna Ruiz\nT2\tTERRITORIO 55 61\tMadrid\n");
    assertEquals(List.of(GoldSpan.of("NOMBRE_SUJETO_ASISTENCIA", 10, 18), GoldSpan.of("TERRITORIO", 55, 61)),
        d.spans());
  }

  @Test
  void parse_discontinuousSpan_givesOneEntityWithTwoFragments() {
    // "Calle Mayor" [30,41) and "12" [51,53), skipping the line break and "(portal)"
    GoldDocument d = BratReader.parse("doc", TEXT, "T3\tCALLE 30 41;51 53\tCalle Mayor 12\n");
    assertEquals(1, d.spans().size());
    GoldSpan s = d.spans().get(0);
    assertEquals(List.of(new TextRange(30, 41), new TextRange(51, 53)), s.fragments());
    assertEquals(30, s.start());
    assertEquals(53, s.end());
    assertTrue(s.overlaps(52, 60));
    assertFalse(s.overlaps(41, 51), "the gap between fragments is not part of the entity");
  }

  @Test
  void parse_fragmentsOutOfOrder_sortsThem() {
    GoldSpan s = BratReader.parse("doc", TEXT, "T3\tCALLE 51 53;30 41\tCalle Mayor 12\n").spans().get(0);
    assertEquals(List.of(new TextRange(30, 41), new TextRange(51, 53)), s.fragments());
  }

  @Test
  void parse_astralCharacterBeforeSpan_convertsToUtf16() {
    String text = "\uD83D\uDE00 Ana Ruiz";
    GoldDocument d = BratReader.parse("doc", text, "T1\tNOMBRE_SUJETO_ASISTENCIA 2 10\tAna Ruiz\n");
    assertEquals(List.of(GoldSpan.of("NOMBRE_SUJETO_ASISTENCIA", 3, 11)), d.spans());
  }

  @Test
  void parse_byteOrderMark_countsAsOneCharacter() {
    String text = "\uFEFFAna Ruiz";
    GoldDocument d = BratReader.parse("doc", text, "T1\tNOMBRE_PERSONAL_SANITARIO 1 9\tAna Ruiz\n");
    assertEquals(List.of(GoldSpan.of("NOMBRE_PERSONAL_SANITARIO", 1, 9)), d.spans());
  }

  @Test
  void parse_nonTextBoundLines_ignored() {
    String ann = "T1\tTERRITORIO 55 61\tMadrid\r\nA1\tNegated T1\n#1\tAnnotatorNotes T1\tcity\n"
        + "R1\tRel Arg1:T1 Arg2:T1\n\n";
    assertEquals(List.of(GoldSpan.of("TERRITORIO", 55, 61)), BratReader.parse("doc", TEXT, ann).spans());
  }

  @Test
  void parse_surfaceTextDiffers_throwsNamingLineNotText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BratReader.parse("doc", TEXT, "T1\tTERRITORIO 55 61\tMadrid\nT2\tTERRITORIO 54 60\tMadrid\n"));
    assertTrue(e.getMessage().contains("doc.ann line 2"), e.getMessage());
    assertFalse(e.getMessage().contains("Madrid"), e.getMessage());
  }

  @Test
  void parse_badOffsets_throws() {
    assertThrows(IllegalArgumentException.class, () -> BratReader.parse("doc", TEXT, "T1\tTERRITORIO 55\tM\n"));
    assertThrows(IllegalArgumentException.class, () -> BratReader.parse("doc", TEXT, "T1\tTERRITORIO a b\tM\n"));
    assertThrows(IllegalArgumentException.class, () -> BratReader.parse("doc", TEXT, "T1\tTERRITORIO 61 55\tM\n"));
    assertThrows(IllegalArgumentException.class, () -> BratReader.parse("doc", TEXT, "T1\tTERRITORIO 60 999\tM\n"));
  }

  @Test
  void read_directory_pairsTxtAndAnnSortedByName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Madrid", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.ann"), "T1\tTERRITORIO 0 6\tMadrid\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "Sevilla y Bilbao", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.ann"), "T1\tTERRITORIO 10 16\tBilbao\n", StandardCharsets.UTF_8);
    List<GoldDocument> docs = BratReader.read(dir);
    assertEquals(List.of("a", "b"), docs.stream().map(GoldDocument::id).toList());
    assertEquals(List.of(GoldSpan.of("TERRITORIO", 10, 16)), docs.get(0).spans());
  }

  @Test
  void read_directoryWithoutAnnFiles_throws(@TempDir Path dir) {
    assertThrows(IOException.class, () -> BratReader.read(dir));
  }
}
