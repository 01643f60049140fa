package org.piishield.registry.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 32-byte secret under which every registry token is computed. Immutable and thread-safe.
 *
 * <p>The key bytes never leave this class except through {@link #copyBytes()} (for the one place that
 * writes the key file) and {@link #derive(String)}; {@link #toString()} shows only the {@link #keyId()}.
 * Example: a key whose SHA-256 starts {@code 3f a1 09 ...} has key id {@code "3fa109..."} (16 hex chars).
 */
public final class RegistryKey {
  /** Length of a registry key in bytes. */
  public static final int LENGTH = 32;

  private final byte[] bytes;
  private final String keyId;

  private RegistryKey(byte[] bytes) {
    this.bytes = bytes;
    this.keyId = computeKeyId(bytes);
  }

  /** Wraps a copy of {@code bytes}; throws if the length is not {@value #LENGTH} (the message holds only lengths). */
  public static RegistryKey of(byte[] bytes) {
    if (bytes == null || bytes.length != LENGTH) {
      throw new RegistryKeyException("a registry key must be " + LENGTH + " bytes, was "
          + (bytes == null ? "null" : bytes.length + " bytes"));
    }
    return new RegistryKey(bytes.clone());
  }

  /** Draws a fresh key from {@code random} (use a {@link SecureRandom}). */
  public static RegistryKey generate(SecureRandom random) {
    byte[] b = new byte[LENGTH];
    random.nextBytes(b);
    return new RegistryKey(b);
  }

  /** First 8 bytes of SHA-256 of the key, as 16 lower-case hex chars; safe to store next to tokens and print. */
  public String keyId() {
    return keyId;
  }

  /** A copy of the key bytes; callers must not log or keep it. */
  public byte[] copyBytes() {
    return bytes.clone();
  }

  /** HMAC-SHA-256(key, label): a 32-byte sub-key for one purpose, e.g. {@code derive("siphash-probe")}. */
  public byte[] derive(String label) {
    Mac mac = newMac();
    return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A SHA-256 digest that has absorbed one 64-byte block of the key zero-padded and XORed with {@code pad}:
   * the HMAC inner ({@code 0x36}) or outer ({@code 0x5c}) state of RFC 2104, computed once so each token
   * costs two SHA-256 compressions instead of four (see {@code HmacKeyedHasher}). Not thread-safe; clone it.
   */
  MessageDigest primedDigest(byte pad) {
    byte[] block = new byte[64];
    for (int i = 0; i < block.length; i++) {
      block[i] = (byte) ((i < bytes.length ? bytes[i] : 0) ^ pad);
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(block);
      return md;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable in this JDK", e);
    } finally {
      Arrays.fill(block, (byte) 0);
    }
  }

  /** A fresh HMAC-SHA-256 instance initialised with this key (not thread-safe; one per thread). */
  Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable in this JDK", e);
    }
  }

  /** Constant-time comparison of the key bytes. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RegistryKey other && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  /** Only the key id, never the bytes. */
  @Override
  public String toString() {
    return "RegistryKey[id=" + keyId + "]";
  }

  private static String computeKeyId(byte[] b) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(b);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable in this JDK", e);
    }
  }
}
