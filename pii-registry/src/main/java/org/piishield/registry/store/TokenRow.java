package org.piishield.registry.store;

import java.util.Arrays;
import org.piishield.registry.normalize.FieldType;

/**
 * One stored token of an enrolled variant: its field type, its 64-bit keyed probe (SipHash, see
 * {@code ProbeHasher}, under {@link FieldType#probeDomain()}) that the in-memory index is built from, and its
 * 32-byte HMAC-SHA-256 that confirms a probe hit. Never holds the enrolled value; {@code toString()} shows only
 * the field type.
 */
public record TokenRow(FieldType fieldType, long probe, byte[] token) {

  public TokenRow {
    if (fieldType == null || token == null || token.length != 32) {
      throw new IllegalArgumentException("a token row needs a field type and a 32-byte token");
    }
    token = token.clone();
  }

  @Override
  public byte[] token() {
    return token.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenRow r && r.fieldType == fieldType && r.probe == probe && Arrays.equals(r.token, token);
  }

  @Override
  public int hashCode() {
    return (fieldType.hashCode() * 31 + Long.hashCode(probe)) * 31 + Arrays.hashCode(token);
  }

  @Override
  public String toString() {
    return "TokenRow[" + fieldType.id() + "]";
  }
}
