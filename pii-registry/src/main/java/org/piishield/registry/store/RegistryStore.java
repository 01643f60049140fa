package org.piishield.registry.store;

import java.util.Map;
import org.piishield.registry.normalize.FieldType;

/**
 * Where enrolled people live: opaque person ids and their {@link PersonTokens} (keyed probes, HMAC tokens and
 * name-part probes), with the id of the key the tokens were made under. Holds no plaintext and no unkeyed
 * hash. Implementations are thread-safe and each write is one transaction.
 */
public interface RegistryStore extends AutoCloseable {

  /** The key id every stored token was made under, or {@code null} while the store is empty of people. */
  String keyId();

  /**
   * Replaces everything stored for {@code personId} with {@code tokens} (re-enrolment), recording
   * {@code keyId}. A store whose tokens were made under another key refuses with
   * {@link IllegalStateException}.
   */
  default void replacePerson(String personId, PersonTokens tokens, String keyId) {
    replacePeople(Map.of(personId, tokens), keyId);
  }

  /**
   * Bulk {@link #replacePerson}: every person in {@code people} (person id to tokens) is (re-)enrolled in ONE
   * transaction; all or nothing.
   */
  void replacePeople(Map<String, PersonTokens> people, String keyId);

  /** Removes a person and their tokens; returns whether the person was enrolled. */
  boolean removePerson(String personId);

  /** What is stored for {@code personId}, or {@code null} when not enrolled. */
  PersonTokens tokensOf(String personId);

  /** Number of enrolled people. */
  int people();

  /** Token counts per field type, every type present. */
  Map<FieldType, Integer> tokensPerField();

  /** Streams every enrolled person, e.g. to build the in-memory index; order unspecified. */
  void forEachPerson(PersonVisitor visitor);

  /** Receives stored people; must not call back into the store. */
  @FunctionalInterface
  interface PersonVisitor {
    void visit(String personId, PersonTokens tokens);
  }

  @Override
  void close();
}
