package org.piishield.registry.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link RegistryStoreContract} on the embedded H2 file database. */
class H2RegistryStoreTest extends RegistryStoreContract {

  @TempDir
  Path home;

  @Override
  JdbcRegistryStore connect() {
    return JdbcRegistryStore.embedded(home);
  }
}
