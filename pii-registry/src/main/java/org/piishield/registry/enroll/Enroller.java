package org.piishield.registry.enroll;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.piishield.registry.crypto.HmacKeyedHasher;
import org.piishield.registry.crypto.KeyProvider;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.Variants;
import org.piishield.registry.store.RegistryStore;
import org.piishield.registry.store.TokenRow;

/**
 * Turns enrolment records into keyed-hash tokens and writes them to a {@link RegistryStore}.
 *
 * <p>For each person and field type, every value goes through {@link Variants#of(FieldType, CharSequence)}
 * (full name and aliases as {@code NAME}, relatives as {@code RELATIVE} with name variants), each distinct
 * variant becomes {@code HmacKeyedHasher.token(type.id(), variant)}, and the person's de-duplicated tokens
 * replace whatever the store held for that person id. Example: a person with full name {@code "Ana Gil"} and
 * phone {@code "(562) 555-0101"} gets one {@code phone} token for {@code "+15625550101"} and one {@code name}
 * token per name variant ({@code "ana gil"}, {@code "gil ana"}, {@code "a gil"}, …).
 *
 * <p>The key: an empty store (no key id) takes {@link KeyProvider#loadOrCreate()}; a store with a key id takes
 * {@link KeyProvider#loadExisting()}, and a key with another id is an {@link EnrolmentException} naming the
 * key id the store expects. Records whose values do not normalise are skipped and reported; the rest enrol.
 * Thread-safe if the store is; the key is resolved on each {@link #enrol} call.
 */
public final class Enroller {

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
    HmacKeyedHasher hasher = new HmacKeyedHasher(resolveKey());
    List<RowError> errors = new ArrayList<>(earlierErrors);
    Map<FieldType, Integer> counts = new EnumMap<>(FieldType.class);
    int people = 0;
    for (EnrolmentRecord record : records) {
      List<TokenRow> tokens = tokensOf(record, hasher, errors);
      if (tokens == null) {
        continue;
      }
      store.replacePerson(record.personId(), tokens, hasher.keyId());
      people++;
      for (TokenRow row : tokens) {
        counts.merge(row.fieldType(), 1, Integer::sum);
      }
    }
    return new EnrolmentReport(hasher.keyId(), people, counts, errors);
  }

  /** The person's distinct tokens, or null (with a row error added) when a value does not normalise. */
  static List<TokenRow> tokensOf(EnrolmentRecord record, HmacKeyedHasher hasher, List<RowError> errors) {
    Set<TokenRow> tokens = new LinkedHashSet<>();
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
        tokens.add(new TokenRow(type, hasher.token(type.id(), variant)));
      }
    }
    return List.copyOf(tokens);
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
