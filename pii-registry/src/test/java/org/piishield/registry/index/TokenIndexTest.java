package org.piishield.registry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenIndexTest {

  private static Set<Long> collect(TokenIndex index, long probe) {
    Set<Long> out = new HashSet<>();
    int n = index.lookup(probe, (person, field, check) -> {
      assertEquals(checkOf(probe, person, field), check, "check of the entry");
      out.add(((long) person << 8) | field);
    });
    assertEquals(out.size(), n, "lookup count vs distinct callbacks for probe " + probe);
    return out;
  }

  /** The check every test stores with an entry: a function of the whole entry, so mix-ups show. */
  static int checkOf(long probe, int person, int field) {
    return Long.hashCode(probe * 31 + person) * 7 + field;
  }

  private static long pair(int person, int field) {
    return ((long) person << 8) | field;
  }

  @Test
  void lookup_severalPersonsUnderOneProbe_findsAll() {
    TokenIndex index = TokenIndex.newBuilder(4)
        .add(42L, 7, 2, checkOf(42L, 7, 2)).add(42L, 9, 2, checkOf(42L, 9, 2)).add(42L, 7, 3, checkOf(42L, 7, 3)).add(43L, 1, 0, checkOf(43L, 1, 0)).build();
    assertEquals(Set.of(pair(7, 2), pair(9, 2), pair(7, 3)), collect(index, 42L));
    assertEquals(Set.of(pair(1, 0)), collect(index, 43L));
    assertEquals(4, index.size());
  }

  @Test
  void lookup_absentProbe_missesWithoutCallback() {
    TokenIndex index = TokenIndex.newBuilder(2).add(42L, 7, 2, checkOf(42L, 7, 2)).build();
    assertEquals(0, index.lookup(41L, (p, f, c) -> { throw new AssertionError("unexpected hit"); }));
    assertFalse(index.contains(41L));
    assertTrue(index.contains(42L));
  }

  @Test
  void lookup_emptyIndex_misses() {
    TokenIndex index = TokenIndex.newBuilder(0).build();
    assertEquals(0, index.size());
    assertEquals(0, index.lookup(0L, (p, f, c) -> { throw new AssertionError("unexpected hit"); }));
    assertEquals(0, index.lookup(123L, (p, f, c) -> { throw new AssertionError("unexpected hit"); }));
  }

  @Test
  void lookup_probeZeroAndExtremes_found() {
    TokenIndex index = TokenIndex.newBuilder(3)
        .add(0L, 1, 1, checkOf(0L, 1, 1)).add(-1L, 2, 2, checkOf(-1L, 2, 2)).add(Long.MIN_VALUE, TokenIndex.MAX_PERSON_INDEX, TokenIndex.MAX_FIELD_TYPE, checkOf(Long.MIN_VALUE, TokenIndex.MAX_PERSON_INDEX, TokenIndex.MAX_FIELD_TYPE))
        .build();
    assertEquals(Set.of(pair(1, 1)), collect(index, 0L));
    assertEquals(Set.of(pair(2, 2)), collect(index, -1L));
    assertEquals(Set.of(pair(TokenIndex.MAX_PERSON_INDEX, TokenIndex.MAX_FIELD_TYPE)),
        collect(index, Long.MIN_VALUE));
  }

  @Test
  void build_duplicateTriples_storedOnce() {
    TokenIndex.Builder b = TokenIndex.newBuilder(8);
    for (int i = 0; i < 50; i++) {
      b.add(99L, 5, 1, checkOf(99L, 5, 1));
    }
    TokenIndex index = b.add(99L, 6, 1, checkOf(99L, 6, 1)).build();
    assertEquals(2, index.size());
    assertEquals(2, index.lookup(99L, (p, f, c) -> { }));
    assertTrue(index.memoryBytes() <= 32L * 2 + 32, "rebuilt at the distinct size: " + index);
  }

  @Test
  void build_thenAddMore_firstIndexUnchanged() {
    TokenIndex.Builder b = TokenIndex.newBuilder(2).add(42L, 7, 2, checkOf(42L, 7, 2));
    TokenIndex first = b.build();
    TokenIndex second = b.add(42L, 8, 2, checkOf(42L, 8, 2)).add(43L, 1, 0, checkOf(43L, 1, 0)).build();
    assertEquals(Set.of(pair(7, 2)), collect(first, 42L));
    assertEquals(0, first.lookup(43L, (p, f, c) -> { }));
    assertEquals(Set.of(pair(7, 2), pair(8, 2)), collect(second, 42L));
    assertEquals(3, second.size());
  }

  @Test
  void build_presizedExactly_sixteenBytesPerSlotAndNoRebuild() {
    int n = 10_000;
    TokenIndex.Builder b = TokenIndex.newBuilder(n);
    for (int i = 0; i < n; i++) {
      b.add(i * 0x9E3779B97F4A7C15L + 1, i, i % 6, checkOf(i * 0x9E3779B97F4A7C15L + 1, i, i % 6));
    }
    TokenIndex index = b.build();
    assertEquals(n, index.size());
    assertEquals(16L * ((long) Math.ceil(n / TokenIndex.LOAD_FACTOR) + 1), index.memoryBytes());
  }

  @Test
  void add_outOfRange_throws() {
    TokenIndex.Builder b = TokenIndex.newBuilder(1);
    assertThrows(IllegalArgumentException.class, () -> b.add(1L, -1, 0, checkOf(1L, -1, 0)));
    assertThrows(IllegalArgumentException.class, () -> b.add(1L, TokenIndex.MAX_PERSON_INDEX + 1, 0, checkOf(1L, TokenIndex.MAX_PERSON_INDEX + 1, 0)));
    assertThrows(IllegalArgumentException.class, () -> b.add(1L, 0, TokenIndex.MAX_FIELD_TYPE + 1, checkOf(1L, 0, TokenIndex.MAX_FIELD_TYPE + 1)));
  }

  /** Seeded random triples, many sharing probes, checked against a HashMap of sets; then random misses. */
  @Test
  void lookup_seededRandomTriples_agreesWithHashMap() {
    for (long seed : new long[] {1, 2, 3, 20261129}) {
      Random r = new Random(seed);
      int n = 50_000;
      long[] pool = new long[n / 3];
      for (int i = 0; i < pool.length; i++) {
        pool[i] = r.nextLong();
      }
      Map<Long, Set<Long>> expected = new HashMap<>();
      TokenIndex.Builder b = TokenIndex.newBuilder(16); // deliberately small: exercises growth
      for (int i = 0; i < n; i++) {
        long probe = r.nextInt(4) == 0 ? r.nextLong() : pool[r.nextInt(pool.length)];
        int person = r.nextInt(1_000_000);
        int field = r.nextInt(6);
        b.add(probe, person, field, checkOf(probe, person, field));
        expected.computeIfAbsent(probe, k -> new HashSet<>()).add(pair(person, field));
      }
      TokenIndex index = b.build();
      int total = 0;
      for (Map.Entry<Long, Set<Long>> e : expected.entrySet()) {
        assertEquals(e.getValue(), collect(index, e.getKey()), "seed " + seed + " probe " + e.getKey());
        total += e.getValue().size();
      }
      assertEquals(total, index.size(), "seed " + seed);
      for (int i = 0; i < 20_000; i++) {
        long probe = r.nextLong();
        if (!expected.containsKey(probe)) {
          assertEquals(0, index.lookup(probe, (p, f, c) -> { }), "seed " + seed + " absent probe " + probe);
        }
      }
    }
  }

  /** 1M people x 45 entries x 28 bytes = 1.26 GB, inside issue 3's 1.5 GB for the index. */
  @Test
  void memoryBytes_manyEntries_atMost28BytesPerEntry() {
    Random r = new Random(7);
    int n = 200_000;
    TokenIndex.Builder b = TokenIndex.newBuilder(n);
    for (int i = 0; i < n; i++) {
      b.add(r.nextLong(), i / 40, i % 6, checkOf(r.nextLong(), i / 40, i % 6));
    }
    TokenIndex index = b.build();
    assertEquals(n, index.size());
    double perEntry = (double) index.memoryBytes() / index.size();
    assertTrue(perEntry <= 28.0, "bytes per entry " + perEntry);
  }

  @Test
  void lookup_limit_stopsAfterLimitPlusOne() {
    TokenIndex.Builder b = TokenIndex.newBuilder(64);
    for (int person = 0; person < 40; person++) {
      b.add(77L, person, 1, checkOf(77L, person, 1));
    }
    TokenIndex index = b.add(78L, 1, 1, checkOf(78L, 1, 1)).build();
    int[] calls = {0};
    assertEquals(9, index.lookup(77L, (p, f, c) -> calls[0]++, 8));
    assertEquals(9, calls[0]);
    assertEquals(40, index.lookup(77L, (p, f, c) -> { }, 100));
    assertEquals(1, index.lookup(78L, (p, f, c) -> { }, 0));
    assertEquals(0, index.lookup(79L, (p, f, c) -> { }, 0));
  }
}
