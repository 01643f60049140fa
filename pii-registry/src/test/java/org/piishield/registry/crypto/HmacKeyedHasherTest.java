package org.piishield.registry.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacKeyedHasherTest {
  private static final RegistryKey KEY = RegistryKey.of(seq(32, 0));
  private static final RegistryKey OTHER_KEY = RegistryKey.of(seq(32, 1));

  private static byte[] seq(int n, int start) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (start + i);
    }
    return b;
  }

  // Synthetic values: 562-555-0123 lies in the 555-01xx range reserved for fiction.
  @Test
  void token_sameFieldAndValue_isStable32Bytes() {
    HmacKeyedHasher h = new HmacKeyedHasher(KEY);
    byte[] a = h.token("phone", "+15625550123");
    assertEquals(32, a.length);
    assertArrayEquals(a, h.token("phone", "+15625550123"));
    assertArrayEquals(a, new HmacKeyedHasher(KEY).token("phone", "+15625550123"));
  }

  @Test
  void token_differentFieldType_differs() {
    HmacKeyedHasher h = new HmacKeyedHasher(KEY);
    assertFalse(Arrays.equals(h.token("phone", "+15625550123"), h.token("email", "+15625550123")));
  }

  @Test
  void token_differentKey_differs() {
    assertFalse(Arrays.equals(new HmacKeyedHasher(KEY).token("phone", "+15625550123"),
        new HmacKeyedHasher(OTHER_KEY).token("phone", "+15625550123")));
  }

  @Test
  void token_oneDigitDifferent_differs() {
    HmacKeyedHasher h = new HmacKeyedHasher(KEY);
    assertFalse(Arrays.equals(h.token("phone", "+15625550123"), h.token("phone", "+15625550124")));
  }

  @Test
  void token_anyInput_equalsHmacOfFieldBarValueUtf8() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(seq(32, 0), "HmacSHA256"));
    byte[] expected = mac.doFinal("name|maría o'donnell".getBytes(StandardCharsets.UTF_8));
    assertEquals(HexFormat.of().formatHex(expected),
        HexFormat.of().formatHex(new HmacKeyedHasher(KEY).token("name", "maría o'donnell")));
  }

  /** The precomputed-pad HMAC against javax.crypto.Mac: seeded random keys and values, ASCII to astral. */
  @Test
  void token_seededRandomKeysAndValues_equalsJavaxMac() throws Exception {
    java.util.Random r = new java.util.Random(20261129);
    for (int k = 0; k < 20; k++) {
      byte[] keyBytes = new byte[32];
      r.nextBytes(keyBytes);
      HmacKeyedHasher hasher = new HmacKeyedHasher(RegistryKey.of(keyBytes));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
      for (int v = 0; v < 50; v++) {
        StringBuilder value = new StringBuilder();
        int len = r.nextInt(v < 5 ? 200 : 40); // some values longer than one SHA-256 block
        for (int i = 0; i < len; i++) {
          int kind = r.nextInt(10);
          value.appendCodePoint(kind < 6 ? 'a' + r.nextInt(26) : kind < 8 ? 0xc0 + r.nextInt(0x200)
              : kind < 9 ? 0x4e00 + r.nextInt(100) : 0x1f600 + r.nextInt(50));
        }
        byte[] expected = mac.doFinal(("address|" + value).getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(expected, hasher.token("address", value.toString()), "key " + k + " value " + v);
      }
    }
  }

  @Test
  void token_fieldTypeWithBar_throws() {
    HmacKeyedHasher h = new HmacKeyedHasher(KEY);
    assertThrows(IllegalArgumentException.class, () -> h.token("pho|ne", "x"));
    assertThrows(IllegalArgumentException.class, () -> h.token("", "x"));
  }

  @Test
  void token_manyThreads_agreeWithSingleThread() throws Exception {
    HmacKeyedHasher h = new HmacKeyedHasher(KEY);
    byte[] expected = h.token("email", "someone@example.org");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = pool.invokeAll(java.util.Collections.nCopies(8, () -> {
        for (int i = 0; i < 2000; i++) {
          if (!Arrays.equals(expected, h.token("email", "someone@example.org"))) {
            return false;
          }
        }
        return true;
      }));
      for (Future<Boolean> f : results) {
        assertEquals(Boolean.TRUE, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void probe_sameInput_stableAndDomainSeparated() {
    ProbeHasher p = new ProbeHasher(KEY);
    long a = p.probe("phone", "+15625550123");
    assertEquals(a, new ProbeHasher(KEY).probe("phone", "+15625550123"));
    assertNotEquals(a, p.probe("email", "+15625550123"));
    assertNotEquals(a, new ProbeHasher(OTHER_KEY).probe("phone", "+15625550123"));
  }

  @Test
  void probe_charSequence_equalsProbeOfUtf8Bytes() {
    ProbeHasher p = new ProbeHasher(KEY);
    String value = "josé núñez \uD83D\uDE00 " + "x".repeat(300);
    byte[] bytes = ("name|" + value).getBytes(StandardCharsets.UTF_8);
    assertEquals(p.probe(bytes, 0, bytes.length), p.probe("name", new StringBuilder(value)));
  }

  @Test
  void probe_keyDerivedBySipHashLabel_matchesManualDerivation() {
    byte[] sub = KEY.derive("siphash-probe");
    byte[] msg = "plate|7ABC123".getBytes(StandardCharsets.UTF_8);
    assertEquals(SipHash24.hash(Arrays.copyOf(sub, 16), msg), new ProbeHasher(KEY).probe("plate", "7ABC123"));
  }
}
