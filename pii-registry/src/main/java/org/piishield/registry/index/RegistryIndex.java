package org.piishield.registry.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piishield.registry.crypto.HmacKeyedHasher;
import org.piishield.registry.crypto.ProbeHasher;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.crypto.RegistryKeyException;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.store.PersonTokens;
import org.piishield.registry.store.RegistryStore;

/**
 * The registry as a scanner sees it: built once from a {@link RegistryStore} and the registry key, it answers
 * (1) whether a folded word may belong to an enrolled name ({@link #mightContainPart}, from a cache-sized
 * {@link PartFilter}), (2) which (person, field) candidates a normalised value's probe selects
 * ({@link #lookup}, from the {@link TokenIndex}), and (3) whether a candidate is real ({@link #confirm}: the
 * value's HMAC equals a token stored for that person and field). Only keyed probes, person ids and the store
 * handle are held in memory; no plaintext, no HMAC token.
 *
 * <p>Example: after enrolling {@code p-001} with phone {@code (562) 555-0101},
 * {@code lookup(PHONE, "+15625550101", hits)} calls back with p-001's index and {@code PHONE.ordinal()}, and
 * {@code confirm(thatIndex, PHONE, "+15625550101")} is true; a value differing in one digit finds nothing.
 *
 * <p>Thread-safe: lookups are lock-free; confirmations share a small cache of the people last confirmed.
 */
public final class RegistryIndex {

  private static final FieldType[] TYPES = FieldType.values();
  private static final int CONFIRM_CACHE = 1_024;

  private final TokenIndex tokens;
  private final PartFilter parts;
  private final String[] personIds;
  private final ProbeHasher prober;
  private final HmacKeyedHasher hasher;
  private final RegistryStore store;
  private final Map<Integer, PersonTokens> recent = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, PersonTokens> eldest) {
      return size() > CONFIRM_CACHE;
    }
  };

  private RegistryIndex(TokenIndex tokens, PartFilter parts, String[] personIds, RegistryKey key,
      RegistryStore store) {
    this.tokens = tokens;
    this.parts = parts;
    this.personIds = personIds;
    this.prober = new ProbeHasher(key);
    this.hasher = new HmacKeyedHasher(key);
    this.store = store;
  }

  /**
   * Reads every enrolled person of {@code store} into memory. The store must have been enrolled under
   * {@code key} (else {@link RegistryKeyException} naming both key ids); an empty store gives an empty index.
   * The store stays in use for {@link #confirm} and must outlive the index.
   */
  public static RegistryIndex load(RegistryStore store, RegistryKey key) {
    String stored = store.keyId();
    if (stored != null && !stored.equals(key.keyId())) {
      throw new RegistryKeyException("the registry store holds tokens made under key id " + stored
          + " but the configured registry key has id " + key.keyId() + "; configure the key with id " + stored
          + " (SHIELD_REGISTRY_KEY or SHIELD_HOME/keys/registry.key)");
    }
    int expected = 0;
    for (int n : store.tokensPerField().values()) {
      expected += n;
    }
    TokenIndex.Builder builder = TokenIndex.newBuilder(expected);
    List<String> ids = new ArrayList<>();
    long[][] partHolder = {new long[1024]};
    int[] partCount = {0};
    store.forEachPerson((personId, person) -> {
      int index = ids.size();
      ids.add(personId);
      for (int i = 0, n = person.size(); i < n; i++) {
        builder.add(person.probe(i), index, person.fieldType(i).ordinal());
      }
      for (int j = 0, m = person.nameParts(); j < m; j++) {
        if (partCount[0] == partHolder[0].length) {
          partHolder[0] = Arrays.copyOf(partHolder[0], partCount[0] * 2);
        }
        partHolder[0][partCount[0]++] = person.namePart(j);
      }
    });
    return new RegistryIndex(builder.build(), PartFilter.of(partHolder[0], partCount[0]),
        ids.toArray(new String[0]), key, store);
  }

  /** Whether {@code foldedToken} (a word as in name variants: lower case, accents folded) may be in a name. */
  public boolean mightContainPart(CharSequence foldedToken) {
    return parts.mightContain(prober.probe(FieldType.NAME_PART_DOMAIN, foldedToken));
  }

  /**
   * Calls {@code hits} with every (person index, field type ordinal) candidate for {@code normalized} read as
   * {@code domain} (a {@code NAME} value also finds {@code RELATIVE} candidates); returns their number.
   */
  public int lookup(FieldType domain, CharSequence normalized, TokenIndex.HitConsumer hits) {
    return tokens.lookup(prober.probe(domain.probeDomain(), normalized), hits);
  }

  /** Whether {@code normalized} is really enrolled for person {@code personIndex} as {@code field}. */
  public boolean confirm(int personIndex, FieldType field, String normalized) {
    PersonTokens person;
    synchronized (recent) {
      person = recent.get(personIndex);
    }
    if (person == null) {
      person = store.tokensOf(personIds[personIndex]);
      if (person == null) {
        return false; // removed since the index was built
      }
      synchronized (recent) {
        recent.put(personIndex, person);
      }
    }
    return person.contains(field, hasher.token(field.id(), normalized));
  }

  /** The field type of a {@link TokenIndex.HitConsumer} field argument. */
  public static FieldType fieldType(int ordinal) {
    return TYPES[ordinal];
  }

  /** The opaque id of person {@code personIndex}. */
  public String personId(int personIndex) {
    return personIds[personIndex];
  }

  /** Number of people indexed. */
  public int people() {
    return personIds.length;
  }

  /** Number of (probe, person, field) entries. */
  public int entries() {
    return tokens.size();
  }

  /** Bytes held by the probe table and the part filter (person ids not counted). */
  public long memoryBytes() {
    return tokens.memoryBytes() + parts.memoryBytes();
  }

  @Override
  public String toString() {
    return "RegistryIndex[people=" + personIds.length + ", entries=" + tokens.size() + "]";
  }
}
