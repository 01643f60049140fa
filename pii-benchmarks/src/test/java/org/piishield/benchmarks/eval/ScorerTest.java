package org.piishield.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.piishield.detect.EntityType.EMAIL;
import static org.piishield.detect.EntityType.LICENSE_PLATE;
import static org.piishield.detect.EntityType.LOCATION;
import static org.piishield.detect.EntityType.PERSON;
import static org.piishield.detect.EntityType.US_STREET_ADDRESS;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;

/**
 * Hand-made gold and predictions over two documents; every expected number is worked out in the comments.
 *
 * <pre>
 * doc 1 gold: PER [0,8)  GPE [20,27)  ADDR [30,50)  AGE [60,62) (unscored)
 * doc 1 pred: PERSON [0,3)           overlaps PER only
 *             LOCATION [20,27)       exact GPE
 *             US_STREET_ADDRESS [30,50)  exact ADDR
 *             LOCATION [45,55)       overlaps ADDR, matches nothing exactly
 *             EMAIL [70,80)          type not scored here
 *             PERSON [100,105)       matches nothing
 *             LICENSE_PLATE [60,62)  type not scored, on the AGE span
 * doc 2 gold: PER [0,5)  PER [10,15)
 * doc 2 pred: PERSON [0,5)  PERSON [10,12)  PERSON [13,15)
 * </pre>
 */
class ScorerTest {

  private static final double EPS = 1e-9;

  private static final DatasetSchema SCHEMA = DatasetSchema.newBuilder("test", "Test", Language.EN)
      .category("PERSON", List.of(PERSON), "PER")
      .category("ADDRESS", List.of(US_STREET_ADDRESS, LOCATION), "ADDR")
      .category("LOCATION", List.of(LOCATION), "GPE")
      .unscored("AGE", "ages")
      .build();

  private ScoreReport report;

  @BeforeEach
  void score() {
    Scorer s = new Scorer(SCHEMA);
    s.add(List.of(GoldSpan.of("PER", 0, 8), GoldSpan.of("GPE", 20, 27), GoldSpan.of("ADDR", 30, 50),
            GoldSpan.of("AGE", 60, 62)),
        List.of(p(0, 3, PERSON), p(20, 27, LOCATION), p(30, 50, US_STREET_ADDRESS), p(45, 55, LOCATION),
            p(70, 80, EMAIL), p(100, 105, PERSON), p(60, 62, LICENSE_PLATE)));
    s.add(List.of(GoldSpan.of("PER", 0, 5), GoldSpan.of("PER", 10, 15)),
        List.of(p(0, 5, PERSON), p(10, 12, PERSON), p(13, 15, PERSON)));
    report = s.report();
  }

  private static PredictedSpan p(int start, int end, EntityType type) {
    return new PredictedSpan(start, end, type);
  }

  @Test
  void overlap_person_partialAndSplitNamesFoundOneFalsePositive() {
    // 3 names all overlapped; 5 PERSON predictions, only [100,105) wrong
    Counts c = report.counts("PERSON", MatchRule.OVERLAP);
    assertEquals(new Counts(3, 5, 3, 1, 0), c);
    assertEquals(0.8, c.precision(), EPS);
    assertEquals(1.0, c.recall(), EPS);
    assertEquals(2 * 0.8 / 1.8, c.f1(), EPS);
  }

  @Test
  void overlap_address_locationInsideAddressCountsForAddress() {
    // [30,50) and LOCATION [45,55) both hit ADDR; LOCATION [20,27) is not charged to ADDRESS
    assertEquals(new Counts(1, 2, 1, 0, 0), report.counts("ADDRESS", MatchRule.OVERLAP));
  }

  @Test
  void overlap_location_locationThatFoundAnAddressIsNoFalsePositive() {
    assertEquals(new Counts(1, 1, 1, 0, 0), report.counts("LOCATION", MatchRule.OVERLAP));
  }

  @Test
  void exact_person_onlyExactBoundariesCount() {
    // found: doc 2 [0,5); missed: [0,8) and [10,15); wrong: [0,3) [100,105) [10,12) [13,15)
    Counts c = report.counts("PERSON", MatchRule.EXACT);
    assertEquals(new Counts(3, 5, 1, 4, 2), c);
    assertEquals(0.2, c.precision(), EPS);
    assertEquals(1.0 / 3, c.recall(), EPS);
    assertEquals(0.25, c.f1(), EPS);
  }

  @Test
  void exact_location_unmatchedLocationChargedToPrimaryCategory() {
    // LOCATION [45,55) matches nothing exactly: one FP for LOCATION (1 type), none for ADDRESS (2 types)
    Counts loc = report.counts("LOCATION", MatchRule.EXACT);
    assertEquals(new Counts(1, 2, 1, 1, 0), loc);
    assertEquals(0.5, loc.precision(), EPS);
    assertEquals(2 * 0.5 / 1.5, loc.f1(), EPS);
    assertEquals(new Counts(1, 1, 1, 0, 0), report.counts("ADDRESS", MatchRule.EXACT));
  }

  @Test
  void allPii_overlap_ignoresTypesAndUnscoredGoldIsNoFalseAlarm() {
    // gold: 5 scored entities, all overlapped; 10 predictions, wrong: EMAIL [70,80), PERSON [100,105)
    Counts c = report.allPii().get(MatchRule.OVERLAP);
    assertEquals(new Counts(5, 10, 5, 2, 0), c);
    assertEquals(0.8, c.precision(), EPS);
    assertEquals(1.0, c.recall(), EPS);
  }

  @Test
  void allPii_exact_countsExactBoundariesOfAnyType() {
    // found: GPE, ADDR, doc 2 [0,5); wrong: [0,3) [45,55) [70,80) [100,105) [10,12) [13,15)
    Counts c = report.allPii().get(MatchRule.EXACT);
    assertEquals(new Counts(5, 10, 3, 6, 2), c);
    assertEquals(0.4, c.precision(), EPS);
    assertEquals(0.6, c.recall(), EPS);
    assertEquals(0.48, c.f1(), EPS);
  }

  @Test
  void unscoredPredictions_tallyPerTypeWithOverlapCount() {
    assertEquals(Map.of(EMAIL, new ScoreReport.UnscoredType(1, 0), LICENSE_PLATE, new ScoreReport.UnscoredType(1, 1)),
        report.unscoredPredictions());
  }

  @Test
  void goldByLabel_countsEveryLabelScoredOrNot() {
    assertEquals(Map.of("PER", 3, "GPE", 1, "ADDR", 1, "AGE", 1), report.goldByLabel());
    assertEquals(2, report.documents());
    assertEquals(List.of(), report.unmappedLabels());
  }

  @Test
  void add_unmappedLabel_reportedNotScored() {
    Scorer s = new Scorer(SCHEMA);
    s.add(List.of(GoldSpan.of("FOO", 0, 4), GoldSpan.of("PER", 10, 14)), List.of(p(0, 4, PERSON)));
    ScoreReport r = s.report();
    assertEquals(List.of("FOO"), r.unmappedLabels());
    // the PERSON on FOO is an FP for PERSON (typed) but not for "all PII"
    assertEquals(new Counts(1, 1, 0, 1, 1), r.counts("PERSON", MatchRule.OVERLAP));
    assertEquals(new Counts(1, 1, 0, 0, 1), r.allPii().get(MatchRule.OVERLAP));
  }

  @Test
  void add_discontinuousGold_overlapWithGapIsNoMatch() {
    Scorer s = new Scorer(SCHEMA);
    GoldSpan street = new GoldSpan("ADDR", List.of(new TextRange(0, 10), new TextRange(20, 25)));
    s.add(List.of(street), List.of(p(12, 18, US_STREET_ADDRESS), p(0, 25, US_STREET_ADDRESS)));
    ScoreReport r = s.report();
    // [0,25) equals the entity's extent; [12,18) lies in the gap
    assertEquals(new Counts(1, 2, 1, 1, 0), r.counts("ADDRESS", MatchRule.EXACT));
    assertEquals(new Counts(1, 2, 1, 1, 0), r.counts("ADDRESS", MatchRule.OVERLAP));
  }
}
