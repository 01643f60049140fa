package org.piishield.registry.store;

/**
 * A registry store could not read or write its database. The message names the operation only; it never
 * holds person ids, tokens or key bytes. The cause is the driver's exception.
 */
public final class RegistryStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RegistryStoreException(String operation, Throwable cause) {
    super("registry store: " + operation + " failed", cause);
  }

  /** A failure explained in full by {@code message} (which must hold no person id, token or key byte). */
  public RegistryStoreException(String message) {
    super("registry store: " + message);
  }
}
