package org.piishield.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.piishield.detect.EntityType.LOCATION;
import static org.piishield.detect.EntityType.ORGANIZATION;
import static org.piishield.detect.EntityType.PERSON;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;

class TokenScorerTest {

  private static final DatasetSchema SCHEMA = DatasetSchema.newBuilder("t", "t", Language.EN)
      .category("PERSON", List.of(PERSON), "PER")
      .category("LOCATION", List.of(LOCATION), "LOC")
      .category("ORGANIZATION", List.of(ORGANIZATION, LOCATION), "ORG")
      .build();

  private static PredictedSpan p(int s, int e, EntityType t) {
    return new PredictedSpan(s, e, t);
  }

  private static Counts counts(Map<Category, Counts> r, String name) {
    for (Map.Entry<Category, Counts> e : r.entrySet()) {
      if (e.getKey().name().equals(name)) {
        return e.getValue();
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void partialName_partialCredit() {
    //            0         1         2         3         4
    //            0123456789012345678901234567890123456789012345
    String text = "Maria Ruiz Peña lives in Toledo, not in Paris.";
    TokenScorer s = new TokenScorer(SCHEMA);
    s.add(text, List.of(GoldSpan.of("PER", 0, 15), GoldSpan.of("LOC", 25, 31)),
        List.of(p(0, 10, PERSON), p(25, 31, LOCATION), p(40, 45, LOCATION)));
    Map<Category, Counts> r = s.report();
    assertEquals(new Counts(3, 2, 2, 0, 1), counts(r, "PERSON"));
    // Paris is a false positive of LOCATION, its primary category; ORGANIZATION is not charged
    assertEquals(new Counts(1, 2, 1, 1, 0), counts(r, "LOCATION"));
    assertEquals(new Counts(0, 0, 0, 0, 0), counts(r, "ORGANIZATION"));
  }

  @Test
  void acceptedTypeOnGoldToken_countsForTheGoldCategory() {
    //            0         1         2
    //            012345678901234567890123456
    String text = "Hospital Universitario Getafe";
    TokenScorer s = new TokenScorer(SCHEMA);
    s.add(text, List.of(GoldSpan.of("ORG", 0, 29)), List.of(p(23, 29, LOCATION)));
    Map<Category, Counts> r = s.report();
    assertEquals(new Counts(3, 1, 1, 0, 2), counts(r, "ORGANIZATION"));
    // the place inside the hospital name is no LOCATION false positive (it is gold ORGANIZATION, which
    // accepts LOCATION), as at entity level
    assertEquals(new Counts(0, 0, 0, 0, 0), counts(r, "LOCATION"));
  }
}
