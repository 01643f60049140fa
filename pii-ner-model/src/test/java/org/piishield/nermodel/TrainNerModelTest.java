package org.piishield.nermodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.recognizers.names.model.NerModel;
import org.piishield.recognizers.names.model.NerTrainer;

class TrainNerModelTest {

  private static final Path DATA = Path.of("training-data");

  /** The first 60 Presidio samples and 8 MEDDOCAN documents: a small real corpus. */
  private static List<CorpusDocument> smallReal() throws IOException {
    List<CorpusDocument> real = new ArrayList<>(
        PresidioTrainingReader.read(DATA.resolve(TrainingCorpus.PRESIDIO_FILE)).subList(0, 60));
    real.addAll(BratTrainingReader.read(DATA.resolve(TrainingCorpus.MEDDOCAN_DIR)).subList(0, 8));
    return real;
  }

  private static byte[] bytes(NerModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return out.toByteArray();
  }

  @Test
  void train_smallCorpusTwice_givesByteIdenticalModels() throws IOException {
    byte[] a = bytes(NerTrainer.train(TrainingCorpus.of(smallReal()).documents(), 3, 1, 14).model());
    byte[] b = bytes(NerTrainer.train(TrainingCorpus.of(smallReal()).documents(), 3, 1, 14).model());
    assertArrayEquals(a, b);
  }

  @Test
  void of_realDocuments_addsOneSyntheticPerFour() throws IOException {
    TrainingCorpus c = TrainingCorpus.of(smallReal());
    assertEquals(68, c.real().size());
    assertEquals(17, c.synthetic().size());
    assertEquals(85, c.documents().size());
    assertEquals(c.synthetic().get(3).document(), TrainingCorpus.of(smallReal()).synthetic().get(3).document());
  }

  @Test
  void documentsExcept_fold_dropsOnlyThatFoldOfThatDataset() throws IOException {
    TrainingCorpus c = TrainingCorpus.of(smallReal());
    int inFold = 0;
    for (CorpusDocument d : c.real()) {
      if (d.dataset().equals(PresidioTrainingReader.DATASET) && NerFolds.foldOf(d.key(), 5) == 2) {
        inFold++;
      }
    }
    assertTrue(inFold > 0 && inFold < 60, "fold 2 holds " + inFold + " of 60 Presidio samples");
    assertEquals(85 - inFold, c.documentsExcept(PresidioTrainingReader.DATASET, 2, 5).size());
  }

  @Test
  void foldOf_key_isStableCrc32() {
    // the fold depends on the key's chars only, so it is the same in every run and JVM
    assertEquals(NerFolds.foldOf("106", 5), NerFolds.foldOf(new String("106"), 5));
    int[] seen = new int[5];
    for (int t = 0; t < 200; t++) {
      seen[NerFolds.foldOf(Integer.toString(t), 5)]++;
    }
    for (int k = 0; k < 5; k++) {
      assertTrue(seen[k] > 20, "fold " + k + " has " + seen[k] + " of 200 keys");
    }
  }

  @Test
  void readers_presidioTemplateKeysAndMeddocanNames() throws IOException {
    List<CorpusDocument> p = PresidioTrainingReader.read(DATA.resolve(TrainingCorpus.PRESIDIO_FILE));
    assertEquals(529, p.size());
    assertEquals("106", p.get(0).key()); // first sample of the dev file, template 106
    assertEquals(List.of(0, 18), List.of(p.get(0).document().spans().get(1).start(),
        p.get(0).document().spans().get(1).end()));
    List<CorpusDocument> m = BratTrainingReader.read(DATA.resolve(TrainingCorpus.MEDDOCAN_DIR));
    assertEquals(250, m.size());
    assertEquals("S0004-06142006000500012-1", m.get(0).key());
  }

  @Test
  void run_writesModelAndOneSummaryLine(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("m/ner-model.bin");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = TrainNerModel.run(new String[] {"--data", tmp.resolve("missing").toString(), "--out", out.toString()},
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertEquals(3, code);
    assertTrue(stderr.toString(StandardCharsets.UTF_8).startsWith("error: cannot read training data"));
    assertTrue(!Files.exists(out));
    assertEquals(2, TrainNerModel.run(new String[] {"--data"}, new PrintStream(stdout), new PrintStream(stderr)));
  }
}
