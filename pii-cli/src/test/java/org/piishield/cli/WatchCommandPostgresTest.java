package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shield watch --db} on a real PostgreSQL (user postgres, trust auth) in a fresh schema dropped
 * afterwards: the same alerts as on the embedded store. An unreachable server FAILS this test.
 */
class WatchCommandPostgresTest {

  @TempDir
  Path home;

  private String schema;

  @BeforeEach
  void createSchema() {
    schema = "cli_watch_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(RegistryCommandPostgresTest.URL, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      fail("PostgreSQL is not reachable at " + RegistryCommandPostgresTest.URL + "; start it (see README)", e);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(RegistryCommandPostgresTest.URL, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void watch_postgres_sameAlertsAsEmbeddedAndAuditVerifies() {
    Map<String, String> env = Map.of(RegistryStoreOptions.HOME_VAR, home.toString());
    String db = RegistryCommandPostgresTest.URL + "?currentSchema=" + schema;
    Shield.Result enroll = Shield.runWith("", env, "registry", "enroll", "--db", db, RegistryCommandTest.SAMPLE);
    assertEquals(ExitCode.OK, enroll.exitCode(), enroll::toString);

    List<String> args = new ArrayList<>(List.of("watch", "--db", db));
    args.addAll(List.of(WatchCommandTest.samples()));
    Shield.Result watch = Shield.runWith("", env, args.toArray(String[]::new));
    assertEquals(ExitCode.OK, watch.exitCode(), watch::toString);
    assertEquals(WatchCommandTest.EXPECTED, WatchCommandTest.summarize(watch.out()), watch::toString);

    Shield.Result verify = Shield.runWith("", env, "audit", "verify", "--db", db);
    assertEquals(ExitCode.OK, verify.exitCode(), verify::toString);
  }
}
