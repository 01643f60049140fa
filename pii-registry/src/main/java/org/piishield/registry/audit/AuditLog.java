package org.piishield.registry.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;
import org.piishield.audit.AuditEvent;
import org.piishield.audit.AuditSink;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.store.JdbcRegistryStore;

/**
 * The hash-chained audit log of a registry store, in the store's own database (tables {@code audit_log} and
 * {@code audit_head}). Each {@link #append} adds one {@link AuditEntry} whose hash links it to the entry
 * before under {@code registryKey.derive("audit-chain")} (see {@link AuditChain} for the exact bytes);
 * {@link #verify()} walks the chain and names the first broken link.
 *
 * <p>Lifecycle: (1) open the store and load the registry key; (2) {@code new AuditLog(store, key)};
 * (3) {@link #append} per auditable action, {@link #verify()} when an auditor asks; (4) close the store.
 * Thread-safe: every call is one transaction of the store. Appends are serialised by a row lock on the
 * head anchor ({@code SELECT … FOR UPDATE}), so two processes appending to one PostgreSQL database at once
 * never fork the chain: the second waits, then links to the first.
 *
 * <pre>{@code
 * try (JdbcRegistryStore store = JdbcRegistryStore.embedded(home)) {
 *   AuditLog log = new AuditLog(store, keys.loadExisting());
 *   log.append(new AuditEvent(Instant.now(), "alice", "remove", Map.of(AuditAttributes.PERSON_ID, "p-003")));
 *   log.verify().summary();   // "audit log OK: 1 entries, head 1:9c0e…"
 * }
 * }</pre>
 *
 * <p>What it detects, and what it cannot:
 * <ol>
 *   <li>An edited, deleted, inserted or reordered entry anywhere before the last: yes, without anything
 *       kept outside the database, for anyone who cannot compute the keyed hash (no registry key).
 *   <li>Deleting the LAST entries: the head anchor {@code audit_head} (moved in the same transaction as each
 *       append) catches a plain {@code DELETE}. But a writer of the database can delete the tail AND rewind
 *       the anchor to the hash of the new last entry (it is stored in that row): the database alone cannot
 *       prove what it no longer holds. Keep the head printed by {@code shield audit verify} (or the last line
 *       of an export) outside the database and pass it to {@link #verify(AuditHead)} to detect that.
 *   <li>Someone holding the registry key can rewrite the whole chain; the key is the root of trust, as it is
 *       for the tokens.
 * </ol>
 */
public final class AuditLog implements AuditSink {

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final JdbcRegistryStore store;
  private final RegistryKey key;

  /** The log of {@code store}, chained under {@code key} (the registry key of that store). */
  public AuditLog(JdbcRegistryStore store, RegistryKey key) {
    this.store = Objects.requireNonNull(store, "store");
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * Appends {@code event} as the next entry, in its own transaction. The time is stored in UTC, truncated to
   * milliseconds. Throws {@link IllegalArgumentException} for an attribute outside {@link AuditAttributes},
   * an actor that is blank, over 200 chars or has control chars, or an action not matching
   * {@code [a-z][a-z0-9_-]{0,63}}, or a text with an unpaired surrogate; {@link AuditException} when the log is chained under another key or its head
   * anchor is missing; {@code RegistryStoreException} when the database fails. Nothing is written then.
   */
  @Override
  public void append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    String actor = event.actor();
    if (actor == null || actor.isBlank() || actor.length() > 200 || actor.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("actor must be 1-200 chars without control chars");
    }
    if (event.action() == null || !ACTION.matcher(event.action()).matches()) {
      throw new IllegalArgumentException("action must match [a-z][a-z0-9_-]{0,63}");
    }
    AuditAttributes.check(event.attributes());
    String attributes = CanonicalJson.write(event.attributes());
    if (attributes.length() > AuditAttributes.MAX_JSON_CHARS) {
      throw new IllegalArgumentException("attributes take " + attributes.length() + " chars as JSON; at most "
          + AuditAttributes.MAX_JSON_CHARS);
    }
    String at = AT.format(Objects.requireNonNull(event.time(), "time").truncatedTo(ChronoUnit.MILLIS));
    store.inTransaction("audit append", c -> {
      AuditRows.StoredHead head = AuditRows.head(c, true);
      if (head == null) {
        throw new AuditException("the audit log's head anchor (audit_head) is missing; run shield audit verify");
      }
      if (head.seq() > 0) {
        String chainKey = AuditRows.keyIdOf(c, head.seq());
        if (chainKey == null) {
          throw new AuditException("the audit log's head anchor points at seq " + head.seq()
              + ", which is missing; run shield audit verify");
        }
        if (!chainKey.equals(key.keyId())) {
          throw new AuditException("the audit log is chained under another registry key than the configured"
              + " one (key id " + key.keyId() + "); configure the key the log was made under");
        }
      }
      long seq = head.seq() + 1;
      if (!HASH.matcher(head.hash()).matches()) {
        throw new AuditException("the audit log's head anchor holds no valid hash; run shield audit verify");
      }
      String hash = new AuditChain(key).link(head.hash(), seq, at, actor, event.action(), key.keyId(), attributes);
      AuditRows.append(c, new AuditRows.Row(seq, at, actor, event.action(), key.keyId(), attributes, head.hash(),
          hash));
      return null;
    });
  }

  /** The head anchor: sequence number and hash of the last entry ({@link AuditHead#EMPTY} for none). */
  public AuditHead head() {
    return store.inTransaction("audit head", c -> {
      AuditRows.StoredHead head = AuditRows.head(c, false);
      if (head == null) {
        throw new AuditException("the audit log's head anchor (audit_head) is missing; run shield audit verify");
      }
      try {
        return new AuditHead(head.seq(), head.hash());
      } catch (IllegalArgumentException e) {
        throw new AuditException("the audit log's head anchor holds no valid hash; run shield audit verify");
      }
    });
  }

  /**
   * Walks the whole chain (streaming, appends wait meanwhile) and returns the count and head, or the first
   * broken link: an edited entry, a deleted one (gap), one out of place, one under another key, or a log
   * that ends before its head anchor.
   */
  public AuditVerification verify() {
    return walk(null);
  }

  /**
   * {@link #verify()}, and also checks that the chain still holds {@code expected} (a head printed by an
   * earlier verification and kept outside the database): a log rewound to before it is
   * {@link AuditVerification.Reason#TRUNCATED}, one whose entry at that seq has another hash
   * {@link AuditVerification.Reason#ANCHOR_MISMATCH}.
   */
  public AuditVerification verify(AuditHead expected) {
    return walk(Objects.requireNonNull(expected, "expected"));
  }

  private AuditVerification walk(AuditHead expected) {
    return store.inTransaction("audit verify", c -> {
      AuditRows.StoredHead stored = AuditRows.head(c, true);
      ChainWalk walk = new ChainWalk(new AuditChain(key), expected);
      AuditRows.forEach(c, walk::visit);
      return walk.finish(stored);
    });
  }

  /** Only the key id. */
  @Override
  public String toString() {
    return "AuditLog[keyId=" + key.keyId() + "]";
  }
}
