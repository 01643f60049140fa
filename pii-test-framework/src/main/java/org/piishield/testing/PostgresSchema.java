package org.piishield.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema in the test PostgreSQL at {@value #SERVER} (user {@value #USER}, trust auth), dropped with
 * everything in it on {@link #close()}, so tests and parallel runs never see each other's tables. An
 * unreachable server FAILS the test (never skips it), saying how to start it ({@code .ci/run} does).
 *
 * <p>Example: {@code try (PostgresSchema pg = PostgresSchema.create("registry")) { open(pg.url(), pg.user()); }}
 * where {@code pg.url()} is {@code jdbc:postgresql://127.0.0.1:5432/test?currentSchema=registry_3f…}.
 */
public final class PostgresSchema implements AutoCloseable {

  /** The test server and database. */
  public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  /** The test user (trust auth, no password). */
  public static final String USER = "postgres";

  private final String name;

  private PostgresSchema(String name) {
    this.name = name;
  }

  /** Creates schema {@code prefix_<random>}; fails the calling test when the server is unreachable. */
  public static PostgresSchema create(String prefix) {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      fail("PostgreSQL is not reachable at " + SERVER + " as " + USER + " (" + e.getMessage() + "); start it,"
          + " e.g. pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
    }
    return new PostgresSchema(name);
  }

  /** The schema's name. */
  public String name() {
    return name;
  }

  /** A JDBC URL whose default schema is this one. */
  public String url() {
    return SERVER + "?currentSchema=" + name;
  }

  /** The user to connect as. */
  public String user() {
    return USER;
  }

  /** Drops the schema and everything in it. */
  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  @Override
  public String toString() {
    return "PostgresSchema[" + name + "]";
  }
}
