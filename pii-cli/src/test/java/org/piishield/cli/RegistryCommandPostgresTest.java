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
 * {@code shield registry --db} on a real PostgreSQL at {@value #URL} (user postgres, trust auth), in a fresh
 * schema dropped afterwards. An unreachable server FAILS this test: {@code .ci/run} starts it.
 */
class RegistryCommandPostgresTest {

  static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = "postgres";

  @TempDir
  Path home;

  private String schema;

  @BeforeEach
  void createSchema() {
    schema = "cli_registry_" + UUID.randomUUID().toString().replace("-", "");
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
  void enroll_postgres_statsCountSixPeople() {
    Map<String, String> env = Map.of(RegistryStoreOptions.HOME_VAR, home.toString());
    String db = URL + "?currentSchema=" + schema;
    Shield.Result enroll = Shield.runWith("", env, "registry", "enroll", "--db", db, "--db-user", USER,
        RegistryCommandTest.SAMPLE);
    assertEquals(ExitCode.OK, enroll.exitCode(), enroll::toString);

    Shield.Result stats = Shield.runWith("", env, "registry", "stats", "--db", db);
    assertEquals(ExitCode.OK, stats.exitCode(), stats::toString);
    assertTrue(stats.out().contains("people enrolled: 6"), stats::toString);
  }
}
