package org.piishield.registry.audit;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link AuditLogContract} on a real PostgreSQL at {@value #URL} (user {@value #USER}, trust auth), each test
 * in its own schema, dropped afterwards. An unreachable server FAILS these tests: {@code .ci/run} starts it.
 */
class PostgresAuditLogTest extends AuditLogContract {

  static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = "postgres";

  private String schema;

  @BeforeEach
  void createSchema() {
    schema = "audit_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(URL, USER, "");
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      fail("PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage() + "); start it,"
          + " e.g. pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    closeStores();
    try (Connection c = DriverManager.getConnection(URL, USER, "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Override
  String url() {
    return URL + "?currentSchema=" + schema;
  }

  @Override
  String user() {
    return USER;
  }
}
