package org.piishield.registry.store;

import java.util.List;
import java.util.Map;
import org.piishield.registry.normalize.FieldType;

/**
 * Where enrolled people live: opaque person ids and their keyed-hash tokens, with the id of the key the
 * tokens were made under. Holds no plaintext and no unkeyed hash. Implementations are thread-safe and
 * each write is one transaction.
 */
public interface RegistryStore extends AutoCloseable {

  /** The key id every stored token was made under, or {@code null} while the store is empty of people. */
  String keyId();

  /**
   * Replaces every token of {@code personId} with {@code tokens} (re-enrolment), recording {@code keyId}.
   * A store whose tokens were made under another key refuses with {@link IllegalStateException}.
   */
  void replacePerson(String personId, List<TokenRow> tokens, String keyId);

  /** Removes a person and their tokens; returns whether the person was enrolled. */
  boolean removePerson(String personId);

  /** Number of enrolled people. */
  int people();

  /** Token counts per field type. */
  Map<FieldType, Integer> tokensPerField();

  /** Streams every (person id, token) pair, e.g. to build the in-memory index. */
  void forEachToken(TokenVisitor visitor);

  /** Receives stored tokens. */
  interface TokenVisitor {
    void visit(String personId, FieldType fieldType, byte[] token);
  }

  @Override
  void close();
}
