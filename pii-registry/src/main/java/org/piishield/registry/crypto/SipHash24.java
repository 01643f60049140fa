package org.piishield.registry.crypto;

/**
 * SipHash-2-4, a fast keyed 64-bit pseudo-random function, written from the description in the paper [1].
 *
 * <p>Stateless and thread-safe. Example (the paper's Appendix A vector): key {@code 00 01 .. 0f}, message
 * {@code 00 01 .. 0e} (15 bytes) gives {@code 0xa129ca6149be45e5}.
 */
public final class SipHash24 {
  /*
   * [1] J.-P. Aumasson, D. J. Bernstein, "SipHash: a fast short-input PRF", INDOCRYPT 2012.
   * The 128-bit key is split into two little-endian 64-bit words k0, k1; the message is processed in
   * little-endian 8-byte words, 2 SipRounds per word and 4 at finalisation; the last word carries
   * (length mod 256) in its top byte.
   */

  private SipHash24() {}

  /** Reads the two key words from 16 key bytes (little-endian) and hashes {@code data}. */
  public static long hash(byte[] key16, byte[] data) {
    if (key16.length != 16) {
      throw new IllegalArgumentException("SipHash key must be 16 bytes, was " + key16.length);
    }
    return hash(readLong(key16, 0), readLong(key16, 8), data, 0, data.length);
  }

  /** Hashes {@code data[off, off+len)} under the key words {@code k0}, {@code k1}. Allocation-free. */
  public static long hash(long k0, long k1, byte[] data, int off, int len) {
    long v0 = k0 ^ 0x736f6d6570736575L;
    long v1 = k1 ^ 0x646f72616e646f6dL;
    long v2 = k0 ^ 0x6c7967656e657261L;
    long v3 = k1 ^ 0x7465646279746573L;
    int end = off + len - (len & 7);
    for (int i = off; i < end; i += 8) {
      long m = readLong(data, i);
      v3 ^= m;
      for (int r = 0; r < 2; r++) {
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
      }
      v0 ^= m;
    }
    long b = ((long) len & 0xff) << 56;
    for (int i = 0, left = len & 7; i < left; i++) {
      b |= (data[end + i] & 0xffL) << (8 * i);
    }
    v3 ^= b;
    for (int r = 0; r < 2; r++) {
      v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
      v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
      v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
      v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
    }
    v0 ^= b;
    v2 ^= 0xff;
    for (int r = 0; r < 4; r++) {
      v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
      v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
      v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
      v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
    }
    return v0 ^ v1 ^ v2 ^ v3;
  }

  static long readLong(byte[] b, int i) {
    return (b[i] & 0xffL)
        | (b[i + 1] & 0xffL) << 8
        | (b[i + 2] & 0xffL) << 16
        | (b[i + 3] & 0xffL) << 24
        | (b[i + 4] & 0xffL) << 32
        | (b[i + 5] & 0xffL) << 40
        | (b[i + 6] & 0xffL) << 48
        | (b[i + 7] & 0xffL) << 56;
  }
}
