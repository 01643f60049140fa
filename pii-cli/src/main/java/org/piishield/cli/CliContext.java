package org.piishield.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What the commands take from their surroundings, injected so tests run them in-process: standard input,
 * the environment (for {@code SHIELD_HASH_KEY}) and whether a person is watching a terminal (progress is
 * shown only then, never when output is piped).
 */
public record CliContext(InputStream stdin, Map<String, String> env, boolean interactive) {

  public CliContext {
    env = Map.copyOf(env);
  }

  /** The real process: {@code System.in}, {@code System.getenv()}, and a terminal if {@code System.console()} exists. */
  public static CliContext system() {
    return new CliContext(System.in, System.getenv(), System.console() != null);
  }
}
