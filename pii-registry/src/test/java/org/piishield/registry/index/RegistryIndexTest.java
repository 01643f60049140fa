package org.piishield.registry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.registry.crypto.KeyProvider;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.crypto.RegistryKeyException;
import org.piishield.registry.enroll.Enroller;
import org.piishield.registry.enroll.PeopleCsvReader;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.store.InMemoryRegistryStore;
import org.piishield.registry.store.JdbcRegistryStore;
import org.piishield.registry.store.RegistryStore;

/** Synthetic people only (555-01xx phones, example.org e-mails, made-up names). */
class RegistryIndexTest {

  static final String CSV = PeopleCsvReader.HEADER + "\n"
      + "p-1,María José Núñez,Majo,\"742 N. Evergreen Terrace, Apt 3B, Springfield, IL 62704\","
      + "(562) 555-0101,majo@example.org,7ABC123,Lupe Núñez\n"
      + "p-2,William O'Donnell,Bill O'Donnell,,+1 213 555 0103,,4XYZ-987,María Núñez\n";

  @TempDir
  Path home;

  static RegistryKey key(int fill) {
    byte[] b = new byte[RegistryKey.LENGTH];
    Arrays.fill(b, (byte) fill);
    return RegistryKey.of(b);
  }

  static KeyProvider provider(RegistryKey key) {
    return new KeyProvider() {
      @Override
      public RegistryKey loadOrCreate() {
        return key;
      }

      @Override
      public RegistryKey loadExisting() {
        return key;
      }
    };
  }

  static void enrol(RegistryStore store, RegistryKey key) throws IOException {
    new Enroller(store, provider(key)).enrol(new PeopleCsvReader().read(new StringReader(CSV)));
  }

  /** (person id, field) of every confirmed candidate. */
  static List<String> find(RegistryIndex index, FieldType domain, String normalized) {
    List<String> out = new ArrayList<>();
    index.lookup(domain, normalized, (person, field, check) -> {
      FieldType type = RegistryIndex.fieldType(field);
      if (index.tokenCheck(type, normalized) == check) {
        out.add(index.personId(person) + ":" + type.id());
      }
    });
    out.sort(null);
    return out;
  }

  @Test
  void lookup_enrolledValues_confirmedForTheirPersonAndField() throws IOException {
    RegistryStore store = new InMemoryRegistryStore();
    enrol(store, key(3));
    RegistryIndex index = RegistryIndex.load(store, key(3));
    assertEquals(2, index.people());
    assertEquals(List.of("p-1:phone"), find(index, FieldType.PHONE, "+15625550101"));
    assertEquals(List.of("p-2:phone"), find(index, FieldType.PHONE, "+12135550103"));
    assertEquals(List.of("p-1:email"), find(index, FieldType.EMAIL, "majo@example.org"));
    assertEquals(List.of("p-1:plate"), find(index, FieldType.PLATE, "7ABC123"));
    assertEquals(List.of("p-1:address"), find(index, FieldType.ADDRESS, "742 n evergreen ter apt 3b"));
    assertEquals(List.of("p-2:name"), find(index, FieldType.NAME, "bill odonnell"));
    assertEquals(List.of("p-2:name"), find(index, FieldType.NAME, "odonnell william"));
    // One name, two roles: p-1's own name and p-2's relative.
    assertEquals(List.of("p-1:name", "p-2:relative"), find(index, FieldType.NAME, "maria nunez"));
    assertEquals(List.of("p-1:relative"), find(index, FieldType.NAME, "lupe nunez"));
  }

  @Test
  void lookup_nearMisses_findNothing() throws IOException {
    RegistryStore store = new InMemoryRegistryStore();
    enrol(store, key(3));
    RegistryIndex index = RegistryIndex.load(store, key(3));
    assertEquals(List.of(), find(index, FieldType.PHONE, "+15625550109"));
    assertEquals(List.of(), find(index, FieldType.NAME, "maria"));
    assertEquals(List.of(), find(index, FieldType.NAME, "nunez"));
    assertEquals(List.of(), find(index, FieldType.ADDRESS, "n evergreen ter"));
    // The right value in the wrong domain is not a hit.
    assertEquals(List.of(), find(index, FieldType.EMAIL, "+15625550101"));
  }

  @Test
  void mightContainPart_wordsOfEnrolledNamesOnly() throws IOException {
    RegistryStore store = new InMemoryRegistryStore();
    enrol(store, key(3));
    RegistryIndex index = RegistryIndex.load(store, key(3));
    for (String part : List.of("maria", "jose", "nunez", "majo", "m", "william", "bill", "odonnell", "lupe")) {
      assertTrue(index.mightContainPart(part), part);
    }
    int passed = 0;
    for (String word : List.of("the", "flyer", "lives", "street", "house", "visit", "know", "where", "car")) {
      passed += index.mightContainPart(word) ? 1 : 0;
    }
    assertTrue(passed <= 1, "common words passing the part filter: " + passed);
  }

  @Test
  void load_wrongKey_errorNamesBothKeyIds() throws IOException {
    RegistryStore store = new InMemoryRegistryStore();
    enrol(store, key(3));
    RegistryKeyException e = assertThrows(RegistryKeyException.class, () -> RegistryIndex.load(store, key(4)));
    assertTrue(e.getMessage().contains(key(3).keyId()), e.getMessage());
    assertTrue(e.getMessage().contains(key(4).keyId()), e.getMessage());
  }

  @Test
  void lookup_checkOfAnotherValue_doesNotConfirm() throws IOException {
    RegistryStore store = new InMemoryRegistryStore();
    enrol(store, key(3));
    RegistryIndex index = RegistryIndex.load(store, key(3));
    int[] checks = new int[1];
    assertEquals(1, index.lookup(FieldType.PHONE, "+15625550101", (p, f, c) -> checks[0] = c));
    assertEquals(index.tokenCheck(FieldType.PHONE, "+15625550101"), checks[0]);
    assertTrue(index.tokenCheck(FieldType.PHONE, "+15625550109") != checks[0]);
    assertTrue(index.tokenCheck(FieldType.EMAIL, "+15625550101") != checks[0]);
  }

  @Test
  void load_embeddedH2_sameAnswersAfterReopen() throws IOException {
    try (JdbcRegistryStore store = JdbcRegistryStore.embedded(home)) {
      enrol(store, key(5));
    }
    try (JdbcRegistryStore store = JdbcRegistryStore.embedded(home)) {
      RegistryIndex index = RegistryIndex.load(store, key(5));
      assertEquals(List.of("p-1:plate"), find(index, FieldType.PLATE, "7ABC123"));
      assertEquals(List.of("p-1:name", "p-2:relative"), find(index, FieldType.NAME, "maria nunez"));
      assertFalse(index.mightContainPart("flyer") && index.mightContainPart("street"));
    }
  }
}
