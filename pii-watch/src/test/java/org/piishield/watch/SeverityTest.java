package org.piishield.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityTest {

  @ParameterizedTest
  @CsvSource({"critical, CRITICAL", "HIGH, HIGH", "' Medium ', MEDIUM", "low, LOW"})
  void parse_anyCase_trimmed(String text, Severity expected) {
    assertEquals(expected, Severity.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "severe", "crit", "hi gh", "1"})
  void parse_unknown_errorListsAllowedValues(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Severity.parse(text));
    assertEquals("unknown severity '" + text + "'; allowed: critical, high, medium, low", e.getMessage());
  }

  @Test
  void parse_null_errorListsAllowedValues() {
    assertThrows(IllegalArgumentException.class, () -> Severity.parse(null));
  }

  @Test
  void ids_lowerCaseAndRoundTrip() {
    assertEquals(List.of("low", "medium", "high", "critical"), Stream.of(Severity.values()).map(Severity::id).toList());
    for (Severity s : Severity.values()) {
      assertEquals(s, Severity.parse(s.id()));
    }
  }

  @Test
  void isAtLeast_ordersBySeverity() {
    assertTrue(Severity.CRITICAL.isAtLeast(Severity.HIGH));
    assertTrue(Severity.MEDIUM.isAtLeast(Severity.MEDIUM));
    assertFalse(Severity.LOW.isAtLeast(Severity.MEDIUM));
    assertTrue(Severity.HIGH.compareTo(Severity.MEDIUM) > 0);
  }
}
