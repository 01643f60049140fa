package org.piishield.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.crypto.RegistryKeys;
import org.piishield.registry.store.JdbcRegistryStore;
import picocli.CommandLine.Option;

/**
 * Where the registry lives, shared by the {@code shield registry} subcommands: the embedded H2 store of
 * {@code SHIELD_HOME} (default {@code ~/.shield}) unless {@code --db URL} names another database, e.g.
 * {@code --db jdbc:postgresql://db:5432/shield?currentSchema=registry --db-user shield} with the password in
 * {@code SHIELD_DB_PASSWORD}. The registry key always lives in (or is configured for) {@code SHIELD_HOME}.
 */
final class RegistryStoreOptions {

  /** Environment variable naming the registry home. */
  static final String HOME_VAR = "SHIELD_HOME";
  /** Environment variable holding the database password for {@code --db}. */
  static final String PASSWORD_VAR = "SHIELD_DB_PASSWORD";

  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL of the registry database (default: the embedded store in SHIELD_HOME), "
          + "e.g. jdbc:postgresql://HOST:5432/DB")
  String url;

  @Option(names = "--db-user", paramLabel = "USER",
      description = "Database user for --db (default: PGUSER, else postgres); password from SHIELD_DB_PASSWORD.")
  String user;

  /** {@code SHIELD_HOME}, or {@code ~/.shield} when unset or blank. */
  static Path home(Map<String, String> env) {
    String home = env.get(HOME_VAR);
    if (home == null || home.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".shield");
    }
    return Path.of(home);
  }

  /** The registry key of {@code SHIELD_HOME} (or {@code SHIELD_REGISTRY_KEY}); never creates one. */
  static RegistryKey registryKey(Map<String, String> env) {
    return new RegistryKeys(home(env), env, new SecureRandom()).loadExisting();
  }

  /** Opens the store these options name; the caller closes it. */
  JdbcRegistryStore open(Map<String, String> env) {
    if (url == null) {
      return JdbcRegistryStore.embedded(home(env));
    }
    String u = user != null ? user : env.getOrDefault("PGUSER", "postgres");
    return JdbcRegistryStore.open(url, u, env.getOrDefault(PASSWORD_VAR, ""));
  }
}
