package org.piishield.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;

class OverlapResolverTest {

  private static Detection d(int s, int e, EntityType t, double score) {
    return new Detection(s, e, t, score, "r", null);
  }

  private final OverlapResolver resolver = new OverlapResolver(ResolutionPolicy.SCORE_THEN_LENGTH);

  @Test
  void resolve_higherScoreWins() {
    Detection phone = d(5, 17, EntityType.PHONE_NUMBER, 0.7);
    Detection ssn = d(8, 17, EntityType.US_SSN, 0.9);
    assertEquals(List.of(ssn), resolver.resolve(List.of(phone, ssn)));
  }

  @Test
  void resolve_equalScore_longerSpanWins() {
    Detection addr = d(0, 30, EntityType.US_STREET_ADDRESS, 0.8);
    Detection person = d(10, 16, EntityType.PERSON, 0.8);
    assertEquals(List.of(addr), resolver.resolve(List.of(person, addr)));
  }

  @Test
  void resolve_equalScoreAndLength_typePriorityWins() {
    Detection date = d(0, 10, EntityType.DATE, 0.8);
    Detection dob = d(0, 10, EntityType.DATE_OF_BIRTH, 0.8);
    assertEquals(List.of(dob), resolver.resolve(List.of(date, dob)));
  }

  @Test
  void resolve_lengthThenScore_longerWinsOverHigherScore() {
    Detection addr = d(0, 30, EntityType.US_STREET_ADDRESS, 0.6);
    Detection person = d(10, 16, EntityType.PERSON, 0.9);
    assertEquals(List.of(addr), new OverlapResolver(ResolutionPolicy.LENGTH_THEN_SCORE).resolve(List.of(person, addr)));
  }

  @Test
  void resolve_adjacentSpans_bothKeptInOrder() {
    Detection a = d(0, 5, EntityType.PERSON, 0.5);
    Detection b = d(5, 9, EntityType.PERSON, 0.9);
    assertEquals(List.of(a, b), resolver.resolve(List.of(b, a)));
  }

  @Test
  void resolve_randomCandidates_keptSpansDoNotOverlapAndOrderIsIrrelevant() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    List<EntityType> types = OverlapResolver.TYPE_PRIORITY;
    for (int it = 0; it < 500; it++) {
      List<Detection> in = new ArrayList<>();
      for (int i = 0, n = r.nextInt(30); i < n; i++) {
        int s = r.nextInt(100);
        in.add(d(s, s + 1 + r.nextInt(15), types.get(r.nextInt(types.size())), r.nextInt(5) / 4.0));
      }
      List<Detection> out = resolver.resolve(in);
      for (int i = 1; i < out.size(); i++) {
        assertTrue(out.get(i - 1).end() <= out.get(i).start(), "seed " + seed + ": overlap in " + out);
      }
      List<Detection> shuffled = new ArrayList<>(in);
      Collections.shuffle(shuffled, r);
      assertEquals(out, resolver.resolve(shuffled), "seed " + seed + ": order-dependent");
      // every dropped candidate overlaps a kept one
      for (Detection c : in) {
        assertTrue(out.contains(c) || out.stream().anyMatch(k -> k.overlaps(c)), "seed " + seed + ": lost " + c);
      }
    }
  }
}
