package org.piishield.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end over tiny synthetic corpora; only the e-mail rows are asserted, as other recognizers may vary. */
class EvaluateCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    if (args.length > 1 && args[0].equals("--data")) {
      String[] withPublic = java.util.Arrays.copyOf(args, args.length + 2);
      withPublic[args.length] = "--public-domain";
      withPublic[args.length + 1] = Path.of(args[1]).resolve("public-domain").toString();
      args = withPublic;
      if (!java.util.Arrays.asList(args).contains("--ner-folds")) {
        // the tiny corpora are not the model's training data: no cross-validation unless a test asks
        String[] shipped = java.util.Arrays.copyOf(args, args.length + 2);
        shipped[args.length] = "--ner-folds";
        shipped[args.length + 1] = "0";
        args = shipped;
      }
    }
    return EvaluateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static Path corpora(Path dir) throws IOException {
    Path presidio = dir.resolve(Datasets.PRESIDIO_FILE);
    Files.createDirectories(presidio.getParent());
    Files.writeString(presidio, "[{\"full_text\": \"Write to ana.ruiz@example.org today.\", \"spans\": ["
        + "{\"entity_type\": \"EMAIL_ADDRESS\", \"entity_value\": \"ana.ruiz@example.org\", "
        + "\"start_position\": 9, \"end_position\": 29}]}]", StandardCharsets.UTF_8);
    Path brat = dir.resolve(Datasets.MEDDOCAN_DIR);
    Files.createDirectories(brat);
    Files.writeString(brat.resolve("caso.txt"), "Correo: luis.pena@example.es\n", StandardCharsets.UTF_8);
    Files.writeString(brat.resolve("caso.ann"), "T1\tCORREO_ELECTRONICO 8 28\tluis.pena@example.es\n",
        StandardCharsets.UTF_8);
    for (String lang : new String[] {"en", "es"}) {
      Path pd = dir.resolve("public-domain").resolve(lang);
      Files.createDirectories(pd);
      Files.writeString(pd.resolve("release.txt"), "Ana Ruiz wrote to ana.ruiz@example.org.\n", StandardCharsets.UTF_8);
      Files.writeString(pd.resolve("release.ann"), "T1\tPERSON 0 8\tAna Ruiz\n", StandardCharsets.UTF_8);
    }
    return dir;
  }

  @Test
  void run_bothDatasets_writesSectionsAndKeepsHandWrittenText(@TempDir Path dir) throws IOException {
    Path data = corpora(dir);
    Path report = dir.resolve("docs/ACCURACY.md");
    assertEquals(0, run("--data", data.toString(), "--out", report.toString()), err::toString);
    String md = Files.readString(report);
    assertTrue(md.contains("| EMAIL | 1 | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 |"), md);
    assertTrue(md.contains(MarkdownSections.beginMarker("presidio")), md);
    assertTrue(md.contains(MarkdownSections.beginMarker("meddocan")), md);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("presidio: 1 documents"));
    assertTrue(md.contains(MarkdownSections.beginMarker("public-en")), md);
    assertTrue(md.contains(MarkdownSections.beginMarker("public-es")), md);
    // the gold name has two tokens; the token table counts both, found or not
    assertTrue(md.matches("(?s).*### Token level.*\\| PERSON \\| 2 \\| .*"), md);

    Files.writeString(report, md + "\nHand-written note.\n");
    assertEquals(0, run("--data", data.toString(), "--out", report.toString(), "--dataset", "meddocan"));
    String again = Files.readString(report);
    assertTrue(again.endsWith("Hand-written note.\n"), again);
    assertEquals(1, again.split(MarkdownSections.beginMarker("meddocan"), -1).length - 1, again);
  }

  @Test
  void run_maxDocs_saysSoInTheReport(@TempDir Path dir) throws IOException {
    Path data = corpora(dir);
    Path brat = data.resolve(Datasets.MEDDOCAN_DIR);
    Files.writeString(brat.resolve("otro.txt"), "Sin datos.\n", StandardCharsets.UTF_8);
    Files.writeString(brat.resolve("otro.ann"), "", StandardCharsets.UTF_8);
    Path report = dir.resolve("r.md");
    assertEquals(0, run("--data", data.toString(), "--out", report.toString(), "--max-docs", "1"));
    assertTrue(Files.readString(report).contains("first 1 of 2 only"));
  }

  @Test
  void run_outDash_printsSummaryOnly(@TempDir Path dir) throws IOException {
    Path data = corpora(dir);
    assertEquals(0, run("--data", data.toString(), "--out", "-", "--lang", "auto"));
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("wrote"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("language auto"));
  }

  @Test
  void run_nerFolds_scoresWithFoldModelsAndSaysSo(@TempDir Path dir) throws IOException {
    Path data = corpora(dir);
    Path report = dir.resolve("r.md");
    // the corpora double as training data: same layout as pii-ner-model/training-data
    assertEquals(0, run("--data", data.toString(), "--out", report.toString(), "--dataset", "meddocan",
        "--ner-folds", "2", "--ner-data", data.toString()), err::toString);
    String md = Files.readString(report);
    assertTrue(md.contains("ner_model (2-fold cross-validated)"), md);
    assertTrue(md.contains("| EMAIL | 1 | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 |"), md);
  }

  @Test
  void run_nerFoldsWithoutTrainingData_exitsThree(@TempDir Path dir) throws IOException {
    Path data = corpora(dir);
    assertEquals(3, run("--data", data.toString(), "--out", "-", "--dataset", "presidio",
        "--ner-folds", "5", "--ner-data", dir.resolve("nowhere").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: cannot train the NER fold models"),
        err::toString);
  }

  @Test
  void run_nerFoldsOutOfRange_isUsageError() {
    assertEquals(2, run("--ner-folds", "-1"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--ner-folds needs an integer from 0 to 20"));
  }

  @Test
  void run_help_printsUsageExitZero() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: EvaluateCommand"));
  }

  @Test
  void run_unknownOption_exitTwo() {
    assertEquals(2, run("--bogus", "1"));
    assertEquals(2, run("--max-docs", "0"));
    assertEquals(2, run("--lang", "fr"));
    assertEquals(2, run("--data"));
  }

  @Test
  void run_missingData_exitThree(@TempDir Path dir) {
    assertEquals(3, run("--data", dir.resolve("none").toString(), "--out", "-"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read presidio data"));
  }

  @Test
  void shellJoin_specialCharacters_quoted() {
    assertEquals("--data '../my data' --out 'it'\\''s.md'",
        EvaluateCommand.shellJoin(new String[] {"--data", "../my data", "--out", "it's.md"}));
  }
}
