package org.piishield.recognizers.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;
import org.piishield.testing.LocalNerService;

/**
 * The recognizer against a real HTTP server on 127.0.0.1 ({@link LocalNerService}) playing the user's model. All
 * names are synthetic.
 */
class ExternalModelRecognizerTest {

  // "Agent " is 6 chars, "Ana Ruiz" 8, " moved to " 10, "Madrid" 6
  private static final String MEMO = "Agent Ana Ruiz moved to Madrid.";

  private static ExternalModelConfig config(String url, String extra) {
    return ExternalModelConfig.parse("{\"url\": \"" + url + "\", \"types\": {\"PER\": \"PERSON\", \"LOC\": \"LOCATION\","
        + " \"ORG\": \"ORGANIZATION\"}" + extra + "}", "model.json");
  }

  private static List<Detection> detect(ExternalModelConfig config, String text, Language lang) {
    PiiEngine engine = PiiEngine.newBuilder().recognizers(List.of(new ExternalModelRecognizer(config)))
        .scoreThreshold(0).build();
    return engine.detect(text, lang);
  }

  private static String spans(List<Detection> found) {
    List<String> out = new ArrayList<>();
    for (Detection d : found) {
      out.add(d.type() + "[" + d.start() + "," + d.end() + ")");
    }
    return String.join(" ", out);
  }

  @Test
  void detect_shortText_mapsLabelsToTypesAtExactOffsets() throws IOException {
    try (LocalNerService model = LocalNerService.start().phrase("Ana Ruiz", "PER").phrase("Madrid", "LOC")) {
      List<Detection> found = detect(config(model.url(), ""), MEMO, Language.EN);

      assertEquals("PERSON[6,14) LOCATION[24,30)", spans(found));
      assertEquals("Ana Ruiz", MEMO.substring(6, 14));
      assertEquals(ExternalModelConfig.DEFAULT_NAME, found.get(0).recognizer());
      assertEquals(0.9, found.get(0).score(), 1e-9);
      assertEquals(List.of(MEMO), model.texts());
      assertEquals(List.of("en"), model.languages());
    }
  }

  @Test
  void detect_longText_sendsWhitespaceCutPiecesAndShiftsOffsets() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      sb.append("Memo ").append(i).append(": Ana Ruiz at Madrid office.\n");
    }
    String text = sb.toString();
    try (LocalNerService model = LocalNerService.start().phrase("Ana Ruiz", "PER").phrase("Madrid", "LOC")) {
      List<Detection> found = detect(config(model.url(), ", \"maxChars\": 40"), text, Language.EN);

      List<String> pieces = model.texts();
      assertTrue(pieces.size() >= text.length() / 40, "pieces: " + pieces.size());
      assertEquals(text, String.join("", pieces));
      for (String p : pieces) {
        assertTrue(p.length() <= 40, "piece of " + p.length());
        assertTrue(Character.isWhitespace(p.charAt(p.length() - 1)), "piece cut inside a word at " + p.length());
      }
      List<String> expected = new ArrayList<>();
      for (int at = text.indexOf("Ana Ruiz"); at >= 0; at = text.indexOf("Ana Ruiz", at + 1)) {
        expected.add("PERSON[" + at + "," + (at + 8) + ")");
        int m = text.indexOf("Madrid", at);
        expected.add("LOCATION[" + m + "," + (m + 6) + ")");
      }
      assertEquals(24, expected.size());
      assertEquals(String.join(" ", expected), spans(found));
    }
  }

  @Test
  void detect_codePointOffsets_areConvertedToUtf16() throws IOException {
    // the emoji is one code point but two UTF-16 chars: "Ana Ruiz" is at code points [2, 10), chars [3, 11)
    String text = "\uD83D\uDE00 Ana Ruiz";
    try (LocalNerService model = LocalNerService.start().phrase("Ana Ruiz", "PER").countCodePoints()) {
      List<Detection> found = detect(config(model.url(), ", \"offsets\": \"codepoints\""), text, Language.EN);

      assertEquals("PERSON[3,11)", spans(found));
    }
  }

  @Test
  void detect_codePointOffsetsReadAsUtf16_failsOnTheSplitPair() throws IOException {
    String text = "\uD83D\uDE00\uD83D\uDE00 Ana";
    try (LocalNerService model = LocalNerService.start().answer(200, "[{\"start\":1,\"end\":3,\"type\":\"PER\"}]")) {
      ExternalModelException e = assertThrows(ExternalModelException.class,
          () -> detect(config(model.url(), ""), text, Language.EN));

      assertTrue(e.getMessage().contains("surrogate pair"), e.getMessage());
    }
  }

  @Test
  void detect_spanishText_sendsLanguageAndSkipsUnsupportedLanguages() throws IOException {
    try (LocalNerService model = LocalNerService.start().phrase("Ana Ruiz", "PER")) {
      assertEquals(0, detect(config(model.url(), ""), "La agente Ana Ruiz.", Language.ES).size());
      assertEquals(List.of(), model.texts());

      List<Detection> found = detect(config(model.url(), ", \"languages\": [\"en\", \"es\"]"), "La agente Ana Ruiz.",
          Language.ES);

      assertEquals("PERSON[10,18)", spans(found));
      assertEquals(List.of("es"), model.languages());
    }
  }

  @Test
  void detect_ignoredTypeAndMissingScore_dropsOneAndScoresTheOtherByDefault() throws IOException {
    String body = "[{\"start\":0,\"end\":5,\"type\":\"MISC\",\"score\":0.5},{\"start\":6,\"end\":14,\"type\":\"PER\"}]";
    try (LocalNerService model = LocalNerService.start().answer(200, body)) {
      List<Detection> found = detect(config(model.url(), ", \"ignoreTypes\": [\"MISC\"], \"defaultScore\": 0.7"),
          MEMO, Language.EN);

      assertEquals("PERSON[6,14)", spans(found));
      assertEquals(0.7, found.get(0).score(), 1e-9);
    }
  }

  @Test
  void detect_badAnswers_failNamingServiceAndProblemButNotText() throws IOException {
    String[][] cases = {
        {"200", "[{\"start\":6,\"end\":14,\"type\":\"PER\"", "answered malformed JSON (at offset 33)"},
        {"200", "{\"spans\": []}", "not a list of spans"},
        {"200", "[{\"start\":6,\"end\":99,\"type\":\"PER\"}]", "span 0 [6, 99) is not inside the 31 chars sent"},
        {"200", "[{\"start\":6,\"end\":6,\"type\":\"PER\"}]", "span 0 [6, 6) is not inside"},
        {"200", "[{\"start\":-1,\"end\":6,\"type\":\"PER\"}]", "span 0 has no whole, non-negative \"start\""},
        {"200", "[{\"start\":0,\"end\":5,\"type\":\"PER\"},{\"start\":6,\"end\":14,\"type\":\"GPE\"}]",
            "span 1 has the unknown type 'GPE'"},
        {"200", "[{\"start\":6,\"end\":14,\"type\":\"PER\",\"score\":1.5}]", "span 0 has a \"score\" that is not"},
        {"200", "[{\"start\":6,\"end\":14}]", "span 0 has no \"type\" string"},
        {"500", "error while reading Agent Ana Ruiz", "answered HTTP 500 instead of 200"},
    };
    for (String[] c : cases) {
      try (LocalNerService model = LocalNerService.start().answer(Integer.parseInt(c[0]), c[1])) {
        ExternalModelException e = assertThrows(ExternalModelException.class,
            () -> detect(config(model.url(), ""), MEMO, Language.EN), c[1]);

        assertEquals("external model 'external_model' at " + model.url() + ": ", e.getMessage().substring(0,
            e.getMessage().indexOf(": ") + 2), e.getMessage());
        assertTrue(e.getMessage().contains(c[2]), c[1] + " -> " + e.getMessage());
        assertFalse(e.getMessage().contains("Ruiz"), e.getMessage());
      }
    }
  }

  @Test
  void detect_serviceNeverAnswers_failsWithTimeout() throws IOException {
    try (LocalNerService model = LocalNerService.start().hang()) {
      ExternalModelException e = assertThrows(ExternalModelException.class,
          () -> detect(config(model.url(), ", \"timeoutMillis\": 200"), MEMO, Language.EN));

      assertEquals("external model 'external_model' at " + model.url() + ": no answer within 200 ms (timeoutMillis)",
          e.getMessage());
    }
  }

  @Test
  void detect_serviceDown_failsWithConnectionRefused() throws IOException {
    String url;
    try (LocalNerService model = LocalNerService.start()) {
      url = model.url();
    }
    ExternalModelException e = assertThrows(ExternalModelException.class,
        () -> detect(config(url, ""), MEMO, Language.EN));

    assertEquals("external model 'external_model' at " + url + ": connection refused (is the service running?)",
        e.getMessage());
  }

  @Test
  void entityTypes_areTheMappedTypes() {
    ExternalModelRecognizer r = new ExternalModelRecognizer(config("http://127.0.0.1:9/ner", ""));

    assertEquals(java.util.Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION), r.entityTypes());
    assertTrue(r.supports(Language.EN));
    assertFalse(r.supports(Language.ES));
  }
}
