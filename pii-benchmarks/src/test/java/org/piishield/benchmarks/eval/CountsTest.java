package org.piishield.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountsTest {

  private static final double EPS = 1e-9;

  @Test
  void scores_typicalCounts_matchHandComputed() {
    Counts c = new Counts(4, 5, 3, 1, 1);
    assertEquals(0.8, c.precision(), EPS);
    assertEquals(0.75, c.recall(), EPS);
    assertEquals(2 * 0.8 * 0.75 / 1.55, c.f1(), EPS);
  }

  @Test
  void scores_nothingPredicted_precisionUndefinedF1Zero() {
    Counts c = new Counts(3, 0, 0, 0, 3);
    assertTrue(Double.isNaN(c.precision()));
    assertEquals(0.0, c.recall(), EPS);
    assertEquals(0.0, c.f1(), EPS);
  }

  @Test
  void scores_noGoldNoPrediction_allUndefined() {
    assertTrue(Double.isNaN(Counts.ZERO.precision()));
    assertTrue(Double.isNaN(Counts.ZERO.recall()));
    assertTrue(Double.isNaN(Counts.ZERO.f1()));
  }

  @Test
  void scores_onlyFalsePositives_allZeroOrUndefined() {
    Counts c = new Counts(0, 2, 0, 2, 0);
    assertEquals(0.0, c.precision(), EPS);
    assertTrue(Double.isNaN(c.recall()));
    assertEquals(0.0, c.f1(), EPS);
  }

  @Test
  void plus_addsEachCount() {
    assertEquals(new Counts(5, 7, 4, 2, 1), new Counts(4, 5, 3, 1, 1).plus(new Counts(1, 2, 1, 1, 0)));
  }

  @Test
  void new_inconsistentCounts_throws() {
    assertThrows(IllegalArgumentException.class, () -> new Counts(4, 5, 3, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Counts(1, 1, 1, 2, 0));
  }
}
