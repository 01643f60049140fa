package org.piishield.registry.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The registry schema as numbered migration steps, applied in order on open. Step {@code n} runs only when
 * {@code schema_version} holds no version {@code >= n}; all pending steps and their version rows commit in
 * one transaction, so opening a store twice (or a crash mid-migration) leaves the schema unchanged.
 *
 * <p>The SQL is portable between H2 2.x and PostgreSQL; the only dialect difference is the binary column
 * type: {@code BINARY(32)}/{@code VARBINARY} on H2, {@code BYTEA} on PostgreSQL (picked from the database
 * product name).
 *
 * <p>Version 2 on PostgreSQL (version 1, a preview, kept one row per token without probes):
 * <pre>
 *   registry_meta(key_id)                               -- one row once a person is enrolled
 *   person(person_id PRIMARY KEY, tokens BYTEA,          -- PersonTokens encoding, one value per person
 *          n_name, n_address, n_phone, n_email, n_plate, n_relative)   -- rows per field type, for stats
 * </pre>
 * A version-1 store that holds tokens cannot be upgraded (its tokens have no probes and the values they were
 * made from are, by design, nowhere): migration refuses with a message saying to enrol again.
 * Version 3 adds {@code audit_log} and its one-row head anchor {@code audit_head}.
 */
final class SchemaMigrations {

  /** Identifier of the dialect; selects the binary column type. */
  enum Dialect {
    H2("BINARY(32)", "VARBINARY(" + MAX_TOKENS_BYTES + ")"),
    POSTGRESQL("BYTEA", "BYTEA");

    final String tokenType;
    final String blobType;

    Dialect(String tokenType, String blobType) {
      this.tokenType = tokenType;
      this.blobType = blobType;
    }

    static Dialect of(Connection connection) throws SQLException {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      if (product.contains("h2")) {
        return H2;
      }
      throw new SQLException("unsupported database product for the registry store");
    }
  }

  /** The current schema version; the number of steps in {@link #steps(Dialect)}. */
  static final int LATEST = 3;

  /** Largest encoded {@link PersonTokens} one person may have. */
  static final int MAX_TOKENS_BYTES = 1_000_000;

  private SchemaMigrations() {}

  /** Migration steps; index {@code i} moves the schema from version {@code i} to {@code i + 1}. */
  static List<List<String>> steps(Dialect dialect) {
    return List.of(
        List.of(
            "CREATE TABLE registry_meta (key_id VARCHAR(200) NOT NULL)",
            "CREATE TABLE person (person_id VARCHAR(200) NOT NULL PRIMARY KEY)",
            "CREATE TABLE token (person_id VARCHAR(200) NOT NULL REFERENCES person (person_id),"
                + " field_type VARCHAR(16) NOT NULL, token " + dialect.tokenType + " NOT NULL)",
            "CREATE INDEX token_by_value ON token (token)",
            "CREATE INDEX token_by_person ON token (person_id)"),
        List.of(
            "DROP TABLE token",
            "ALTER TABLE person ADD COLUMN tokens " + dialect.blobType,
            "ALTER TABLE person ADD COLUMN n_name INT DEFAULT 0 NOT NULL",
            "ALTER TABLE person ADD COLUMN n_address INT DEFAULT 0 NOT NULL",
            "ALTER TABLE person ADD COLUMN n_phone INT DEFAULT 0 NOT NULL",
            "ALTER TABLE person ADD COLUMN n_email INT DEFAULT 0 NOT NULL",
            "ALTER TABLE person ADD COLUMN n_plate INT DEFAULT 0 NOT NULL",
            "ALTER TABLE person ADD COLUMN n_relative INT DEFAULT 0 NOT NULL"),
        // The hash-chained audit log (org.piishield.registry.audit.AuditLog). Hashes are 64 lower-case hex
        // chars, so no binary column type is needed; audit_head (one row, id 1) is the chain's head anchor
        // and the lock appenders take (SELECT ... FOR UPDATE).
        List.of(
            "CREATE TABLE audit_log (seq BIGINT NOT NULL PRIMARY KEY, at VARCHAR(30) NOT NULL,"
                + " actor VARCHAR(200) NOT NULL, action VARCHAR(64) NOT NULL, key_id VARCHAR(64) NOT NULL,"
                + " attributes VARCHAR(16384) NOT NULL, prev_hash VARCHAR(64) NOT NULL,"
                + " hash VARCHAR(64) NOT NULL)",
            "CREATE TABLE audit_head (id INT NOT NULL PRIMARY KEY, seq BIGINT NOT NULL,"
                + " hash VARCHAR(64) NOT NULL)",
            "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '" + "0".repeat(64) + "')"));
  }

  /**
   * Brings the schema of {@code connection} (auto-commit off) to {@link #LATEST} and commits; returns the
   * version found before migrating.
   */
  static int migrate(Connection connection, Dialect dialect) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL PRIMARY KEY)");
      if (dialect == Dialect.POSTGRESQL) {
        // Two processes opening the same empty schema at once: the second waits, then sees version 1.
        st.execute("LOCK TABLE schema_version IN EXCLUSIVE MODE");
      }
      int found;
      try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
        rs.next();
        found = rs.getInt(1);
      }
      if (found > LATEST) {
        throw new SQLException("registry schema version " + found + " is newer than this build ("
            + LATEST + ")");
      }
      if (found == 1) {
        refuseUnmatchablePreview(st);
      }
      List<List<String>> steps = steps(dialect);
      for (int v = found; v < LATEST; v++) {
        for (String sql : steps.get(v)) {
          st.execute(sql);
        }
        st.execute("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
      }
      connection.commit();
      return found;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  private static void refuseUnmatchablePreview(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM token")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new RegistryStoreException("this registry was enrolled by a preview build whose tokens cannot be"
            + " matched by shield watch; enrol the people CSV again into a new SHIELD_HOME or database");
      }
    }
  }
}
