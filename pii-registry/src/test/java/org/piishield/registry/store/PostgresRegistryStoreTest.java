package org.piishield.registry.store;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.piishield.testing.PostgresSchema;

/**
 * {@link RegistryStoreContract} on the test PostgreSQL ({@link PostgresSchema}), each test in its own schema,
 * dropped afterwards. An unreachable server FAILS these tests: {@code .ci/run} starts it.
 */
class PostgresRegistryStoreTest extends RegistryStoreContract {

  private PostgresSchema schema;

  @BeforeEach
  void createSchema() {
    schema = PostgresSchema.create("registry_test");
  }

  @AfterEach
  void dropSchema() throws SQLException {
    closeStores();
    schema.close();
  }

  @Override
  JdbcRegistryStore connect() {
    return JdbcRegistryStore.open(schema.url(), schema.user(), "");
  }
}
