package org.piishield.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresidioSynthReaderTest {

  // synthetic sample in the shape of presidio-research's synth_dataset_v2.json
  private static final String SAMPLE = """
      [
       {"full_text": "\\ud83d\\ude00 Ana Ruiz, ana@example.org",
        "masked": "\\ud83d\\ude00 {{PERSON}}, {{EMAIL_ADDRESS}}",
        "spans": [
          {"entity_type": "EMAIL_ADDRESS", "entity_value": "ana@example.org", "start_position": 12, "end_position": 27},
          {"entity_type": "PERSON", "entity_value": "Ana Ruiz", "start_position": 2, "end_position": 10}
        ],
        "template_id": 7, "metadata": null},
       {"full_text": "Nothing here.", "spans": [], "template_id": 8, "metadata": null}
      ]
      """;

  @Test
  void parse_textWithAstralCharacter_convertsCodePointOffsetsToUtf16() {
    List<GoldDocument> docs = PresidioSynthReader.parse(SAMPLE);
    assertEquals(2, docs.size());
    GoldDocument d = docs.get(0);
    assertEquals("sample-0", d.id());
    assertEquals(List.of(GoldSpan.of("EMAIL_ADDRESS", 13, 28), GoldSpan.of("PERSON", 3, 11)), d.spans());
    assertEquals("Ana Ruiz", d.text().substring(3, 11));
    assertEquals("ana@example.org", d.text().substring(13, 28));
  }

  @Test
  void parse_sampleWithoutSpans_givesEmptyDocument() {
    GoldDocument d = PresidioSynthReader.parse(SAMPLE).get(1);
    assertEquals("Nothing here.", d.text());
    assertTrue(d.spans().isEmpty());
  }

  @Test
  void parse_valueNotAtOffsets_throwsWithoutTheValue() {
    String json = "[{\"full_text\": \"Ana Ruiz.\", \"spans\": [{\"entity_type\": \"PERSON\", "
        + "\"entity_value\": \"Ana Ruiz\", \"start_position\": 1, \"end_position\": 9}]}]";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PresidioSynthReader.parse(json));
    assertTrue(e.getMessage().contains("sample 0, span 0"), e.getMessage());
    assertFalse(e.getMessage().contains("Ruiz"), e.getMessage());
  }

  @Test
  void parse_offsetBeyondText_throwsNamingSample() {
    String json = "[{\"full_text\": \"Ana\", \"spans\": [{\"entity_type\": \"PERSON\", "
        + "\"start_position\": 0, \"end_position\": 4}]}]";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PresidioSynthReader.parse(json));
    assertTrue(e.getMessage().startsWith("sample 0, span 0"), e.getMessage());
  }

  @Test
  void parse_notAnArray_throws() {
    assertThrows(IllegalArgumentException.class, () -> PresidioSynthReader.parse("{\"full_text\": \"x\"}"));
  }
}
