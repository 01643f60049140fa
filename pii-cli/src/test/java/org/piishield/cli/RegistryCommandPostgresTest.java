package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.testing.PostgresSchema;

/**
 * {@code shield registry --db} on the test PostgreSQL ({@link PostgresSchema}), in a fresh schema dropped
 * afterwards. An unreachable server FAILS this test: {@code .ci/run} starts it.
 */
class RegistryCommandPostgresTest {

  @TempDir
  Path home;

  private PostgresSchema pg;

  @BeforeEach
  void createSchema() {
    pg = PostgresSchema.create("cli_registry");
  }

  @AfterEach
  void dropSchema() throws SQLException {
    pg.close();
  }

  @Test
  void enroll_postgres_statsCountSixPeople() {
    Map<String, String> env = Map.of(RegistryStoreOptions.HOME_VAR, home.toString());
    String db = pg.url();
    Shield.Result enroll = Shield.runWith("", env, "registry", "enroll", "--db", db, "--db-user",
        PostgresSchema.USER, RegistryCommandTest.SAMPLE);
    assertEquals(ExitCode.OK, enroll.exitCode(), enroll::toString);

    Shield.Result stats = Shield.runWith("", env, "registry", "stats", "--db", db);
    assertEquals(ExitCode.OK, stats.exitCode(), stats::toString);
    assertTrue(stats.out().contains("people enrolled: 6"), stats::toString);
  }
}
