package org.piishield.formats.redact;

/** TEMPORARY copy of the seam (SEAM.md); deleted when the seam lands on main. */
public record OpenOptions(long maxBytes, String password) {
  public static OpenOptions of(long maxBytes) {
    return new OpenOptions(maxBytes, null);
  }
}
