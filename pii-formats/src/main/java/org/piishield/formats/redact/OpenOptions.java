package org.piishield.formats.redact;

/**
 * How to open an original: the most bytes to read, and the password of an encrypted file (null when none was
 * given). {@link #toString()} never shows the password.
 */
public record OpenOptions(long maxBytes, String password) {

  public OpenOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
  }

  /** No password. */
  public static OpenOptions of(long maxBytes) {
    return new OpenOptions(maxBytes, null);
  }

  @Override
  public String toString() {
    return "OpenOptions[maxBytes=" + maxBytes + (password == null ? "" : ", password=***") + "]";
  }
}
