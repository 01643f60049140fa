package org.piishield.registry.audit;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link AuditLogContract} on an embedded H2 file database in a temporary folder. */
class H2AuditLogTest extends AuditLogContract {

  @TempDir
  Path home;

  @Override
  String url() {
    return "jdbc:h2:file:" + home.toAbsolutePath().resolve("registry") + ";AUTO_SERVER=FALSE";
  }

  @Override
  String user() {
    return "sa";
  }
}
