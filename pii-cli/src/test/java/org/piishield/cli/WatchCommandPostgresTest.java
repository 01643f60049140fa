package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.testing.PostgresSchema;

/**
 * {@code shield watch --db} on the test PostgreSQL ({@link PostgresSchema}) in a fresh schema dropped
 * afterwards: the same alerts as on the embedded store. An unreachable server FAILS this test.
 */
class WatchCommandPostgresTest {

  @TempDir
  Path home;

  private PostgresSchema pg;

  @BeforeEach
  void createSchema() {
    pg = PostgresSchema.create("cli_watch");
  }

  @AfterEach
  void dropSchema() throws SQLException {
    pg.close();
  }

  @Test
  void watch_postgres_sameAlertsAsEmbeddedAndAuditVerifies() {
    Map<String, String> env = Map.of(RegistryStoreOptions.HOME_VAR, home.toString());
    String db = pg.url();
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
