package org.piishield.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BenchmarkInputsTest {

  @ParameterizedTest
  @ValueSource(strings = {"mixed", "noPii", "denseDigits", "mixedScript"})
  void documents_anyInput_exactlyTotalCharsWithoutBrokenSurrogates(String name) {
    String[] docs = BenchmarkInputs.documents(name);
    long total = 0;
    for (String d : docs) {
      assertFalse(d.isEmpty(), name);
      total += d.length();
      for (int i = 0; i < d.length(); i++) {
        char c = d.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < d.length() && Character.isLowSurrogate(d.charAt(i + 1)), name + " at " + i);
        } else if (Character.isLowSurrogate(c)) {
          assertTrue(i > 0 && Character.isHighSurrogate(d.charAt(i - 1)), name + " at " + i);
        }
      }
    }
    assertEquals(BenchmarkInputs.TOTAL_CHARS, total, name);
    assertTrue(docs.length > 500, name + " has " + docs.length + " documents");
  }

  @Test
  void documents_sameName_sameDocuments() {
    assertArrayEquals(BenchmarkInputs.documents("noPii"), BenchmarkInputs.documents("noPii"));
  }

  @Test
  void documents_noPii_hasNoAtSignsOrLongDigitRuns() {
    for (String d : BenchmarkInputs.documents("noPii")) {
      assertEquals(-1, d.indexOf('@'));
      int run = 0;
      for (int i = 0; i < d.length(); i++) {
        run = Character.isDigit(d.charAt(i)) ? run + 1 : 0;
        assertTrue(run <= 3, "digit run at " + i);
      }
    }
  }

  @Test
  void documents_unknownName_throws() {
    assertThrows(IllegalArgumentException.class, () -> BenchmarkInputs.documents("ascii"));
  }
}
