package org.piishield.registry.store;

import org.piishield.registry.normalize.FieldType;

/**
 * One stored token: the field type it was enrolled under and its 32-byte HMAC-SHA-256. Never holds the
 * enrolled value. {@code toString()} shows only the field type.
 */
public record TokenRow(FieldType fieldType, byte[] token) {

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
    return o instanceof TokenRow r && r.fieldType == fieldType && java.util.Arrays.equals(r.token, token);
  }

  @Override
  public int hashCode() {
    return fieldType.hashCode() * 31 + java.util.Arrays.hashCode(token);
  }

  @Override
  public String toString() {
    return "TokenRow[" + fieldType.id() + "]";
  }
}
