package org.piishield.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs on prefixes of the inputs (the generators are the same; 4 MB each would slow the build). */
class BenchmarkInputsTest {

  @ParameterizedTest
  @CsvSource({"mixed, 100000", "noPii, 100000", "denseDigits, 100000", "mixedScript, 100000", "mixedScript, 99999",
      "mixedScript, 12345", "mixed, 1"})
  void documents_anyInput_exactlyRequestedCharsWithoutBrokenSurrogates(String name, int total) {
    String[] docs = BenchmarkInputs.documents(name, total);
    long sum = 0;
    for (String d : docs) {
      assertFalse(d.isEmpty(), name);
      sum += d.length();
      for (int i = 0; i < d.length(); i++) {
        char c = d.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < d.length() && Character.isLowSurrogate(d.charAt(i + 1)), name + " at " + i);
        } else if (Character.isLowSurrogate(c)) {
          assertTrue(i > 0 && Character.isHighSurrogate(d.charAt(i - 1)), name + " at " + i);
        }
      }
    }
    assertEquals(total, sum, name);
  }

  @Test
  void documents_sameName_sameDocuments() {
    assertArrayEquals(BenchmarkInputs.documents("noPii", 50_000), BenchmarkInputs.documents("noPii", 50_000));
  }

  @Test
  void documents_smallerTotal_isPrefixOfLarger() {
    String[] small = BenchmarkInputs.documents("mixed", 20_000);
    String[] large = BenchmarkInputs.documents("mixed", 40_000);
    for (int i = 0; i < small.length - 1; i++) {
      assertEquals(large[i], small[i], "document " + i);
    }
  }

  @Test
  void documents_noPii_hasNoAtSignsOrLongDigitRuns() {
    for (String d : BenchmarkInputs.documents("noPii", 200_000)) {
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

  @Test
  void totalChars_isFourMegabytesOfTwoToTheTwentyChars() {
    assertEquals(4 * 1024 * 1024, BenchmarkInputs.TOTAL_CHARS);
  }
}
