package org.piishield.registry.enroll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.piishield.registry.crypto.HmacKeyedHasher;
import org.piishield.registry.crypto.KeyProvider;
import org.piishield.registry.crypto.ProbeHasher;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.Variants;
import org.piishield.registry.store.PersonTokens;
import org.piishield.registry.store.RegistryStore;
import org.piishield.registry.store.TokenRow;

/**
 * Turns enrolment records into keyed-hash tokens and writes them to a {@link RegistryStore}.
 *
 * <p>For each person and field type, every value goes through {@link Variants#of(FieldType, CharSequence)}
 * (full name and aliases as {@code NAME}, relatives as {@code RELATIVE} with name variants), each distinct
 * variant becomes a {@link TokenRow} holding {@code HmacKeyedHasher.token(type.id(), variant)} and the
 * probe {@code ProbeHasher.probe(type.probeDomain(), variant)}, and the person's de-duplicated tokens (with
 * the probes of their name words) replace whatever the store held for that person id, a chunk of
 * {@value #CHUNK} people per store transaction. Tokens are computed on several threads and written by one, in
 * record order (see {@link EnrolmentPipeline}); the stored result equals a one-by-one enrolment. Example: a
 * person with full name {@code "Ana Gil"} and phone {@code "(562) 555-0101"} gets one {@code phone} token for {@code "+15625550101"} and one {@code name}
 * token per name variant ({@code "ana gil"}, {@code "gil ana"}, {@code "a gil"}, …).
 *
 * <p>The key: an empty store (no key id) takes {@link KeyProvider#loadOrCreate()}; a store with a key id takes
 * {@link KeyProvider#loadExisting()}, and a key with another id is an {@link EnrolmentException} naming the
 * key id the store expects. Records whose values do not normalise are skipped and reported; the rest enrol.
 * Thread-safe if the store is; the key is resolved on each {@link #enrol} call.
 * A large file enrols through {@link #enrol(Path, PeopleCsvReader)}, which streams it.
 */
public final class Enroller {

  /* Design notes (issue 3, scale: 1M people at >= 20,000 people/s into H2 on 2 cores):
   * 1. Variants, HMACs and probes are pure functions of one record and the key, so they run on every core
   *    (EnrolmentPipeline); only the store writes are serial, in record order, so the result is the one of a
   *    sequential run: same PersonTokens per person, later duplicate wins, errors in record order.
   * 2. CHUNK people per transaction: one commit per chunk; a crash loses at most the chunk being written (each
   *    chunk is all or nothing), never a committed one. Re-running the enrolment is idempotent. 1,000 beats
   *    5,000: bigger transactions spill uncommitted pages to the H2 file and write each person ~1.6 times
   *    (measured on 100,000 people: ~22 against ~34-50 us a person; docs/BENCHMARKS.md).
   */

  /** People written per store transaction. */
  static final int CHUNK = 1_000;

  private final RegistryStore store;
  private final KeyProvider keys;
  private final int threads;

  /** An enroller computing tokens on every available processor. */
  public Enroller(RegistryStore store, KeyProvider keys) {
    this(store, keys, Runtime.getRuntime().availableProcessors());
  }

  /** An enroller computing tokens on {@code threads} worker threads (the store is written by one more). */
  public Enroller(RegistryStore store, KeyProvider keys, int threads) {
    if (store == null || keys == null) {
      throw new IllegalArgumentException("an enroller needs a store and a key provider");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive");
    }
    this.store = store;
    this.keys = keys;
    this.threads = threads;
  }

  /** Enrols what {@link PeopleCsvReader} read, carrying its row errors into the report. */
  public EnrolmentReport enrol(PeopleCsvReader.Result read) {
    return enrol(read.records(), read.errors());
  }

  /** Enrols {@code records}; {@code earlierErrors} (e.g. from reading) come first in the report. */
  public EnrolmentReport enrol(List<EnrolmentRecord> records, List<RowError> earlierErrors) {
    RegistryKey key = resolveKey();
    HmacKeyedHasher hasher = new HmacKeyedHasher(key);
    EnrolmentPipeline pipeline = new EnrolmentPipeline(store, hasher, new ProbeHasher(key), threads, CHUNK);
    try {
      for (EnrolmentRecord record : records) {
        pipeline.add(record);
      }
    } catch (RuntimeException e) {
      pipeline.abort();
      throw e;
    }
    return pipeline.finish(hasher.keyId(), earlierErrors);
  }

  /**
   * Enrols the people CSV {@code file} as {@code reader} streams it, holding only a bounded window of rows in
   * memory, for files of any size (within {@code reader}'s limits). The report's row errors (from reading and
   * from values that do not normalise) are in line order. Example: 1,000,000 people (45 tokens each) enrol
   * in 80-85 us of CPU a person, 12,000-19,000 people/s into the embedded H2 on a shared 2-core machine
   * (docs/BENCHMARKS.md, "Registry at scale").
   */
  public EnrolmentReport enrol(Path file, PeopleCsvReader reader) throws IOException {
    RegistryKey key = resolveKey();
    HmacKeyedHasher hasher = new HmacKeyedHasher(key);
    EnrolmentPipeline pipeline = new EnrolmentPipeline(store, hasher, new ProbeHasher(key), threads, CHUNK);
    List<RowError> readErrors = new ArrayList<>();
    try {
      reader.stream(file, new PeopleCsvReader.RowSink() {
        @Override
        public void record(EnrolmentRecord record) {
          pipeline.add(record);
        }

        @Override
        public void error(RowError error) {
          readErrors.add(error);
        }
      });
    } catch (IOException | RuntimeException e) {
      pipeline.abort();
      throw e;
    }
    EnrolmentReport report = pipeline.finish(hasher.keyId(), readErrors);
    List<RowError> byLine = new ArrayList<>(report.rowErrors());
    byLine.sort(Comparator.comparingLong(RowError::line));
    return new EnrolmentReport(report.keyId(), report.peopleEnrolled(), report.tokensPerField(), byLine);
  }

  /**
   * The person's distinct tokens and name-part probes, or null (with a row error added) when a value does not
   * normalise; the error names the first such column in file order ({@code "bad phone"}). Name parts are the
   * words of the person's name and relative variants (split at spaces and hyphens), each probed under
   * {@link FieldType#NAME_PART_DOMAIN}. A pure function of the record and the key; thread-safe.
   */
  static PersonTokens tokensOf(EnrolmentRecord record, HmacKeyedHasher hasher, ProbeHasher prober,
      List<RowError> errors) {
    // Variants are distinct per field type and tokens are domain-separated by type, so rows need no set.
    List<TokenRow> tokens = new ArrayList<>(64);
    NameParts parts = new NameParts();
    Set<String> variants = new LinkedHashSet<>(64);
    FieldType type = null;
    for (Column column : Column.values()) {
      if (column.type() != type) {
        addTokens(type, variants, hasher, prober, tokens, parts);
        variants.clear();
        type = column.type();
      }
      for (String value : column.values(record)) {
        List<String> of = SafeVariants.of(type, value);
        if (of.isEmpty()) {
          errors.add(new RowError(Math.max(1, record.line()), RowError.bad(column.noun())));
          return null;
        }
        variants.addAll(of);
      }
    }
    addTokens(type, variants, hasher, prober, tokens, parts);
    return PersonTokens.of(tokens, parts.probes(prober));
  }

  private static void addTokens(FieldType type, Set<String> variants, HmacKeyedHasher hasher, ProbeHasher prober,
      List<TokenRow> tokens, NameParts parts) {
    for (String variant : variants) {
      tokens.add(new TokenRow(type, prober.probe(type.probeDomain(), variant), hasher.token(type.id(), variant)));
      if (type == FieldType.NAME || type == FieldType.RELATIVE) {
        parts.addWords(variant);
      }
    }
  }

  private RegistryKey resolveKey() {
    String expected = store.keyId();
    if (expected == null) {
      return keys.loadOrCreate();
    }
    RegistryKey key = keys.loadExisting();
    if (!expected.equals(key.keyId())) {
      throw new EnrolmentException("the registry store holds tokens made under key id " + expected
          + " but the configured registry key has id " + key.keyId()
          + "; configure the key with id " + expected
          + " (SHIELD_REGISTRY_KEY or SHIELD_HOME/keys/registry.key), or enrol into a new store");
    }
    return key;
  }

  @Override
  public String toString() {
    return "Enroller[store=" + store + ", threads=" + threads + "]";
  }
}
