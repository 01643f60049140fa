package org.piishield.cli;

import java.io.PrintWriter;
import org.piishield.registry.store.RegistryStoreException;

/**
 * How the registry commands ({@code registry}, {@code watch}, {@code audit}) report a failure: one
 * {@code shield: MESSAGE} line on stderr and exit code {@link ExitCode#INPUT}. A store failure names the
 * operation and the driver's exception class only, never SQL, person ids or values, e.g.
 * {@code shield: registry store: open failed (PSQLException)}.
 */
final class StoreFailures {

  private StoreFailures() {}

  static int failed(PrintWriter err, String message) {
    err.println("shield: " + message);
    return ExitCode.INPUT;
  }

  static int storeFailed(PrintWriter err, RegistryStoreException e) {
    return failed(err, describe(e));
  }

  /** {@code registry store: OPERATION failed (CauseClass)}. */
  static String describe(RegistryStoreException e) {
    Throwable cause = e.getCause();
    return e.getMessage() + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")");
  }
}
