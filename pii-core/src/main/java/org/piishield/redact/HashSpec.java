package org.piishield.redact;

/**
 * Replace the span with the first {@code hexChars} hex digits of HMAC-SHA-256 over the span text under
 * {@code key}. The same value under the same key always gives the same digits; without the key they
 * cannot be reversed or guessed. A digest whose digits are all decimal gets its first digit shifted to a
 * letter ({@code 0}→{@code g} … {@code 9}→{@code p}), so a hash never reads as a card or phone number.
 * The key is copied; it never appears in {@link #toString()}.
 */
public record HashSpec(byte[] key, int hexChars) implements OperatorSpec {

  public HashSpec {
    if (key == null || key.length < 16) {
      throw new IllegalArgumentException("hash operator needs a key of at least 16 bytes");
    }
    if (hexChars < 8 || hexChars > 64) {
      throw new IllegalArgumentException("hash hexChars must be between 8 and 64, was " + hexChars);
    }
    key = key.clone();
  }

  @Override
  public byte[] key() {
    return key.clone();
  }

  @Override
  public String operatorName() {
    return "hash";
  }

  @Override
  public String toString() {
    return "HashSpec[hexChars=" + hexChars + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HashSpec h && h.hexChars == hexChars && java.security.MessageDigest.isEqual(h.key, key);
  }

  @Override
  public int hashCode() {
    return hexChars;
  }
}
