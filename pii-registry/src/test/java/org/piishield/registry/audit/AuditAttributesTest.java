package org.piishield.registry.audit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.registry.normalize.FieldType;

class AuditAttributesTest {

  @Test
  void check_enrolmentShapedAttributes_pass() {
    assertDoesNotThrow(() -> AuditAttributes.check(Map.of("people", "6", "rows_rejected", "0",
        "tokens_phone", "7", "key_id", "3fa109c2d4e5f607", "source", "people.csv",
        "source_sha256", "ab".repeat(32))));
    assertDoesNotThrow(() -> AuditAttributes.check(Map.of("person_id", "p-003", "person_ids", "p-001,p-003",
        "field_types", "name,phone", "alerts_critical", "1", "format", "jsonl")));
  }

  @Test
  void allowed_holdsTokensKeyOfEveryFieldType() {
    for (FieldType t : FieldType.values()) {
      assertTrue(AuditAttributes.allowed().contains(AuditAttributes.tokens(t)), t::id);
    }
    assertEquals("alerts_high", AuditAttributes.alerts("high"));
    assertThrows(IllegalArgumentException.class, () -> AuditAttributes.alerts("María"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "full_name|María Hernández",
      "text|know where he lives",
      "PEOPLE|6",
      "tokens_ssn|3"})
  void check_keyOutsideAllowList_throwsWithoutEchoingKeyOrValue(String key, String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AuditAttributes.check(Map.of(key, value)));
    assertFalse(e.getMessage().contains(key) || e.getMessage().contains(value), e::getMessage);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "people|María",
      "people|-1",
      "people|06",
      "bytes|1e9",
      "source_sha256|María Hernández García",
      "source_sha256|ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB",
      "key_id|Hernández",
      "field_types|name,ssn",
      "format|Pepe Ortiz",
      "person_id|' '",
      "person_ids|p-1,,p-2"})
  void check_valueOfWrongShape_throwsNamingKeyNotValue(String key, String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AuditAttributes.check(Map.of(key, value)));
    assertTrue(e.getMessage().contains(key), e::getMessage);
    assertFalse(e.getMessage().contains(value.strip().isEmpty() ? "\u0000" : value), e::getMessage);
  }

  @Test
  void check_controlCharInSource_throws() {
    assertThrows(IllegalArgumentException.class, () -> AuditAttributes.check(Map.of("source", "a\nb")));
  }
}
