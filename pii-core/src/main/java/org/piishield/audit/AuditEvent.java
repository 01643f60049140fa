package org.piishield.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One auditable action: who ({@code actor}) did what ({@code action}, e.g. {@code redact}) when, with
 * attributes such as counts, entity types, source names and content hashes. Attributes must never
 * contain matched text or enrolled values.
 */
public record AuditEvent(Instant time, String actor, String action, Map<String, String> attributes) {

  public AuditEvent {
    attributes = Map.copyOf(attributes);
  }
}
