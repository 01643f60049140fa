package org.piishield.registry.enroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.piishield.registry.crypto.HmacKeyedHasher;
import org.piishield.registry.crypto.ProbeHasher;
import org.piishield.registry.store.TokenRow;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.Variants;
import org.piishield.registry.store.InMemoryRegistryStore;

/** All values are synthetic: 555-01xx phones, example.org e-mails, made-up names, addresses and plates. */
class EnrollerTest {

  static final String HEADER = PeopleCsvReader.HEADER;
  static final String CSV = HEADER + "\n"
      + "p-1,María José Núñez,Majo,\"742 N. Evergreen Terrace, Apt 3B, Springfield, IL 62704\","
      + "(562) 555-0101,majo@example.org,7ABC123,Lupe Núñez\n"
      + ",Bo Li,,,,,,\n"
      + "p-3,Cy Ray,,,555,,,\n"
      + "p-4,William O'Donnell,Bill O'Donnell,,+1 213 555 0103,,4XYZ-987,\n";

  private static PeopleCsvReader.Result read(String csv) throws IOException {
    return new PeopleCsvReader().read(new StringReader(csv));
  }

  /** Hex tokens of one person, per field type. */
  private static Map<FieldType, Set<String>> tokensOf(InMemoryRegistryStore store, String personId) {
    Map<FieldType, Set<String>> out = new EnumMap<>(FieldType.class);
    for (TokenRow row : store.tokensOf(personId).rows()) {
      out.computeIfAbsent(row.fieldType(), t -> new HashSet<>()).add(HexFormat.of().formatHex(row.token()));
    }
    return out;
  }

  private static String hex(HmacKeyedHasher hasher, FieldType type, String variant) {
    return HexFormat.of().formatHex(hasher.token(type.id(), variant));
  }

  @Test
  void enrol_badRows_skippedWithLineNumbersRestEnrolled() throws IOException {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    TestKeys keys = new TestKeys(7);

    EnrolmentReport report = new Enroller(store, keys).enrol(read(CSV));

    assertEquals(List.of(new RowError(3, RowError.MISSING_PERSON_ID), new RowError(4, "bad phone")),
        report.rowErrors());
    assertEquals(2, report.peopleEnrolled());
    assertEquals(2, store.people());
    assertEquals(store.tokensPerField(), report.tokensPerField());
    assertEquals(keys.key.keyId(), report.keyId());
    assertEquals(keys.key.keyId(), store.keyId());
    assertEquals(1, keys.created.get());
    assertEquals(0, keys.existing.get());
  }

  @Test
  void enrol_tokens_areHmacOfEachDistinctVariant() throws IOException {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    TestKeys keys = new TestKeys(7);
    new Enroller(store, keys).enrol(read(CSV));
    HmacKeyedHasher hasher = new HmacKeyedHasher(keys.key);

    Map<FieldType, Set<String>> p1 = tokensOf(store, "p-1");

    assertEquals(Set.of(hex(hasher, FieldType.PHONE, "+15625550101")), p1.get(FieldType.PHONE));
    assertEquals(Set.of(hex(hasher, FieldType.EMAIL, "majo@example.org")), p1.get(FieldType.EMAIL));
    assertEquals(Set.of(hex(hasher, FieldType.PLATE, "7ABC123"), hex(hasher, FieldType.PLATE, "7A8C123")),
        p1.get(FieldType.PLATE));
    Set<String> names = new HashSet<>();
    for (String v : Variants.of(FieldType.NAME, "María José Núñez")) {
      names.add(hex(hasher, FieldType.NAME, v));
    }
    for (String v : Variants.of(FieldType.NAME, "Majo")) {
      names.add(hex(hasher, FieldType.NAME, v));
    }
    assertEquals(names, p1.get(FieldType.NAME));
    Set<String> relatives = new HashSet<>();
    for (String v : Variants.of(FieldType.RELATIVE, "Lupe Núñez")) {
      relatives.add(hex(hasher, FieldType.RELATIVE, v));
    }
    assertEquals(relatives, p1.get(FieldType.RELATIVE));
    assertEquals(Variants.of(FieldType.ADDRESS,
        "742 N. Evergreen Terrace, Apt 3B, Springfield, IL 62704").stream().distinct().count(),
        p1.get(FieldType.ADDRESS).size());
  }

  @Test
  void enrol_sameValueInTwoFields_domainSeparatedTokens() throws IOException {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    new Enroller(store, new TestKeys(7)).enrol(read(HEADER + "\np-1,Ana Gil,,,,,,Ana Gil\n"));

    Map<FieldType, Set<String>> p1 = tokensOf(store, "p-1");

    assertEquals(p1.get(FieldType.NAME).size(), p1.get(FieldType.RELATIVE).size());
    Set<String> both = new HashSet<>(p1.get(FieldType.NAME));
    both.retainAll(p1.get(FieldType.RELATIVE));
    assertEquals(Set.of(), both);
  }

  @Test
  void enrol_duplicateVariants_storedOnce() throws IOException {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    EnrolmentReport report = new Enroller(store, new TestKeys(7))
        .enrol(read(HEADER + "\np-1,Ana Gil,,,(562) 555-0101;562-555-0101;+15625550101,,abc-123;ABC 123,\n"));
    assertEquals(1, report.tokens(FieldType.PHONE));
    assertEquals(2, report.tokens(FieldType.PLATE)); // ABC123 and its confusable-folded A8C123
    Map<FieldType, Integer> stored = new EnumMap<>(store.tokensPerField());
    stored.values().removeIf(n -> n == 0);
    assertEquals(Map.of(FieldType.PHONE, 1, FieldType.PLATE, 2, FieldType.NAME, report.tokens(FieldType.NAME)),
        stored);
  }

  @Test
  void enrol_again_replacesPersonTokens() throws IOException {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    TestKeys keys = new TestKeys(7);
    Enroller enroller = new Enroller(store, keys);
    HmacKeyedHasher hasher = new HmacKeyedHasher(keys.key);
    enroller.enrol(read(HEADER + "\np-1,Ana Gil,,,(562) 555-0101,,,\n"));

    EnrolmentReport again = enroller.enrol(read(HEADER + "\np-1,Ana Gil,,,(562) 555-0102,,,\n"));

    assertEquals(1, again.peopleEnrolled());
    assertEquals(1, store.people());
    assertEquals(Set.of(hex(hasher, FieldType.PHONE, "+15625550102")), tokensOf(store, "p-1").get(FieldType.PHONE));
    assertEquals(1, keys.existing.get());
    assertEquals(1, keys.created.get());
  }

  @Test
  void enrol_wrongKey_errorNamesExpectedKeyId() throws IOException {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    TestKeys first = new TestKeys(7);
    new Enroller(store, first).enrol(read(CSV));
    TestKeys other = new TestKeys(9);

    EnrolmentException e = assertThrows(EnrolmentException.class,
        () -> new Enroller(store, other).enrol(read(CSV)));

    assertTrue(e.getMessage().contains(first.key.keyId()), e.getMessage());
    assertTrue(e.getMessage().contains(other.key.keyId()), e.getMessage());
    assertNoValues(e.getMessage());
    assertEquals(2, store.people());
  }

  @Test
  void enrol_report_holdsNoValues() throws IOException {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    EnrolmentReport report = new Enroller(store, new TestKeys(7)).enrol(read(CSV));
    assertNoValues(report.toString());
    for (RowError error : report.rowErrors()) {
      assertNoValues(error.toString());
    }
    assertNoValues(store.toString());
    assertTrue(report.toString().contains("people=2"), report.toString());
  }

  @Test
  void enrol_shippedExample_everyoneEnrolled() throws IOException {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    PeopleCsvReader.Result read = new PeopleCsvReader().read(Path.of("../examples/registry/people.csv"));
    EnrolmentReport report = new Enroller(store, new TestKeys(7)).enrol(read);
    assertEquals(6, report.peopleEnrolled());
    for (FieldType type : FieldType.values()) {
      assertTrue(report.tokens(type) > 0, type.id());
    }
  }

  @Test
  void enrol_emptyStore_keyIdNullBefore() {
    assertNull(new InMemoryRegistryStore().keyId());
  }

  @Test
  void tokensOf_unnormalisableValue_rowErrorNoTokens() {
    EnrolmentRecord r = new EnrolmentRecord(5, "p-1", "Ana Gil", List.of(), List.of(), List.of("555"),
        List.of(), List.of(), List.of());
    List<RowError> errors = new ArrayList<>();
    assertNull(Enroller.tokensOf(r, new HmacKeyedHasher(new TestKeys(7).key),
        new ProbeHasher(new TestKeys(7).key), errors));
    assertEquals(List.of(new RowError(5, "bad phone")), errors);
  }

  /** Every enrolled value of {@link #CSV}, folded, must be absent from {@code text}. */
  private static void assertNoValues(String text) {
    String folded = fold(text);
    for (String value : List.of("María", "Majo", "Núñez", "Nunez", "Evergreen", "Springfield", "62704", "555",
        "5625550101", "majo@example.org", "example", "7ABC123", "Lupe", "Bo Li", "Cy Ray", "William",
        "O'Donnell", "Bill", "4XYZ")) {
      assertFalse(folded.contains(fold(value)), "value leaked into: " + text);
    }
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
