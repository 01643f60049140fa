package org.piishield.recognizers.names.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.piishield.detect.Detection;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;

class NerModelRecognizerTest {

  private static PiiEngine engine;

  @BeforeAll
  static void trainOnTinyCorpus() {
    NerModel model = NerTrainer.train(TinyCorpus.documents(), 5, 11, 14).model();
    engine = PiiEngine.newBuilder().recognizers(List.of(new NerModelRecognizer(model))).build();
  }

  private static List<String> spans(String text, Language lang) {
    List<String> out = new ArrayList<>();
    for (Detection d : engine.detect(text, lang)) {
      out.add(d.type().id() + " " + d.start() + "-" + d.end());
    }
    return out;
  }

  @Test
  void detect_englishSentence_findsThePlaceAfterItsCue() {
    // unseen combination: "Karen Moore" and "Denver" never share a training sentence; the name itself is no
    // trigger (the rules find it), the place after "to" is
    assertEquals(List.of("LOCATION 31-37"),
        spans("Yesterday, Karen Moore went to Denver on business.", Language.EN));
  }

  @Test
  void detect_nameAcrossComma_isNotOneSpan() {
    for (Detection d : engine.detect("We met Moore, Denver and Karen Smith in Boston.", Language.EN)) {
      assertFalse(d.start() <= 12 && d.end() >= 14, "span across the comma: " + d.start() + "-" + d.end());
    }
  }

  @Test
  void detect_spanishSentence_findsThePlaceAfterItsCue() {
    assertEquals(List.of("LOCATION 20-26"), spans("Pilar Pérez vive en Murcia desde 2010.", Language.ES));
  }

  @Test
  void detect_noCapitalisedWord_findsNothing() {
    assertEquals(List.of(), spans("yesterday karen moore went to denver on business.", Language.EN));
  }

  @Test
  void detect_singleUnlistedCapital_isBelowThreshold() {
    assertEquals(List.of(), spans("The Zorblax went to the market.", Language.EN));
  }

  @Test
  void defaultConstructor_withoutResource_reportsNothing() {
    NerModelRecognizer r = new NerModelRecognizer();
    assertFalse(r.hasModel(), "this module's tests run without " + NerModelRecognizer.RESOURCE);
    PiiEngine e = PiiEngine.newBuilder().recognizers(List.of(r)).build();
    assertEquals(List.of(), e.detect("Yesterday John Smith flew to Boston.", Language.EN));
  }
}
