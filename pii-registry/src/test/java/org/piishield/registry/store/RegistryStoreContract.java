package org.piishield.registry.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.piishield.registry.normalize.FieldType;

/**
 * The same {@link RegistryStore} cases for every backend; subclasses open a fresh, empty database per test.
 * Tokens are synthetic byte patterns, not hashes of anything.
 */
abstract class RegistryStoreContract {

  static final String KEY_A = "k-aaaa1111";
  static final String KEY_B = "k-bbbb2222";

  private final List<JdbcRegistryStore> opened = new ArrayList<>();

  /** Opens (or reopens) this test's database; each call is a new connection to the same data. */
  abstract JdbcRegistryStore connect();

  final JdbcRegistryStore store() {
    JdbcRegistryStore s = connect();
    opened.add(s);
    return s;
  }

  @AfterEach
  void closeStores() {
    for (JdbcRegistryStore s : opened) {
      s.close();
    }
  }

  static byte[] token(int seed) {
    byte[] t = new byte[32];
    for (int i = 0; i < t.length; i++) {
      t[i] = (byte) (seed * 31 + i);
    }
    return t;
  }

  static TokenRow row(FieldType type, int seed) {
    return new TokenRow(type, seed * 1_000_003L, token(seed));
  }

  static PersonTokens tokens(TokenRow... rows) {
    return PersonTokens.of(List.of(rows));
  }

  static Set<String> dump(RegistryStore s) {
    Set<String> rows = new HashSet<>();
    s.forEachPerson((person, tokens) -> {
      for (TokenRow r : tokens.rows()) {
        rows.add(person + "|" + r.fieldType().id() + "|" + Arrays.toString(r.token()));
      }
    });
    return rows;
  }

  static String line(String person, FieldType type, int seed) {
    return person + "|" + type.id() + "|" + Arrays.toString(token(seed));
  }

  @Test
  void open_newDatabase_isEmptyWithoutKeyId() {
    JdbcRegistryStore s = store();
    assertEquals(0, s.people());
    assertNull(s.keyId());
    assertTrue(dump(s).isEmpty());
    assertTrue(s.tokensPerField().values().stream().allMatch(n -> n == 0));
  }

  @Test
  void replacePerson_firstEnrolment_recordsKeyIdAndTokens() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1), row(FieldType.PHONE, 2)), KEY_A);
    assertEquals(KEY_A, s.keyId());
    assertEquals(1, s.people());
    assertEquals(Set.of(line("p1", FieldType.NAME, 1), line("p1", FieldType.PHONE, 2)), dump(s));
  }

  @Test
  void replacePerson_reEnrolment_replacesAllTokensOfThatPersonOnly() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1), row(FieldType.PHONE, 2)), KEY_A);
    s.replacePerson("p2", tokens(row(FieldType.EMAIL, 3)), KEY_A);
    s.replacePerson("p1", tokens(row(FieldType.ADDRESS, 4)), KEY_A);
    assertEquals(2, s.people());
    assertEquals(Set.of(line("p1", FieldType.ADDRESS, 4), line("p2", FieldType.EMAIL, 3)), dump(s));
  }

  @Test
  void replacePerson_noTokens_enrolsPersonWithoutTokens() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(), KEY_A);
    assertEquals(1, s.people());
    assertTrue(dump(s).isEmpty());
  }

  @Test
  void replacePerson_otherKeyId_refusesNamingBothKeyIdsAndKeepsData() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1)), KEY_A);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> s.replacePerson("p2", tokens(row(FieldType.NAME, 2)), KEY_B));
    assertTrue(e.getMessage().contains("another key"), e.getMessage());
    assertTrue(e.getMessage().contains(KEY_A), e.getMessage());
    assertTrue(e.getMessage().contains(KEY_B), e.getMessage());
    assertFalse(e.getMessage().contains("p2"), e.getMessage());
    assertEquals(1, s.people());
    assertEquals(KEY_A, s.keyId());
    assertEquals(Set.of(line("p1", FieldType.NAME, 1)), dump(s));
  }

  @Test
  void replacePerson_nullTokens_rollsBackAndLeavesPersonUnchanged() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1)), KEY_A);
    Map<String, PersonTokens> bad = new java.util.LinkedHashMap<>();
    bad.put("p2", tokens(row(FieldType.NAME, 2)));
    bad.put("p1", null);
    assertThrows(NullPointerException.class, () -> s.replacePeople(bad, KEY_A));
    assertEquals(Set.of(line("p1", FieldType.NAME, 1)), dump(s));
  }

  @Test
  void tokensOf_enrolled_returnsRowsProbesAndNameParts() {
    JdbcRegistryStore s = store();
    PersonTokens stored = PersonTokens.of(List.of(row(FieldType.NAME, 1), row(FieldType.PHONE, 2)),
        new long[] {-5L, 42L});
    s.replacePerson("p1", stored, KEY_A);
    PersonTokens read = s.tokensOf("p1");
    assertEquals(stored, read);
    assertEquals(row(FieldType.PHONE, 2), read.row(1));
    assertEquals(-5L, read.namePart(0));
    assertEquals(FieldType.PHONE, read.fieldType(1));
    assertNull(s.tokensOf("p2"));
  }

  @Test
  void replacePerson_blankIds_rejected() {
    JdbcRegistryStore s = store();
    assertThrows(IllegalArgumentException.class, () -> s.replacePerson(" ", tokens(), KEY_A));
    assertThrows(IllegalArgumentException.class, () -> s.replacePerson("p1", tokens(), ""));
    assertEquals(0, s.people());
  }

  @Test
  void replacePeople_chunk_enrolsAndReEnrolsInOneCall() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1)), KEY_A);
    Map<String, PersonTokens> chunk = new java.util.LinkedHashMap<>();
    chunk.put("p1", tokens(row(FieldType.PHONE, 2)));
    chunk.put("p2", tokens(row(FieldType.EMAIL, 3), row(FieldType.PLATE, 4)));
    s.replacePeople(chunk, KEY_A);
    assertEquals(2, s.people());
    assertEquals(Set.of(line("p1", FieldType.PHONE, 2), line("p2", FieldType.EMAIL, 3),
        line("p2", FieldType.PLATE, 4)), dump(s));
  }

  @Test
  void replacePeople_otherKeyId_enrolsNobody() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1)), KEY_A);
    Map<String, PersonTokens> chunk = Map.of("p2", tokens(row(FieldType.NAME, 2)));
    assertThrows(IllegalStateException.class, () -> s.replacePeople(chunk, KEY_B));
    assertEquals(1, s.people());
    assertEquals(Set.of(line("p1", FieldType.NAME, 1)), dump(s));
  }

  @Test
  void removePerson_enrolled_removesPersonAndTokens() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1)), KEY_A);
    s.replacePerson("p2", tokens(row(FieldType.PLATE, 2)), KEY_A);
    assertTrue(s.removePerson("p1"));
    assertEquals(1, s.people());
    assertEquals(Set.of(line("p2", FieldType.PLATE, 2)), dump(s));
    assertEquals(KEY_A, s.keyId());
  }

  @Test
  void removePerson_unknown_returnsFalse() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1)), KEY_A);
    assertFalse(s.removePerson("p9"));
    assertEquals(1, s.people());
  }

  @Test
  void removePerson_last_clearsKeyIdSoAnotherKeyMayEnrol() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1)), KEY_A);
    assertTrue(s.removePerson("p1"));
    assertNull(s.keyId());
    s.replacePerson("p2", tokens(row(FieldType.NAME, 2)), KEY_B);
    assertEquals(KEY_B, s.keyId());
  }

  @Test
  void tokensPerField_mixedRows_countsEachTypeWithZeros() {
    JdbcRegistryStore s = store();
    s.replacePerson("p1", tokens(row(FieldType.NAME, 1), row(FieldType.NAME, 2), row(FieldType.PHONE, 3)),
        KEY_A);
    s.replacePerson("p2", tokens(row(FieldType.NAME, 4), row(FieldType.RELATIVE, 5)), KEY_A);
    Map<FieldType, Integer> counts = s.tokensPerField();
    assertEquals(3, counts.get(FieldType.NAME));
    assertEquals(1, counts.get(FieldType.PHONE));
    assertEquals(1, counts.get(FieldType.RELATIVE));
    assertEquals(0, counts.get(FieldType.EMAIL));
    assertEquals(FieldType.values().length, counts.size());
  }

  @Test
  void forEachPerson_morePeopleThanFetchSize_visitsEveryPersonOnce() {
    JdbcRegistryStore s = store();
    int n = JdbcRegistryStore.FETCH_SIZE * 2 + 7;
    Map<String, PersonTokens> chunk = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      chunk.put("p" + i, tokens(row(FieldType.ADDRESS, i)));
    }
    s.replacePeople(chunk, KEY_A);
    Set<String> seen = new HashSet<>();
    s.forEachPerson((person, tokens) -> {
      assertEquals(1, tokens.size());
      assertEquals(FieldType.ADDRESS, tokens.fieldType(0));
      assertTrue(seen.add(person), person);
    });
    assertEquals(chunk.keySet(), seen);
  }

  @Test
  void open_twice_migrationIsIdempotentAndDataSurvives() {
    JdbcRegistryStore first = store();
    first.replacePerson("p1", tokens(row(FieldType.EMAIL, 1)), KEY_A);
    first.close();
    JdbcRegistryStore second = store();
    assertEquals(1, second.people());
    assertEquals(KEY_A, second.keyId());
    second.close();
    JdbcRegistryStore third = store();
    assertEquals(Set.of(line("p1", FieldType.EMAIL, 1)), dump(third));
    // one row per step, 1..LATEST, each applied once
    assertArrayEquals(java.util.stream.IntStream.rangeClosed(1, SchemaMigrations.LATEST).toArray(),
        third.schemaVersions());
  }
}
