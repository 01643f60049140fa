package org.piishield.registry.crypto;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

/**
 * Computes registry tokens: {@code HMAC-SHA-256(key, UTF-8(fieldTypeId + "|" + normalisedValue))}, 32 bytes.
 *
 * <p>The field type separates domains: {@code token("phone", "+15625550123")} differs from
 * {@code token("email", "+15625550123")}. Field type ids must not contain {@code '|'}, so the encoding is
 * unambiguous. Thread-safe: each thread uses its own {@link Mac}.
 */
public final class HmacKeyedHasher {
  /** Length of a token in bytes. */
  public static final int TOKEN_LENGTH = 32;

  private final String keyId;
  private final ThreadLocal<Mac> macs;

  public HmacKeyedHasher(RegistryKey key) {
    this.keyId = key.keyId();
    this.macs = ThreadLocal.withInitial(key::newMac);
  }

  /** Id of the key the tokens are computed under; store it with the tokens. */
  public String keyId() {
    return keyId;
  }

  /** The 32-byte token of {@code normalisedValue} in the domain {@code fieldTypeId}. */
  public byte[] token(String fieldTypeId, String normalisedValue) {
    checkFieldType(fieldTypeId);
    Mac mac = macs.get();
    mac.update(fieldTypeId.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) '|');
    return mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
  }

  static void checkFieldType(String fieldTypeId) {
    if (fieldTypeId.isEmpty() || fieldTypeId.indexOf('|') >= 0) {
      throw new IllegalArgumentException("field type id must be non-empty and contain no '|': " + fieldTypeId);
    }
  }

  @Override
  public String toString() {
    return "HmacKeyedHasher[keyId=" + keyId + "]";
  }
}
