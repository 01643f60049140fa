package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.testing.PostgresSchema;

/**
 * {@code shield audit --db} on the test PostgreSQL ({@link PostgresSchema}), in a fresh schema dropped
 * afterwards. An unreachable server FAILS this test: {@code .ci/run} starts it.
 */
class AuditCommandPostgresTest {

  @TempDir
  Path home;

  private PostgresSchema pg;

  @BeforeEach
  void createSchema() {
    pg = PostgresSchema.create("cli_audit");
  }

  @AfterEach
  void dropSchema() throws SQLException {
    pg.close();
  }

  @Test
  void verify_postgresAfterEnrollRemoveAndEdit_okThenBrokenAtEditedSeq() throws SQLException {
    Map<String, String> env = Map.of(RegistryStoreOptions.HOME_VAR, home.toString(), "USER", "auditor");
    String db = pg.url();
    assertEquals(ExitCode.OK, Shield.runWith("", env, "registry", "enroll", "--db", db, "--db-user",
        PostgresSchema.USER, RegistryCommandTest.SAMPLE).exitCode());
    assertEquals(ExitCode.OK, Shield.runWith("", env, "registry", "remove", "--db", db, "p-002").exitCode());

    Shield.Result ok = Shield.runWith("", env, "audit", "verify", "--db", db);
    assertEquals(ExitCode.OK, ok.exitCode(), ok::toString);
    assertTrue(ok.out().startsWith("audit log OK: 2 entries, head 2:"), ok::toString);
    Shield.Result export = Shield.runWith("", env, "audit", "export", "--db", db);
    assertEquals(2, export.out().lines().count(), export::toString);

    try (Connection c = DriverManager.getConnection(db, PostgresSchema.USER, "");
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE audit_log SET attributes = REPLACE(attributes, 'p-002', 'p-005') WHERE seq = 2");
    }
    Shield.Result broken = Shield.runWith("", env, "audit", "verify", "--db", db);
    assertEquals(ExitCode.FINDINGS, broken.exitCode(), broken::toString);
    assertTrue(broken.out().startsWith("audit log broken at seq 2: entry edited"), broken::toString);
  }
}
