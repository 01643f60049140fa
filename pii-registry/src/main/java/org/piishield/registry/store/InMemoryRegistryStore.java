package org.piishield.registry.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.piishield.registry.normalize.FieldType;

/**
 * A {@link RegistryStore} held in memory: for tests and for callers that do not need persistence. Thread-safe
 * (every method holds the store's lock; {@link #forEachToken} visits a snapshot outside it). Holds only person
 * ids, field types and tokens, like every store.
 *
 * <p>Example: {@code replacePerson("p-1", rows, "3fa1…")} then {@code people()} is 1 and {@code keyId()} is
 * {@code "3fa1…"}; a later {@code replacePerson("p-2", rows, "9c0d…")} throws {@link IllegalStateException}.
 */
public final class InMemoryRegistryStore implements RegistryStore {

  private final Map<String, List<TokenRow>> people = new HashMap<>();
  private String keyId;

  @Override
  public synchronized String keyId() {
    return keyId;
  }

  @Override
  public synchronized void replacePerson(String personId, List<TokenRow> tokens, String keyId) {
    if (personId == null || personId.isBlank() || tokens == null || keyId == null || keyId.isBlank()) {
      throw new IllegalArgumentException("replacePerson needs a person id, a token list and a key id");
    }
    if (this.keyId != null && !this.keyId.equals(keyId)) {
      throw new IllegalStateException("this registry store holds tokens made under key id " + this.keyId
          + "; refusing tokens made under key id " + keyId);
    }
    people.put(personId, List.copyOf(tokens));
    this.keyId = keyId;
  }

  @Override
  public synchronized boolean removePerson(String personId) {
    boolean removed = people.remove(personId) != null;
    if (people.isEmpty()) {
      keyId = null;
    }
    return removed;
  }

  @Override
  public synchronized int people() {
    return people.size();
  }

  @Override
  public synchronized Map<FieldType, Integer> tokensPerField() {
    Map<FieldType, Integer> counts = new EnumMap<>(FieldType.class);
    for (List<TokenRow> rows : people.values()) {
      for (TokenRow row : rows) {
        counts.merge(row.fieldType(), 1, Integer::sum);
      }
    }
    return counts;
  }

  @Override
  public void forEachToken(TokenVisitor visitor) {
    List<Map.Entry<String, List<TokenRow>>> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(people.entrySet());
    }
    for (Map.Entry<String, List<TokenRow>> e : snapshot) {
      for (TokenRow row : e.getValue()) {
        visitor.visit(e.getKey(), row.fieldType(), row.token());
      }
    }
  }

  @Override
  public void close() {
    // nothing to release
  }

  @Override
  public synchronized String toString() {
    return "InMemoryRegistryStore[people=" + people.size() + ", keyId=" + keyId + "]";
  }
}
