package org.piishield.registry.crypto;

/**
 * The registry key is missing, malformed or unusable. Messages say what to do and never contain key bytes
 * or the text of the environment variable.
 */
public final class RegistryKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RegistryKeyException(String message) {
    super(message);
  }

  public RegistryKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
