package org.piishield.registry.audit;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.piishield.testing.PostgresSchema;

/**
 * {@link AuditLogContract} on the test PostgreSQL ({@link PostgresSchema}), each test in its own schema,
 * dropped afterwards. An unreachable server FAILS these tests: {@code .ci/run} starts it.
 */
class PostgresAuditLogTest extends AuditLogContract {

  private PostgresSchema schema;

  @BeforeEach
  void createSchema() {
    schema = PostgresSchema.create("audit_test");
  }

  @AfterEach
  void dropSchema() throws SQLException {
    closeStores();
    schema.close();
  }

  @Override
  String url() {
    return schema.url();
  }

  @Override
  String user() {
    return schema.user();
  }
}
