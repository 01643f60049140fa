package org.piishield.registry.crypto;

import java.security.MessageDigest;

/**
 * Computes registry tokens: {@code HMAC-SHA-256(key, UTF-8(fieldTypeId + "|" + normalisedValue))}, 32 bytes.
 *
 * <p>The field type separates domains: {@code token("phone", "+15625550123")} differs from
 * {@code token("email", "+15625550123")}. Field type ids must not contain {@code '|'}, so the encoding is
 * unambiguous. Thread-safe: each thread keeps its own state.
 */
public final class HmacKeyedHasher {
  /** Length of a token in bytes. */
  public static final int TOKEN_LENGTH = 32;

  /* RFC 2104 HMAC = H((K ^ opad) || H((K ^ ipad) || m)). The digests after the first block, K ^ ipad and
   * K ^ opad, are computed once per thread and cloned per token: two SHA-256 compressions a short token
   * instead of javax.crypto.Mac's four; measured 140-150 ns against 200-210 ns a token on this machine.
   */
  private final String keyId;
  private final ThreadLocal<MessageDigest[]> states;
  /** Per-thread UTF-8 buffer for the hashed input, grown as needed (no String-to-byte[] copy per token). */
  private final ThreadLocal<byte[][]> buffers = ThreadLocal.withInitial(() -> new byte[][] {new byte[256]});

  public HmacKeyedHasher(RegistryKey key) {
    this.keyId = key.keyId();
    this.states = ThreadLocal.withInitial(
        () -> new MessageDigest[] {key.primedDigest((byte) 0x36), key.primedDigest((byte) 0x5c)});
  }

  /** Id of the key the tokens are computed under; store it with the tokens. */
  public String keyId() {
    return keyId;
  }

  /** The 32-byte token of {@code normalisedValue} in the domain {@code fieldTypeId}. */
  public byte[] token(String fieldTypeId, String normalisedValue) {
    checkFieldType(fieldTypeId);
    byte[][] holder = buffers.get();
    int max = (fieldTypeId.length() + normalisedValue.length()) * 3 + 1;
    if (holder[0].length < max) {
      holder[0] = new byte[Math.max(max, holder[0].length * 2)];
    }
    byte[] buf = holder[0];
    int n = ProbeHasher.encode(fieldTypeId, buf, 0);
    buf[n++] = '|';
    n = ProbeHasher.encode(normalisedValue, buf, n);
    MessageDigest[] primed = states.get();
    MessageDigest inner = copy(primed[0]);
    inner.update(buf, 0, n);
    MessageDigest outer = copy(primed[1]);
    outer.update(inner.digest());
    return outer.digest();
  }

  private static MessageDigest copy(MessageDigest primed) {
    try {
      return (MessageDigest) primed.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest of this JDK cannot be cloned", e);
    }
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
