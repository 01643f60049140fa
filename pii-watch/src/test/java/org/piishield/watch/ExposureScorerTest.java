package org.piishield.watch;

import org.piishield.registry.match.RegistryMatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.piishield.registry.normalize.FieldType.ADDRESS;
import static org.piishield.registry.normalize.FieldType.EMAIL;
import static org.piishield.registry.normalize.FieldType.NAME;
import static org.piishield.registry.normalize.FieldType.PHONE;
import static org.piishield.registry.normalize.FieldType.PLATE;
import static org.piishield.registry.normalize.FieldType.RELATIVE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.registry.normalize.FieldType;

class ExposureScorerTest {

  private static final ExposureScorer SCORER = new ExposureScorer();

  private static Set<FieldType> fields(String list) {
    Set<FieldType> out = EnumSet.noneOf(FieldType.class);
    for (String f : list.split("\\+")) {
      out.add(FieldType.valueOf(f.strip().toUpperCase(java.util.Locale.ROOT)));
    }
    return out;
  }

  /** Every severity rule of docs/WATCH.md, with the score the table gives. */
  @ParameterizedTest(name = "{0} threat={1} -> {2} {3}")
  @CsvSource({
      // low: a name alone, a relative's name alone
      "name,                   false, LOW,      0.07",
      "relative,               false, LOW,      0.05",
      // medium: a home address alone
      "address,                false, MEDIUM,   0.33",
      // high: phone, e-mail or plate; two or more fields; a threat with a name or relative alone
      "phone,                  false, HIGH,     0.57",
      "email,                  false, HIGH,     0.55",
      "plate,                  false, HIGH,     0.56",
      "name+email,             false, HIGH,     0.61",
      "relative+address,       false, HIGH,     0.62",
      "address+email,          false, HIGH,     0.62",
      "name,                   true,  HIGH,     0.64",
      "relative,               true,  HIGH,     0.63",
      // critical: a name with address, phone, plate or relative; a threat with address, phone, e-mail, plate
      "name+address,           false, CRITICAL, 0.88",
      "name+phone,             false, CRITICAL, 0.87",
      "name+plate,             false, CRITICAL, 0.86",
      "name+relative,          false, CRITICAL, 0.86",
      "address,                true,  CRITICAL, 0.90",
      "phone,                  true,  CRITICAL, 0.89",
      "email,                  true,  CRITICAL, 0.88",
      "plate,                  true,  CRITICAL, 0.88",
      "name+address+phone+email+plate+relative, false, CRITICAL, 0.96",
      "name+address+phone+email+plate+relative, true,  CRITICAL, 0.97",
  })
  void severityAndScore_rulesTable(String list, boolean threat, Severity severity, double score) {
    Set<FieldType> f = fields(list);
    assertEquals(severity, ExposureScorer.severity(f, threat));
    assertEquals(score, ExposureScorer.score(f, threat), 1e-12);
  }

  /** Every subset of fields, with and without a threat: adding one never lowers severity or score. */
  @Test
  void severityAndScore_allSubsets_monotoneAndInBand() {
    FieldType[] all = FieldType.values();
    for (int mask = 1; mask < 1 << all.length; mask++) {
      for (int t = 0; t < 2; t++) {
        Set<FieldType> f = subset(all, mask);
        boolean threat = t == 1;
        Severity s = ExposureScorer.severity(f, threat);
        double score = ExposureScorer.score(f, threat);
        String msg = f + " threat=" + threat;
        assertTrue(score >= s.ordinal() * 0.25 && score < s.ordinal() * 0.25 + 0.25 || score == 1.0, msg);
        for (FieldType add : all) {
          Set<FieldType> more = EnumSet.copyOf(f);
          more.add(add);
          assertMonotone(s, score, more, threat, msg + " +" + add);
        }
        assertMonotone(s, score, f, true, msg + " +threat");
      }
    }
  }

  private static void assertMonotone(Severity s, double score, Set<FieldType> more, boolean threat, String msg) {
    assertTrue(ExposureScorer.severity(more, threat).isAtLeast(s), msg);
    assertTrue(ExposureScorer.score(more, threat) >= score, msg);
  }

  private static Set<FieldType> subset(FieldType[] all, int mask) {
    Set<FieldType> f = EnumSet.noneOf(FieldType.class);
    for (int i = 0; i < all.length; i++) {
      if ((mask & 1 << i) != 0) {
        f.add(all[i]);
      }
    }
    return f;
  }

  @Test
  void score_hits_fieldsInEnumOrderAndEvidenceSortedDeduplicated() {
    List<RegistryMatch> hits = List.of(
        new RegistryMatch("p-001", PHONE, 60, 74),
        new RegistryMatch("p-001", NAME, 0, 22),
        new RegistryMatch("p-001", NAME, 0, 22),   // reported twice by two name windows
        new RegistryMatch("p-001", NAME, 0, 15),   // a shorter name window inside the longer one
        new RegistryMatch("p-001", ADDRESS, 30, 55),
        new RegistryMatch("p-001", NAME, 100, 108));
    Alert a = SCORER.score("flyer.txt", "p-001", hits, List.of());
    assertEquals("flyer.txt", a.source());
    assertEquals("p-001", a.personId());
    assertEquals(Severity.CRITICAL, a.severity());
    assertEquals(List.of(NAME, ADDRESS, PHONE), a.fields());
    assertEquals(List.of(new Evidence(NAME, 0, 22), new Evidence(ADDRESS, 30, 55), new Evidence(PHONE, 60, 74),
        new Evidence(NAME, 100, 108)), a.evidence());
    assertEquals(ExposureScorer.score(EnumSet.of(NAME, ADDRESS, PHONE), false), a.score());
  }

  @Test
  void score_sameSpanTwoFields_bothKept() {
    // A relative's name that is also an alias of the person: two field types, one span.
    Alert a = SCORER.score("s", "p-9", List.of(new RegistryMatch("p-9", RELATIVE, 5, 9),
        new RegistryMatch("p-9", NAME, 5, 9)), List.of());
    assertEquals(List.of(new Evidence(NAME, 5, 9), new Evidence(RELATIVE, 5, 9)), a.evidence());
  }

  @Test
  void score_threatWithinWindow_counts_oneCharFurther_doesNot() {
    ExposureScorer scorer = new ExposureScorer(10);
    List<RegistryMatch> name = List.of(new RegistryMatch("p-1", NAME, 100, 110));
    assertEquals(Severity.HIGH, scorer.score("s", "p-1", name, List.of(new ThreatSpan(120, 125))).severity());
    assertEquals(Severity.LOW, scorer.score("s", "p-1", name, List.of(new ThreatSpan(121, 126))).severity());
    assertEquals(Severity.HIGH, scorer.score("s", "p-1", name, List.of(new ThreatSpan(85, 90))).severity());
    assertEquals(Severity.LOW, scorer.score("s", "p-1", name, List.of(new ThreatSpan(84, 89))).severity());
    assertEquals(Severity.HIGH, scorer.score("s", "p-1", name, List.of(new ThreatSpan(104, 106))).severity());
    assertEquals(Severity.LOW, scorer.score("s", "p-1", name,
        List.of(new ThreatSpan(0, 5), new ThreatSpan(60, 89), new ThreatSpan(121, 130))).severity());
    assertEquals(Severity.HIGH, scorer.score("s", "p-1", name,
        List.of(new ThreatSpan(0, 5), new ThreatSpan(60, 89), new ThreatSpan(115, 130))).severity());
  }

  @Test
  void score_threatNearAnyOfThePersonsSpans_counts() {
    ExposureScorer scorer = new ExposureScorer(10);
    List<RegistryMatch> hits = List.of(new RegistryMatch("p-1", NAME, 0, 5), new RegistryMatch("p-1", ADDRESS, 500, 520));
    assertEquals(0.9, scorer.score("s", "p-1", hits, List.of(new ThreatSpan(525, 530))).score(), 0.1);
    assertTrue(scorer.score("s", "p-1", hits, List.of(new ThreatSpan(525, 530))).score()
        > scorer.score("s", "p-1", hits, List.of(new ThreatSpan(250, 260))).score());
  }

  @Test
  void score_badInput_rejectedWithoutText() {
    assertThrows(IllegalArgumentException.class, () -> SCORER.score("s", "p-1", List.of(), List.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SCORER.score("s", "p-1", List.of(new RegistryMatch("p-2", NAME, 0, 4)), List.of()));
    assertEquals("hit of p-2 scored for p-1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ExposureScorer(-1));
    assertThrows(IllegalArgumentException.class, () -> new RegistryMatch("p-1", NAME, 4, 4));
    assertThrows(IllegalArgumentException.class, () -> new RegistryMatch("", NAME, 0, 4));
  }

  /**
   * Seeded random hit sets and threat spans: adding a hit or a threat never lowers severity or score, the
   * score stays in its severity's band, evidence stays sorted. Prints the seed on failure.
   */
  @Test
  void score_randomHitSets_monotoneInvariant() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    FieldType[] types = FieldType.values();
    for (int iter = 0; iter < 2_000; iter++) {
      ExposureScorer scorer = new ExposureScorer(r.nextInt(300));
      List<RegistryMatch> hits = new ArrayList<>();
      for (int k = 1 + r.nextInt(6); k > 0; k--) {
        hits.add(randomHit(r, types));
      }
      List<ThreatSpan> threats = randomThreats(r);
      Alert before = scorer.score("doc", "p-1", hits, threats);
      String msg = "seed " + seed + " iter " + iter + " hits " + hits + " threats " + threats;
      assertInBand(before, msg);
      List<RegistryMatch> moreHits = new ArrayList<>(hits);
      moreHits.add(randomHit(r, types));
      Alert afterHit = scorer.score("doc", "p-1", moreHits, threats);
      assertInBand(afterHit, msg);
      assertTrue(afterHit.severity().isAtLeast(before.severity()) && afterHit.score() >= before.score(),
          msg + " +hit " + moreHits.get(moreHits.size() - 1));
      List<ThreatSpan> moreThreats = new ArrayList<>(threats);
      int start = threats.isEmpty() ? r.nextInt(2000) : threats.get(threats.size() - 1).end() + r.nextInt(200);
      moreThreats.add(new ThreatSpan(start, start + 1 + r.nextInt(30)));
      Alert afterThreat = scorer.score("doc", "p-1", hits, moreThreats);
      assertTrue(afterThreat.severity().isAtLeast(before.severity()) && afterThreat.score() >= before.score(),
          msg + " +threat");
      for (int i = 1; i < before.evidence().size(); i++) {
        assertTrue(Evidence.ORDER.compare(before.evidence().get(i - 1), before.evidence().get(i)) < 0, msg);
      }
    }
  }

  private static RegistryMatch randomHit(Random r, FieldType[] types) {
    int start = r.nextInt(2000);
    return new RegistryMatch("p-1", types[r.nextInt(types.length)], start, start + 1 + r.nextInt(40));
  }

  private static List<ThreatSpan> randomThreats(Random r) {
    List<ThreatSpan> out = new ArrayList<>();
    int at = r.nextInt(500);
    for (int k = r.nextInt(4); k > 0; k--) {
      int end = at + 1 + r.nextInt(30);
      out.add(new ThreatSpan(at, end));
      at = end + r.nextInt(600);
    }
    return out;
  }

  private static void assertInBand(Alert a, String msg) {
    double low = a.severity().ordinal() * 0.25;
    assertTrue(a.score() >= low && a.score() < low + 0.25, msg + " alert " + a);
  }
}
