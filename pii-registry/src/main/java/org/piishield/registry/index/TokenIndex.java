package org.piishield.registry.index;

/**
 * Immutable in-memory multimap from 64-bit probe keys (see {@code ProbeHasher}) to (person index, field
 * type, check) entries, the check being the first 32 bits of the entry's HMAC token. Built once from the
 * store, then shared by all scanning threads; thread-safe.
 *
 * <p>Example: after {@code add(p, 7, 2, c1)} and {@code add(p, 9, 2, c2)},
 * {@code lookup(p, (person, field, check) -> ...)} calls back twice, with (7, 2, c1) and (9, 2, c2), and
 * returns 2; a probe never added returns 0 (and, rarely, a colliding probe returns another entry: hits are
 * candidates, to be confirmed by the caller with the check). The index holds no plaintext and no full token.
 *
 * <p>Limits: person index in {@code [0, }{@value #MAX_PERSON_INDEX}{@code ]}, field type in
 * {@code [0, }{@value #MAX_FIELD_TYPE}{@code ]}.
 */
public final class TokenIndex {
  /*
   * Layout: linear probing over three parallel arrays, long[] keys, int[] values and int[] checks, one slot per entry
   * (duplicates of a key occupy several slots of the same cluster), so a lookup scans from the home slot to
   * the first empty slot and reports every slot whose key matches. Slot count = entries / LOAD_FACTOR
   * (not a power of two), home slot by the multiply-shift range reduction of the high 32 probe bits [1].
   * At 16 bytes a slot and load 0.6 that is 26.7 bytes per entry (issue 3: 1M people x 45 variants in ~1.2 GB,
   * budget 1.5 GB). Expected slots scanned on a miss with linear probing at load a:
   * (1 + 1/(1-a)^2)/2 = 3.6 at 0.6 [2], all in the keys array (consecutive longs, usually one cache line).
   * Key 0 marks an empty slot; a real probe 0 is stored as ZERO_ALIAS, which merely merges two candidate
   * sets (a 2^-64 event that HMAC confirmation absorbs).
   * Values pack (personIndex << FIELD_BITS) | fieldType. Checks hold the first 32 bits of the entry's HMAC
   * token, so a hit is confirmed in memory (see RegistryIndex.tokenCheck) without a store read per hit.
   * [1] D. Lemire, "A fast alternative to the modulo reduction", 2016.
   * [2] D. Knuth, TAOCP vol. 3, 6.4, linear probing analysis.
   */

  /** Receives one candidate entry per call; must not retain or block. */
  @FunctionalInterface
  public interface HitConsumer {
    void accept(int personIndex, int fieldType, int check);
  }

  static final int FIELD_BITS = 5;
  /** Largest accepted field type id. */
  public static final int MAX_FIELD_TYPE = (1 << FIELD_BITS) - 1;
  /** Largest accepted person index. */
  public static final int MAX_PERSON_INDEX = (1 << (31 - FIELD_BITS)) - 1;
  static final double LOAD_FACTOR = 0.6;
  static final long ZERO_ALIAS = 0x9E3779B97F4A7C15L;

  private static final TokenIndex EMPTY = new TokenIndex(new long[1], new int[1], new int[1], 0);

  private final long[] keys;
  private final int[] values;
  private final int[] checks;
  private final int size;

  private TokenIndex(long[] keys, int[] values, int[] checks, int size) {
    this.keys = keys;
    this.values = values;
    this.checks = checks;
    this.size = size;
  }

  /** A builder presized for {@code expectedEntries} entries (it grows as needed). */
  public static Builder newBuilder(int expectedEntries) {
    return new Builder(expectedEntries);
  }

  /**
   * Calls {@code hits} once for every entry stored under {@code probe} and returns how many there were.
   * Allocation-free.
   */
  public int lookup(long probe, HitConsumer hits) {
    return lookup(probe, hits, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #lookup(long, HitConsumer)}, but stops after reporting {@code limit + 1} entries and then
   * returns {@code limit + 1}: enough to tell "more than limit" without scanning a long run of duplicates.
   */
  public int lookup(long probe, HitConsumer hits, int limit) {
    long key = probe == 0 ? ZERO_ALIAS : probe;
    long[] k = keys;
    int cap = k.length;
    int i = home(key, cap);
    int found = 0;
    long slot;
    while ((slot = k[i]) != 0) {
      if (slot == key) {
        int v = values[i];
        hits.accept(v >>> FIELD_BITS, v & MAX_FIELD_TYPE, checks[i]);
        if (found++ == limit) {
          return found;
        }
      }
      if (++i == cap) {
        i = 0;
      }
    }
    return found;
  }

  /** Whether any entry is stored under {@code probe}. */
  public boolean contains(long probe) {
    long key = probe == 0 ? ZERO_ALIAS : probe;
    long[] k = keys;
    int cap = k.length;
    for (int i = home(key, cap); k[i] != 0; i = i + 1 == cap ? 0 : i + 1) {
      if (k[i] == key) {
        return true;
      }
    }
    return false;
  }

  /** Number of distinct (probe, person, field type) entries. */
  public int size() {
    return size;
  }

  /** Bytes held by the slot arrays (the index's whole footprint up to object headers). */
  public long memoryBytes() {
    return (long) keys.length * Long.BYTES + (long) (values.length + checks.length) * Integer.BYTES;
  }

  @Override
  public String toString() {
    return "TokenIndex[size=" + size + ", slots=" + keys.length + "]";
  }

  private static int home(long key, int cap) {
    return (int) (((key >>> 32) * cap) >>> 32);
  }

  /**
   * Collects (probe, personIndex, fieldType, check) entries straight into the slot arrays, so building needs no
   * staging copy (issue 3: 1M people, ~45M entries, build peak = the index itself when presized); not
   * thread-safe; duplicates are stored once. Presize with the expected number of entries: the table doubles
   * when it passes the load factor, and {@link #build()} shrinks it to the exact size when over 10 % is slack.
   */
  public static final class Builder {
    private long[] keys;
    private int[] values;
    private int[] checks;
    private int size;
    /** Whether {@link #build()} handed the arrays to an index (the next add copies them). */
    private boolean shared;

    private Builder(int expected) {
      allocate(capacityFor(Math.max(1, expected)));
    }

    /**
     * Adds one entry with {@code check}, the first 32 bits of its HMAC token; throws if {@code personIndex} or
     * {@code fieldType} is out of range. An entry equal in probe, person and field to one already added is
     * dropped.
     */
    public Builder add(long probe, int personIndex, int fieldType, int check) {
      if (personIndex < 0 || personIndex > MAX_PERSON_INDEX) {
        throw new IllegalArgumentException("person index out of range [0, " + MAX_PERSON_INDEX + "]: "
            + personIndex);
      }
      if (fieldType < 0 || fieldType > MAX_FIELD_TYPE) {
        throw new IllegalArgumentException("field type out of range [0, " + MAX_FIELD_TYPE + "]: " + fieldType);
      }
      if (shared) {
        keys = keys.clone();
        values = values.clone();
        checks = checks.clone();
        shared = false;
      }
      if (size + 1 > (long) (keys.length * LOAD_FACTOR)) {
        rehash(capacityFor(Math.max(size + 1L, (long) keys.length)));
      }
      if (insert(keys, values, checks, probe == 0 ? ZERO_ALIAS : probe, (personIndex << FIELD_BITS) | fieldType,
          check)) {
        size++;
      }
      return this;
    }

    /** Builds the immutable index. The builder may be reused afterwards (it keeps its entries). */
    public TokenIndex build() {
      if (size == 0) {
        return EMPTY;
      }
      int exact = capacityFor(size);
      if (keys.length > exact * 1.1) {
        rehash(exact); // mostly duplicates or an overestimate: keep the memory bound per distinct entry
      }
      shared = true;
      return new TokenIndex(keys, values, checks, size);
    }

    /** Slots for {@code entries} at {@link #LOAD_FACTOR}. */
    private static int capacityFor(long entries) {
      long cap = (long) Math.ceil(entries / LOAD_FACTOR) + 1;
      if (cap > Integer.MAX_VALUE - 8L) {
        throw new IllegalStateException("token index too large: " + entries + " entries");
      }
      return (int) cap;
    }

    private void allocate(int cap) {
      keys = new long[cap];
      values = new int[cap];
      checks = new int[cap];
    }

    private void rehash(int cap) {
      long[] oldKeys = keys;
      int[] oldValues = values;
      int[] oldChecks = checks;
      allocate(cap);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          insert(keys, values, checks, oldKeys[i], oldValues[i], oldChecks[i]);
        }
      }
    }

    /** Puts (key, value) in the first free slot of its cluster unless present; returns whether it was new. */
    private static boolean insert(long[] keys, int[] values, int[] checks, long key, int value, int check) {
      int cap = keys.length;
      int i = home(key, cap);
      while (keys[i] != 0) {
        if (keys[i] == key && values[i] == value) {
          return false;
        }
        if (++i == cap) {
          i = 0;
        }
      }
      keys[i] = key;
      values[i] = value;
      checks[i] = check;
      return true;
    }
  }
}
