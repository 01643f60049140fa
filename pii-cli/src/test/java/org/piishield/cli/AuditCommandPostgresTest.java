package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shield audit --db} on a real PostgreSQL at {@value #URL} (user postgres, trust auth), in a fresh schema
 * dropped afterwards. An unreachable server FAILS this test: {@code .ci/run} starts it.
 */
class AuditCommandPostgresTest {

  static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = "postgres";

  @TempDir
  Path home;

  private String schema;

  @BeforeEach
  void createSchema() {
    schema = "cli_audit_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(URL, USER, "");
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      fail("PostgreSQL is not reachable at " + URL + " as " + USER + "; start it (see README)", e);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, USER, "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void verify_postgresAfterEnrollRemoveAndEdit_okThenBrokenAtEditedSeq() throws SQLException {
    Map<String, String> env = Map.of(RegistryStoreOptions.HOME_VAR, home.toString(), "USER", "auditor");
    String db = URL + "?currentSchema=" + schema;
    assertEquals(ExitCode.OK, Shield.runWith("", env, "registry", "enroll", "--db", db, "--db-user", USER,
        RegistryCommandTest.SAMPLE).exitCode());
    assertEquals(ExitCode.OK, Shield.runWith("", env, "registry", "remove", "--db", db, "p-002").exitCode());

    Shield.Result ok = Shield.runWith("", env, "audit", "verify", "--db", db);
    assertEquals(ExitCode.OK, ok.exitCode(), ok::toString);
    assertTrue(ok.out().startsWith("audit log OK: 2 entries, head 2:"), ok::toString);
    Shield.Result export = Shield.runWith("", env, "audit", "export", "--db", db);
    assertEquals(2, export.out().lines().count(), export::toString);

    try (Connection c = DriverManager.getConnection(db, USER, "");
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE audit_log SET attributes = REPLACE(attributes, 'p-002', 'p-005') WHERE seq = 2");
    }
    Shield.Result broken = Shield.runWith("", env, "audit", "verify", "--db", db);
    assertEquals(ExitCode.FINDINGS, broken.exitCode(), broken::toString);
    assertTrue(broken.out().startsWith("audit log broken at seq 2: entry edited"), broken::toString);
  }
}
