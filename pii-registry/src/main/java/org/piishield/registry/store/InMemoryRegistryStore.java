package org.piishield.registry.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.piishield.registry.normalize.FieldType;

/**
 * A {@link RegistryStore} held in memory: for tests and for callers that do not need persistence. Thread-safe
 * (every method holds the store's lock; {@link #forEachPerson} visits a snapshot outside it). Holds only person
 * ids and their {@link PersonTokens}, like every store.
 *
 * <p>Example: {@code replacePerson("p-1", tokens, "3fa1…")} then {@code people()} is 1 and {@code keyId()} is
 * {@code "3fa1…"}; a later {@code replacePerson("p-2", tokens, "9c0d…")} throws {@link IllegalStateException}.
 */
public final class InMemoryRegistryStore implements RegistryStore {

  private final Map<String, PersonTokens> people = new HashMap<>();
  private String keyId;

  @Override
  public synchronized String keyId() {
    return keyId;
  }

  @Override
  public synchronized void replacePeople(Map<String, PersonTokens> chunk, String keyId) {
    if (keyId == null || keyId.isBlank()) {
      throw new IllegalArgumentException("replacePeople needs a key id");
    }
    for (Map.Entry<String, PersonTokens> e : chunk.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
        throw new IllegalArgumentException("replacePeople needs a person id and tokens for each person");
      }
    }
    if (this.keyId != null && !this.keyId.equals(keyId)) {
      throw new IllegalStateException("this registry store holds tokens made under key id " + this.keyId
          + "; refusing tokens made under key id " + keyId);
    }
    people.putAll(chunk);
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
  public synchronized PersonTokens tokensOf(String personId) {
    return people.get(personId);
  }

  @Override
  public synchronized int people() {
    return people.size();
  }

  @Override
  public synchronized Map<FieldType, Integer> tokensPerField() {
    Map<FieldType, Integer> counts = new EnumMap<>(FieldType.class);
    for (FieldType t : FieldType.values()) {
      counts.put(t, 0);
    }
    for (PersonTokens p : people.values()) {
      p.countsPerField().forEach((t, n) -> counts.merge(t, n, Integer::sum));
    }
    return counts;
  }

  @Override
  public void forEachPerson(PersonVisitor visitor) {
    List<Map.Entry<String, PersonTokens>> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(people.entrySet());
    }
    for (Map.Entry<String, PersonTokens> e : snapshot) {
      visitor.visit(e.getKey(), e.getValue());
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
