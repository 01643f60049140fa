package org.piishield.registry.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SipHash24Test {

  private static byte[] seq(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  /** Vector from the SipHash paper (Aumasson and Bernstein, 2012), Appendix A. */
  @Test
  void hash_paperVector_matchesPublishedValue() {
    assertEquals(0xa129ca6149be45e5L, SipHash24.hash(seq(16), seq(15)));
  }

  /** First entry of the reference implementation's vectors.h: key 00..0f, empty message. */
  @Test
  void hash_emptyMessage_matchesReferenceVector() {
    assertEquals(0x726fdb47dd0e0e31L, SipHash24.hash(seq(16), new byte[0]));
  }

  @Test
  void hash_offsetSlice_equalsHashOfCopy() {
    byte[] padded = new byte[40];
    System.arraycopy(seq(15), 0, padded, 7, 15);
    long k0 = SipHash24.readLong(seq(16), 0);
    long k1 = SipHash24.readLong(seq(16), 8);
    assertEquals(0xa129ca6149be45e5L, SipHash24.hash(k0, k1, padded, 7, 15));
  }

  @Test
  void hash_differentKey_givesDifferentValue() {
    byte[] key = seq(16);
    key[0] = 1;
    assertNotEquals(0xa129ca6149be45e5L, SipHash24.hash(key, seq(15)));
  }

  @Test
  void hash_wrongKeyLength_throws() {
    assertThrows(IllegalArgumentException.class, () -> SipHash24.hash(new byte[15], seq(3)));
  }
}
