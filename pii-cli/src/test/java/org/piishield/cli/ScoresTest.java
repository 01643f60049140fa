package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoresTest {

  @ParameterizedTest
  @CsvSource({"0.9, 0.90", "1.0, 1.00", "0, 0.00", "0.855, 0.855", "0.85, 0.85", "0.4, 0.40", "0.12345, 0.123",
      "0.9996, 1.00", "0.3333333, 0.333"})
  void format_score_twoOrThreeDecimals(double score, String expected) {
    assertEquals(expected, Scores.format(score));
  }
}
