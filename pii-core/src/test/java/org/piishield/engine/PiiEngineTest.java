package org.piishield.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.Detection;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.redact.Policy;

class PiiEngineTest {

  static final EntityType NUMBER = new EntityType("TEST_NUMBER");
  static final EntityType WORD = new EntityType("TEST_WORD");

  /** Reports every all-digit token at 0.3, raised by "number"/"número", lowered by "page". */
  static final class DigitRecognizer implements Recognizer {
    @Override
    public String name() {
      return "test_digits";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return Set.of(NUMBER);
    }

    @Override
    public ContextSpec context() {
      return ContextSpec.of("number", "número").withNegative(0.2, "page");
    }

    @Override
    public void detect(ScanContext ctx, DetectionSink out) {
      for (int k = 0; k < ctx.digitTokenCount(); k++) {
        int t = ctx.digitToken(k);
        if (ctx.tokenHas(t, ScanContext.ALL_DIGIT)) {
          out.add(ctx.tokenStart(t), ctx.tokenEnd(t), NUMBER, 0.3, this, "digits", null);
        }
      }
    }
  }

  /** Reports capitalised tokens in Spanish only, at 0.9. */
  static final class SpanishCapsRecognizer implements Recognizer {
    @Override
    public String name() {
      return "test_caps_es";
    }

    @Override
    public Set<EntityType> entityTypes() {
      return Set.of(WORD);
    }

    @Override
    public boolean supports(Language language) {
      return language == Language.ES;
    }

    @Override
    public void detect(ScanContext ctx, DetectionSink out) {
      for (int k = 0; k < ctx.upperTokenCount(); k++) {
        int t = ctx.upperToken(k);
        out.add(ctx.tokenStart(t), ctx.tokenEnd(t), WORD, 0.9, this, "caps", null);
      }
    }
  }

  private static PiiEngine.Builder builder() {
    return PiiEngine.newBuilder().recognizers(List.of(new DigitRecognizer(), new SpanishCapsRecognizer()));
  }

  @Test
  void detect_contextWordNearby_raisesScoreAboveThreshold() {
    PiiEngine engine = builder().build();
    List<Detection> found = engine.detect("the number 4471 and a b c d e f g h 5512 page 7");
    assertEquals(1, found.size(), found::toString);
    Detection d = found.get(0);
    assertEquals(11, d.start());
    assertEquals(15, d.end());
    assertEquals(0.65, d.score(), 1e-9);
    assertEquals("number", d.explanation().contextWord());
    assertEquals("digits", d.explanation().pattern());
    assertEquals(0.3, d.explanation().baseScore(), 1e-9);
  }

  @Test
  void candidates_negativeContext_lowersScore() {
    PiiEngine engine = builder().scoreThreshold(0).build();
    List<Detection> all = engine.candidates("see page 7", Language.EN);
    assertEquals(1, all.size());
    assertEquals(0.1, all.get(0).score(), 1e-9);
    assertEquals("-page", all.get(0).explanation().contextWord());
  }

  @Test
  void detect_languageGuess_runsLanguageSpecificRecognizers() {
    PiiEngine engine = builder().build();
    assertEquals(Language.ES, engine.languageOf("El agente vive en la calle de Alcalá con su familia"));
    assertEquals(Language.EN, engine.languageOf("The agent lives on the street with his family"));
    assertEquals(List.of(WORD), engine.detect("el agente Ruiz vive en la calle").stream().map(Detection::type).toList());
    assertEquals(List.of(), engine.detect("The agent Ruiz lives on the street"));
    assertEquals(2, engine.detect("The agent Ruiz lives on the street", Language.ES).size());
  }

  @Test
  void detect_entitiesFilter_dropsOtherTypes() {
    PiiEngine engine = builder().entities(List.of(NUMBER)).build();
    assertEquals(List.of(NUMBER), engine.detect("El número 4471 de Ruiz").stream().map(Detection::type).toList());
  }

  @Test
  void build_onlyRecognizers_unknownNameListsKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder().onlyRecognizers(List.of("nope")).build());
    assertTrue(e.getMessage().contains("test_digits"), e.getMessage());
  }

  @Test
  void detect_candidateBudget_boundsWork() {
    PiiEngine engine = builder().scoreThreshold(0).candidateBudget(10).build();
    String text = "1 ".repeat(1000);
    assertEquals(10 + text.length() / 4, engine.detect(text).size());
  }

  @Test
  void redact_policy_appliesToResolvedSpans() {
    PiiEngine engine = builder().policy(Policy.named("pseudonym", null)).build();
    assertEquals("number TEST_NUMBER_1, número TEST_NUMBER_2, number TEST_NUMBER_1",
        engine.redact("number 4471, número 5512, number 4471").text());
  }

  @Test
  void detect_concurrentCalls_giveSameResults() throws Exception {
    PiiEngine engine = builder().build();
    String text = "number 1 número 22 number 333 ".repeat(200);
    List<Detection> expected = engine.detect(text);
    Thread[] threads = new Thread[4];
    AssertionError[] failure = new AssertionError[1];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(() -> {
        for (int k = 0; k < 50; k++) {
          if (!expected.equals(engine.detect(text))) {
            failure[0] = new AssertionError("different result under concurrency");
          }
        }
      });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
  }
}
