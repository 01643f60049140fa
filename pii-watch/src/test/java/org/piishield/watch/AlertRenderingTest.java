package org.piishield.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.piishield.registry.normalize.FieldType.ADDRESS;
import static org.piishield.registry.normalize.FieldType.NAME;
import static org.piishield.registry.normalize.FieldType.PHONE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.piishield.text.Json;

/** Golden strings for {@link AlertJson} and {@link AlertText}. */
class AlertRenderingTest {

  private static final Alert CRITICAL = new Alert("flyer-en.txt", "p-002", Severity.CRITICAL, 0.88,
      List.of(NAME, ADDRESS), List.of(new Evidence(NAME, 0, 14), new Evidence(ADDRESS, 24, 35)));

  @Test
  void toJson_golden_keysInContractOrder() {
    assertEquals("{\"source\":\"flyer-en.txt\",\"person_id\":\"p-002\",\"severity\":\"critical\",\"score\":0.88,"
        + "\"fields\":[\"name\",\"address\"],\"evidence\":[{\"field\":\"name\",\"start\":0,\"end\":14},"
        + "{\"field\":\"address\",\"start\":24,\"end\":35}]}", AlertJson.toJson(CRITICAL));
  }

  @Test
  void toJson_quotesSourceAndPadsScore() {
    Alert a = new Alert("dir\\a \"b\".txt", "p-1", Severity.LOW, 0.1, List.of(NAME),
        List.of(new Evidence(NAME, 3, 7)));
    assertEquals("{\"source\":\"dir\\\\a \\\"b\\\".txt\",\"person_id\":\"p-1\",\"severity\":\"low\",\"score\":0.10,"
        + "\"fields\":[\"name\"],\"evidence\":[{\"field\":\"name\",\"start\":3,\"end\":7}]}", AlertJson.toJson(a));
  }

  @Test
  void toJson_parsesBackWithTheSameValues() {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) Json.parse(AlertJson.toJson(CRITICAL));
    assertEquals(List.of("source", "person_id", "severity", "score", "fields", "evidence"), List.copyOf(m.keySet()));
    assertEquals(0.88, m.get("score"));
    assertEquals(List.of("name", "address"), m.get("fields"));
  }

  @Test
  void append_addsToTheBuilder() {
    StringBuilder sb = new StringBuilder("[");
    AlertJson.append(CRITICAL, sb).append(']');
    assertEquals("[" + AlertJson.toJson(CRITICAL) + "]", sb.toString());
  }

  @Test
  void formatScore_twoDecimals() {
    assertEquals("0.00", AlertJson.formatScore(0));
    assertEquals("0.07", AlertJson.formatScore(0.07));
    assertEquals("0.90", AlertJson.formatScore(0.9));
    assertEquals("1.00", AlertJson.formatScore(1));
  }

  @Test
  void line_golden() {
    assertEquals("flyer-en.txt  p-002  critical  0.88  name,address  name@0-14,address@24-35",
        AlertText.line(CRITICAL));
    Alert three = new Alert("posts/es/1.txt", "p-001", Severity.CRITICAL, 0.92, List.of(NAME, ADDRESS, PHONE),
        List.of(new Evidence(NAME, 120, 134), new Evidence(ADDRESS, 150, 176), new Evidence(PHONE, 190, 204)));
    assertEquals("posts/es/1.txt  p-001  critical  0.92  name,address,phone  "
        + "name@120-134,address@150-176,phone@190-204", AlertText.line(three));
  }
}
