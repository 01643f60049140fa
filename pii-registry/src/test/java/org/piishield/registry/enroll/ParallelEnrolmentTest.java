package org.piishield.registry.enroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.registry.crypto.HmacKeyedHasher;
import org.piishield.registry.crypto.ProbeHasher;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.store.InMemoryRegistryStore;
import org.piishield.registry.store.JdbcRegistryStore;
import org.piishield.registry.store.PersonTokens;
import org.piishield.testing.PostgresSchema;
import org.piishield.registry.store.RegistryStore;
import org.piishield.testing.SyntheticPii;

/**
 * Enrolment on several threads ({@link EnrolmentPipeline}) stores exactly what a one-by-one enrolment in
 * record order would: same {@link PersonTokens} per person, the later of two records with one person id,
 * row errors in record (line) order. Seeded synthetic people only (555-01xx phones, example.org e-mails).
 */
class ParallelEnrolmentTest {

  @TempDir
  Path dir;

  /**
   * {@code n} seeded records over fewer person ids (so some ids repeat, also across chunks), lines 2, 3, …;
   * about 3 % carry a bad phone and 2 % a bad e-mail.
   */
  static List<EnrolmentRecord> population(long seed, int n) {
    Random r = new Random(seed);
    SyntheticPii pii = new SyntheticPii(r);
    List<EnrolmentRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = "p-" + r.nextInt(n * 9 / 10);
      List<String> aliases = r.nextBoolean() ? List.of(pii.firstName() + " " + pii.lastName()) : List.of();
      List<String> phones = new ArrayList<>(List.of(pii.usPhone()));
      if (r.nextInt(33) == 0) {
        phones.add("555");
      }
      List<String> emails = r.nextInt(50) == 0 ? List.of("no at sign") : List.of(pii.email());
      List<String> relatives = r.nextBoolean() ? List.of(pii.fullName()) : List.of();
      out.add(new EnrolmentRecord(i + 2, id, pii.firstName() + " " + pii.lastName() + " " + pii.lastName(),
          aliases, List.of(pii.streetAddress()), phones, emails, List.of("7ABC" + (100 + r.nextInt(900))),
          relatives));
    }
    return out;
  }

  /** The reference: one record at a time, in order; the later record of an id replaces the earlier. */
  private static Map<String, PersonTokens> sequential(List<EnrolmentRecord> records, TestKeys keys,
      List<RowError> errors) {
    HmacKeyedHasher hasher = new HmacKeyedHasher(keys.key);
    ProbeHasher prober = new ProbeHasher(keys.key);
    Map<String, PersonTokens> out = new LinkedHashMap<>();
    for (EnrolmentRecord record : records) {
      PersonTokens tokens = Enroller.tokensOf(record, hasher, prober, errors);
      if (tokens != null) {
        out.put(record.personId(), tokens);
      }
    }
    return out;
  }

  private static Map<String, PersonTokens> stored(RegistryStore store) {
    Map<String, PersonTokens> out = new HashMap<>();
    store.forEachPerson(out::put);
    return out;
  }

  @Test
  void enrol_severalThreads_sameTokensAndErrorsAsSequential() {
    List<EnrolmentRecord> records = population(20261129, 2_600); // three chunks
    TestKeys keys = new TestKeys(7);
    List<RowError> expectedErrors = new ArrayList<>();
    Map<String, PersonTokens> expected = sequential(records, keys, expectedErrors);
    for (int threads : new int[] {1, 2, 3, 8}) {
      InMemoryRegistryStore store = new InMemoryRegistryStore();

      EnrolmentReport report = new Enroller(store, keys, threads).enrol(records, List.of());

      assertEquals(expected, stored(store), "threads " + threads);
      assertEquals(expectedErrors, report.rowErrors(), "threads " + threads);
      assertEquals(records.size() - expectedErrors.size(), report.peopleEnrolled(), "threads " + threads);
    }
    assertNotEquals(0, expectedErrors.size(), "the population must exercise row errors");
  }

  @Test
  void enrol_severalThreadsIntoH2_sameTokensAsSequential() {
    List<EnrolmentRecord> records = population(7, 2_100);
    TestKeys keys = new TestKeys(3);
    Map<String, PersonTokens> expected = sequential(records, keys, new ArrayList<>());
    try (JdbcRegistryStore store = JdbcRegistryStore.embedded(dir.resolve("h2"))) {
      new Enroller(store, keys, 2).enrol(records, List.of());

      assertEquals(expected, stored(store));
      assertEquals(expected.size(), store.people());
    }
  }

  /** The same on a real PostgreSQL (batched upserts), in a schema of its own; FAILS when the server is down. */
  @Test
  void enrol_severalThreadsIntoPostgres_sameTokensAsSequential() throws SQLException {
    try (PostgresSchema pg = PostgresSchema.create("enrol_test")) {
      List<EnrolmentRecord> records = population(13, 2_100);
      TestKeys keys = new TestKeys(4);
      Map<String, PersonTokens> expected = sequential(records, keys, new ArrayList<>());
      try (JdbcRegistryStore store = JdbcRegistryStore.open(pg.url(), pg.user(), "")) {
        new Enroller(store, keys, 2).enrol(records, List.of());

        assertEquals(expected, stored(store));
      }
    }
  }

  @Test
  void enrol_sameIdInTwoChunks_laterRecordWins() {
    List<EnrolmentRecord> records = new ArrayList<>(population(11, 1_500));
    EnrolmentRecord early = records.get(3);
    EnrolmentRecord late = records.get(1_400); // Enroller.CHUNK = 1,000: a later transaction
    records.set(3, new EnrolmentRecord(early.line(), "twice", early.fullName(), early.aliases(),
        early.addresses(), early.phones(), List.of(), List.of(), List.of()));
    records.set(1_400, new EnrolmentRecord(late.line(), "twice", late.fullName(), late.aliases(),
        late.addresses(), List.of("(562) 555-0150"), List.of(), List.of(), List.of()));
    TestKeys keys = new TestKeys(5);
    InMemoryRegistryStore store = new InMemoryRegistryStore();

    new Enroller(store, keys, 4).enrol(records, List.of());

    PersonTokens expected = Enroller.tokensOf(records.get(1_400), new HmacKeyedHasher(keys.key),
        new ProbeHasher(keys.key), new ArrayList<>());
    assertEquals(expected, store.tokensOf("twice"));
  }

  /** Reader errors (missing id, duplicate id, columns) and value errors (bad phone, e-mail) interleaved. */
  private static final String CSV = PeopleCsvReader.HEADER + "\n"
      + "p-1,Ana Gil,,,(562) 555-0101,,,\n"              // 2 ok
      + ",Bo Li,,,,,,\n"                                  // 3 missing person_id
      + "p-3,Cy Ray,,,555,,,\n"                           // 4 bad phone
      + "p-4,Di Paz,,,,no at sign,,\n"                    // 5 bad email
      + "p-1,Ana Gil Ruiz,,,,,,\n"                        // 6 duplicate person_id (first on line 2)
      + "p-6,Eva Sol,,,,,,,\n"                            // 7 wrong column count
      + "p-7,Fe Rey,\"Feli\",\"12 Oak St, Springfield, IL 62704\",,,,\n" // 8 ok
      + "p-8,Gus Paz,,,(562) 555-01,,,\n";                // 9 bad phone

  @Test
  void enrolFile_streamed_errorsInLineOrderAndSameAsReadThenEnrol() throws IOException {
    Path csv = dir.resolve("people.csv");
    Files.writeString(csv, CSV, StandardCharsets.UTF_8);
    TestKeys keys = new TestKeys(9);
    InMemoryRegistryStore streamed = new InMemoryRegistryStore();
    InMemoryRegistryStore whole = new InMemoryRegistryStore();

    EnrolmentReport report = new Enroller(streamed, keys, 2).enrol(csv, new PeopleCsvReader());
    EnrolmentReport reference = new Enroller(whole, keys, 1).enrol(new PeopleCsvReader().read(new StringReader(CSV)));

    assertEquals(List.of(new RowError(3, RowError.MISSING_PERSON_ID), new RowError(4, "bad phone"),
        new RowError(5, "bad email"), new RowError(6, RowError.DUPLICATE_PERSON_ID + " (first on line 2)"),
        new RowError(7, RowError.WRONG_COLUMN_COUNT), new RowError(9, "bad phone")), report.rowErrors());
    assertEquals(reference.rowErrors(), report.rowErrors());
    assertEquals(2, report.peopleEnrolled());
    assertEquals(stored(whole), stored(streamed));
    for (FieldType t : FieldType.values()) {
      assertEquals(whole.tokensPerField().get(t), report.tokens(t), t.id());
    }
  }

  @Test
  void tokensOf_badAliasAndBadFullName_namedByColumn() {
    List<RowError> errors = new ArrayList<>();
    TestKeys keys = new TestKeys(1);
    HmacKeyedHasher hasher = new HmacKeyedHasher(keys.key);
    ProbeHasher prober = new ProbeHasher(keys.key);
    Enroller.tokensOf(new EnrolmentRecord(4, "p-1", "Ana Gil", List.of("!!"), List.of(), List.of("555"),
        List.of(), List.of(), List.of()), hasher, prober, errors);
    Enroller.tokensOf(new EnrolmentRecord(5, "p-2", "!!", List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of()), hasher, prober, errors);
    assertEquals(List.of(new RowError(4, "bad alias"), new RowError(5, "bad full_name")), errors);
  }
}
