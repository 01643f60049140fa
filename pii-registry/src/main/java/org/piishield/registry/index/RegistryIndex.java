package org.piishield.registry.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
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
 * ({@link #lookup}, from the {@link TokenIndex}), and (3) whether a candidate is real: {@link #tokenCheck}
 * recomputes the value's HMAC under the registry key, and its first 32 bits must equal the check the hit
 * carries, taken from the HMAC token stored for that person and field. A false hit would need a 64-bit probe
 * collision AND a 32-bit HMAC collision (about 2^-96 a candidate), and confirming costs one HMAC, no store
 * read, which keeps {@code shield watch} fast with a million people enrolled. Only keyed probes, 32-bit HMAC
 * prefixes and person ids are held in memory; no plaintext.
 *
 * <p>Example: after enrolling {@code p-001} with phone {@code (562) 555-0101},
 * {@code lookup(PHONE, "+15625550101", hits)} calls back with p-001's index, {@code PHONE.ordinal()} and a
 * check equal to {@code tokenCheck(PHONE, "+15625550101")}; a value differing in one digit finds nothing.
 *
 * <p>Thread-safe and lock-free.
 */
public final class RegistryIndex {

  private static final FieldType[] TYPES = FieldType.values();

  private final TokenIndex tokens;
  private final PartFilter parts;
  private final String[] personIds;
  private final ProbeHasher prober;
  private final HmacKeyedHasher hasher;

  private RegistryIndex(TokenIndex tokens, PartFilter parts, String[] personIds, RegistryKey key) {
    this.tokens = tokens;
    this.parts = parts;
    this.personIds = personIds;
    this.prober = new ProbeHasher(key);
    this.hasher = new HmacKeyedHasher(key);
  }

  /**
   * Reads every enrolled person of {@code store} into memory. The store must have been enrolled under
   * {@code key} (else {@link RegistryKeyException} naming both key ids); an empty store gives an empty index.
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
    // The store is read on this thread and the index built on another, so the store's row decoding and the
    // table inserts (each about half of the work for 1M people, issue 3) overlap on two cores.
    Assembly assembly = new Assembly(expected);
    BlockingQueue<LoadBatch> queue = new ArrayBlockingQueue<>(16);
    FutureTask<Void> building = new FutureTask<>(() -> {
      for (LoadBatch b; (b = queue.take()) != LoadBatch.END; ) {
        assembly.add(b);
      }
      return null;
    });
    Thread builder = new Thread(building, "pii-index-build");
    builder.setDaemon(true);
    builder.start();
    try {
      LoadBatch[] batch = {new LoadBatch()};
      store.forEachPerson((personId, person) -> {
        if (batch[0].add(personId, person)) {
          hand(queue, batch[0], building);
          batch[0] = new LoadBatch();
        }
      });
      hand(queue, batch[0], building);
      hand(queue, LoadBatch.END, building);
      building.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the registry index", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      building.cancel(true); // no-op once done; stops the builder if reading failed
    }
    return assembly.index(key);
  }

  /** Hands {@code batch} to the building thread; rethrows its failure if it stopped. */
  private static void hand(BlockingQueue<LoadBatch> queue, LoadBatch batch, FutureTask<Void> building) {
    try {
      while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
        if (building.isDone()) {
          building.get();
          throw new IllegalStateException("the registry index builder stopped early");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the registry index", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** Up to {@value #SIZE} people read from the store, in store order. */
  private static final class LoadBatch {
    static final int SIZE = 1_024;
    static final LoadBatch END = new LoadBatch();

    final String[] ids = new String[SIZE];
    final PersonTokens[] people = new PersonTokens[SIZE];
    int size;

    /** Adds one person; returns whether the batch is now full. */
    boolean add(String personId, PersonTokens person) {
      ids[size] = personId;
      people[size++] = person;
      return size == SIZE;
    }
  }

  /** The index under construction, owned by the building thread: probe table, person ids, name parts. */
  private static final class Assembly {
    private final TokenIndex.Builder tokens;
    private final List<String> ids = new ArrayList<>();
    private long[] parts = new long[1024];
    private int partCount;

    Assembly(int expectedEntries) {
      tokens = TokenIndex.newBuilder(expectedEntries);
    }

    void add(LoadBatch b) {
      for (int k = 0; k < b.size; k++) {
        int index = ids.size();
        ids.add(b.ids[k]);
        PersonTokens person = b.people[k];
        for (int i = 0, n = person.size(); i < n; i++) {
          tokens.add(person.probe(i), index, person.fieldType(i).ordinal(), person.tokenCheck(i));
        }
        for (int j = 0, m = person.nameParts(); j < m; j++) {
          if (partCount == parts.length) {
            parts = Arrays.copyOf(parts, partCount * 2);
          }
          parts[partCount++] = person.namePart(j);
        }
      }
    }

    RegistryIndex index(RegistryKey key) {
      return new RegistryIndex(tokens.build(), PartFilter.of(parts, partCount), ids.toArray(new String[0]), key);
    }
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

  /** {@link #lookup(FieldType, CharSequence, TokenIndex.HitConsumer)} stopping after {@code limit + 1} hits. */
  public int lookup(FieldType domain, CharSequence normalized, TokenIndex.HitConsumer hits, int limit) {
    return tokens.lookup(prober.probe(domain.probeDomain(), normalized), hits, limit);
  }

  /**
   * The first 32 bits (big-endian) of the HMAC token of {@code normalized} enrolled as {@code field}: a hit
   * for that field whose check differs is not real.
   */
  public int tokenCheck(FieldType field, CharSequence normalized) {
    byte[] t = hasher.token(field.id(), normalized.toString());
    return ((t[0] & 0xff) << 24) | ((t[1] & 0xff) << 16) | ((t[2] & 0xff) << 8) | (t[3] & 0xff);
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
