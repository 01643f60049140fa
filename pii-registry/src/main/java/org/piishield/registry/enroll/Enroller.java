package org.piishield.registry.enroll;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * {@value #CHUNK} people per store transaction. Example: a person with full name {@code "Ana Gil"} and
 * phone {@code "(562) 555-0101"} gets one {@code phone} token for {@code "+15625550101"} and one {@code name}
 * token per name variant ({@code "ana gil"}, {@code "gil ana"}, {@code "a gil"}, …).
 *
 * <p>The key: an empty store (no key id) takes {@link KeyProvider#loadOrCreate()}; a store with a key id takes
 * {@link KeyProvider#loadExisting()}, and a key with another id is an {@link EnrolmentException} naming the
 * key id the store expects. Records whose values do not normalise are skipped and reported; the rest enrol.
 * Thread-safe if the store is; the key is resolved on each {@link #enrol} call.
 */
public final class Enroller {

  /** People written per store transaction. */
  static final int CHUNK = 1_000;
  private static final Pattern PART_SEPARATORS = Pattern.compile("[ -]");

  private final RegistryStore store;
  private final KeyProvider keys;

  public Enroller(RegistryStore store, KeyProvider keys) {
    if (store == null || keys == null) {
      throw new IllegalArgumentException("an enroller needs a store and a key provider");
    }
    this.store = store;
    this.keys = keys;
  }

  /** Enrols what {@link PeopleCsvReader} read, carrying its row errors into the report. */
  public EnrolmentReport enrol(PeopleCsvReader.Result read) {
    return enrol(read.records(), read.errors());
  }

  /** Enrols {@code records}; {@code earlierErrors} (e.g. from reading) come first in the report. */
  public EnrolmentReport enrol(List<EnrolmentRecord> records, List<RowError> earlierErrors) {
    RegistryKey key = resolveKey();
    HmacKeyedHasher hasher = new HmacKeyedHasher(key);
    ProbeHasher prober = new ProbeHasher(key);
    List<RowError> errors = new ArrayList<>(earlierErrors);
    Map<FieldType, Integer> counts = new EnumMap<>(FieldType.class);
    Map<String, PersonTokens> chunk = new LinkedHashMap<>();
    int people = 0;
    for (EnrolmentRecord record : records) {
      PersonTokens tokens = tokensOf(record, hasher, prober, errors);
      if (tokens == null) {
        continue;
      }
      // A person id repeated in the file: the later row wins, as with one call per row.
      chunk.remove(record.personId());
      chunk.put(record.personId(), tokens);
      people++;
      tokens.countsPerField().forEach((t, n) -> {
        if (n > 0) {
          counts.merge(t, n, Integer::sum);
        }
      });
      if (chunk.size() == CHUNK) {
        store.replacePeople(chunk, hasher.keyId());
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      store.replacePeople(chunk, hasher.keyId());
    }
    return new EnrolmentReport(hasher.keyId(), people, counts, errors);
  }

  /**
   * The person's distinct tokens and name-part probes, or null (with a row error added) when a value does not
   * normalise. Name parts are the words of the person's name and relative variants (split at spaces and
   * hyphens), each probed under {@link FieldType#NAME_PART_DOMAIN}.
   */
  static PersonTokens tokensOf(EnrolmentRecord record, HmacKeyedHasher hasher, ProbeHasher prober,
      List<RowError> errors) {
    Set<TokenRow> tokens = new LinkedHashSet<>();
    Set<String> parts = new LinkedHashSet<>();
    for (FieldType type : FieldType.values()) {
      Set<String> variants = new LinkedHashSet<>();
      for (String value : record.values(type)) {
        List<String> of = SafeVariants.of(type, value);
        if (of.isEmpty()) {
          errors.add(new RowError(Math.max(1, record.line()), RowError.bad(type.id())));
          return null;
        }
        variants.addAll(of);
      }
      for (String variant : variants) {
        tokens.add(new TokenRow(type, prober.probe(type.probeDomain(), variant), hasher.token(type.id(), variant)));
        if (type == FieldType.NAME || type == FieldType.RELATIVE) {
          for (String part : PART_SEPARATORS.split(variant)) {
            if (!part.isEmpty()) {
              parts.add(part);
            }
          }
        }
      }
    }
    long[] partProbes = new long[parts.size()];
    int i = 0;
    for (String part : parts) {
      partProbes[i++] = prober.probe(FieldType.NAME_PART_DOMAIN, part);
    }
    return PersonTokens.of(tokens, partProbes);
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
    return "Enroller[store=" + store + "]";
  }
}
