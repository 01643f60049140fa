package org.piishield.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.piishield.registry.normalize.FieldType;

class PersonTokensTest {

  static TokenRow row(FieldType type, long probe, int fill) {
    byte[] t = new byte[32];
    Arrays.fill(t, (byte) fill);
    return new TokenRow(type, probe, t);
  }

  @Test
  void decode_randomPeople_roundTripsExactly() {
    Random random = new Random(20261129L);
    for (int round = 0; round < 200; round++) {
      List<TokenRow> rows = new ArrayList<>();
      for (int i = random.nextInt(50); i > 0; i--) {
        FieldType type = FieldType.values()[random.nextInt(FieldType.values().length)];
        rows.add(row(type, random.nextLong(), random.nextInt(256)));
      }
      long[] parts = random.longs(random.nextInt(20)).toArray();
      PersonTokens p = PersonTokens.of(rows, parts);
      PersonTokens back = PersonTokens.decode(p.encoded());
      assertEquals(rows, back.rows());
      assertEquals(parts.length, back.nameParts());
      for (int j = 0; j < parts.length; j++) {
        assertEquals(parts[j], back.namePart(j));
      }
      assertEquals(rows.size() * PersonTokens.ROW_BYTES + 9 + parts.length * 8, p.encodedLength());
    }
  }

  @Test
  void tokenCheckAndCounts_readFromTheEncoding() {
    PersonTokens p = PersonTokens.of(List.of(row(FieldType.PHONE, 1, 7), row(FieldType.NAME, 2, 9)));
    assertEquals(0x07070707, p.tokenCheck(0));
    assertEquals(0x09090909, p.tokenCheck(1));
    assertEquals(2L, p.probe(1));
    assertEquals(1, p.countsPerField().get(FieldType.NAME));
    assertEquals(0, p.countsPerField().get(FieldType.PLATE));
  }

  @Test
  void decode_corrupt_rejectedWithSizesOnly() {
    byte[] good = PersonTokens.of(List.of(row(FieldType.PLATE, 5, 1)), new long[] {3}).encoded();
    assertThrows(IllegalArgumentException.class, () -> PersonTokens.decode(Arrays.copyOf(good, good.length - 1)));
    assertThrows(IllegalArgumentException.class, () -> PersonTokens.decode(Arrays.copyOf(good, good.length + 1)));
    byte[] badVersion = good.clone();
    badVersion[0] = 9;
    assertThrows(IllegalArgumentException.class, () -> PersonTokens.decode(badVersion));
    byte[] badType = good.clone();
    badType[5] = 42;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonTokens.decode(badType));
    assertTrue(e.getMessage().contains("field type"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PersonTokens.decode(new byte[3]));
  }

  @Test
  void toString_showsCountsOnly() {
    assertEquals("PersonTokens[rows=1, nameParts=2]",
        PersonTokens.of(List.of(row(FieldType.NAME, 1, 1)), new long[] {1, 2}).toString());
  }
}
