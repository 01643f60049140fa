package org.piishield.registry.audit;

/**
 * The audit log could not be appended to or read, e.g. its head anchor row is missing or it is chained under
 * another key. The message names the problem with sequence numbers and key ids only, never attribute values.
 */
public final class AuditException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AuditException(String message) {
    super(message);
  }
}
