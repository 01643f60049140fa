package org.piishield.audit;

/** Receives audit events. Implementations are thread-safe. */
public interface AuditSink {

  void append(AuditEvent event);

  /** A sink that drops every event at no cost. */
  static AuditSink disabled() {
    return DisabledAuditSink.INSTANCE;
  }
}

enum DisabledAuditSink implements AuditSink {
  INSTANCE;

  @Override
  public void append(AuditEvent event) {}
}
