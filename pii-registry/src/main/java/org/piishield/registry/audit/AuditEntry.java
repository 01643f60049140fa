package org.piishield.registry.audit;

import java.util.Objects;
import org.piishield.audit.AuditEvent;

/**
 * One entry of the {@link AuditLog}: the {@link AuditEvent} as stored (time truncated to milliseconds,
 * UTC), its sequence number (1, 2, 3, … without gaps), the id of the registry key the chain is keyed under,
 * and the chain hashes: {@code hash = HMAC-SHA-256(auditKey, prevHash || canonical bytes)} as 64 lower-case
 * hex chars, {@code prevHash} being the hash of entry {@code seq - 1} (32 zero bytes for entry 1).
 *
 * <p>Example: after {@code log.append(new AuditEvent(t, "alice", "remove", Map.of("person_id", "p-003")))}
 * on an empty log, the entry is {@code seq 1, action "remove", attributes {person_id=p-003},
 * prevHash "00…00"} and {@link AuditLog#head()} is {@code 1:<its hash>}.
 */
public record AuditEntry(long seq, AuditEvent event, String keyId, String prevHash, String hash) {

  public AuditEntry {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }
}
