package org.piishield.registry.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.piishield.audit.AuditEvent;

/**
 * The SQL of the {@code audit_log} and {@code audit_head} tables (schema step "audit" of
 * {@code SchemaMigrations}), run on a connection inside {@code JdbcRegistryStore.inTransaction}.
 */
final class AuditRows {

  /** Rows fetched per round trip when walking the log. */
  static final int FETCH_SIZE = 1_000;

  /** One {@code audit_log} row, column texts exactly as stored. */
  record Row(long seq, String at, String actor, String action, String keyId, String attributes, String prevHash,
      String hash) {

    /** The entry of this row; {@link IllegalArgumentException} if its time or attributes do not parse. */
    AuditEntry entry() {
      Instant time;
      try {
        time = Instant.parse(at);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("entry time is not an ISO-8601 instant");
      }
      AuditEvent event = new AuditEvent(time, actor, action, CanonicalJson.parse(attributes));
      return new AuditEntry(seq, event, keyId, prevHash, hash);
    }
  }

  /** Receives rows in sequence order; returns false to stop. */
  interface RowVisitor {
    boolean visit(Row row) throws SQLException;
  }

  private AuditRows() {}

  /**
   * The head anchor, or {@code null} if its row was deleted; {@code lock} takes the row lock that serialises
   * appenders (also across processes on PostgreSQL) until the transaction ends.
   */
  static StoredHead head(Connection c, boolean lock) throws SQLException {
    String sql = "SELECT seq, hash FROM audit_head WHERE id = 1" + (lock ? " FOR UPDATE" : "");
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? new StoredHead(rs.getLong(1), rs.getString(2)) : null;
    }
  }

  /** The head row's columns as stored (the hash may have been tampered into any text). */
  record StoredHead(long seq, String hash) {}

  /** The key id of entry {@code seq}, or {@code null} if there is no such row. */
  static String keyIdOf(Connection c, long seq) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT key_id FROM audit_log WHERE seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** Inserts {@code row} and moves the head anchor to it. */
  static void append(Connection c, Row row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log"
        + " (seq, at, actor, action, key_id, attributes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, row.seq());
      ps.setString(2, row.at());
      ps.setString(3, row.actor());
      ps.setString(4, row.action());
      ps.setString(5, row.keyId());
      ps.setString(6, row.attributes());
      ps.setString(7, row.prevHash());
      ps.setString(8, row.hash());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
      ps.setLong(1, row.seq());
      ps.setString(2, row.hash());
      ps.executeUpdate();
    }
  }

  /** Streams every row in ascending {@code seq}, {@link #FETCH_SIZE} per round trip, until the visitor stops. */
  static void forEach(Connection c, RowVisitor visitor) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, key_id, attributes,"
        + " prev_hash, hash FROM audit_log ORDER BY seq", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(FETCH_SIZE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row row = new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8));
          if (!visitor.visit(row)) {
            return;
          }
        }
      }
    }
  }
}
