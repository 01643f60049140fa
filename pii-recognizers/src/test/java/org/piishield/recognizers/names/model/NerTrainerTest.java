package org.piishield.recognizers.names.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;

class NerTrainerTest {

  private static byte[] train(long seed) throws IOException {
    NerTrainer.Result r = NerTrainer.train(TinyCorpus.documents(), 3, seed, 12);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.model().save(out);
    return out.toByteArray();
  }

  @Test
  void train_twice_givesIdenticalBytes() throws IOException {
    assertArrayEquals(train(7), train(7));
  }

  @Test
  void train_otherSeed_givesOtherModel() throws IOException {
    assertFalse(java.util.Arrays.equals(train(7), train(8)));
  }

  @Test
  void train_tinyCorpus_countsTokensAndWindows() {
    List<TrainingDocument> docs = TinyCorpus.documents();
    NerTrainer.Result r = NerTrainer.train(docs, 1, 1, 10);
    long tokens = 0;
    int windows = 0;
    long windowTokens = 0;
    CandidateWindows gate = new CandidateWindows();
    for (TrainingDocument d : docs) {
      ScanContext ctx = new ScanContext().reset(d.text(), d.language());
      tokens += ctx.tokenCount();
      gate.find(ctx);
      windows += gate.count();
      for (int k = 0; k < gate.count(); k++) {
        windowTokens += gate.to(k) - gate.from(k);
      }
    }
    assertEquals(tokens, r.tokens());
    assertEquals(windows, r.windows());
    assertEquals(windowTokens, r.windowTokens());
    assertEquals(true, windows >= docs.size() && windowTokens < tokens, windows + " windows, " + windowTokens);
  }

  @Test
  void goldLabels_nameAfterTitle_isBeginThenInside() {
    String text = "Dra. Ana Ruiz vive en Lugo.";
    ScanContext ctx = new ScanContext().reset(text, Language.ES);
    int[] labels = GoldLabels.of(ctx, List.of(new TrainingDocument.Span(5, 13, EntityType.PERSON),
        new TrainingDocument.Span(22, 26, EntityType.LOCATION), new TrainingDocument.Span(0, 3, EntityType.EMAIL)));
    assertArrayEquals(new int[] {NerLabels.O, NerLabels.B_PER, NerLabels.I_PER, NerLabels.O, NerLabels.O,
        NerLabels.B_LOC}, labels);
  }
}
