package org.piishield.formats.redact;

/** Stand-in for the coordinator's seam (replaced by main's version on merge). */
public record OpenOptions(long maxBytes, String password) {
  public static OpenOptions of(long maxBytes) {
    return new OpenOptions(maxBytes, null);
  }
}
