package org.piishield.registry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.piishield.registry.crypto.RegistryKey;

class AuditChainTest {

  private static final RegistryKey KEY = AuditLogContract.key(7);
  private static final String ZERO = AuditHead.EMPTY.hash();

  @Test
  void link_matchesHmacOfPrevBytesAndCanonicalBytesUnderDerivedKey() throws Exception {
    byte[] canonical = AuditChain.canonical(1, "2026-11-29T13:00:00.000Z", "alice", "remove", KEY.keyId(), "{}");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY.derive("audit-chain"), "HmacSHA256"));
    mac.update(new byte[32]);
    String expected = HexFormat.of().formatHex(mac.doFinal(canonical));
    assertEquals(expected, new AuditChain(KEY).link(ZERO, 1, "2026-11-29T13:00:00.000Z", "alice", "remove",
        KEY.keyId(), "{}"));
  }

  @Test
  void canonical_layout_isTagSeqThenLengthPrefixedTexts() {
    byte[] b = AuditChain.canonical(258, "t", "ab", "", "k", "{}");
    byte[] tag = AuditChain.FORMAT_TAG.getBytes(StandardCharsets.UTF_8);
    assertEquals(4 + tag.length + 8 + (4 + 1) + (4 + 2) + 4 + (4 + 1) + (4 + 2), b.length);
    assertEquals(tag.length, b[3]);
    int seqAt = 4 + tag.length;
    assertEquals(1, b[seqAt + 6]);
    assertEquals(2, b[seqAt + 7]);
  }

  @Test
  void canonical_shiftedFieldBoundary_differs() {
    // Without length prefixes "ab"+"c" and "a"+"bc" would hash alike.
    assertFalse(Arrays.equals(AuditChain.canonical(1, "t", "ab", "c", "k", "{}"),
        AuditChain.canonical(1, "t", "a", "bc", "k", "{}")));
  }

  @Test
  void link_otherKeyOrPrev_givesOtherHash() {
    String a = new AuditChain(KEY).link(ZERO, 1, "t", "alice", "remove", "k", "{}");
    assertNotEquals(a, new AuditChain(AuditLogContract.key(8)).link(ZERO, 1, "t", "alice", "remove", "k", "{}"));
    assertNotEquals(a, new AuditChain(KEY).link("01" + ZERO.substring(2), 1, "t", "alice", "remove", "k", "{}"));
    assertEquals(a, new AuditChain(KEY).link(ZERO, 1, "t", "alice", "remove", "k", "{}"));
  }

  @Test
  void link_malformedPrev_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> new AuditChain(KEY).link("zz", 1, "t", "alice", "remove", "k", "{}"));
  }

  @Test
  void link_unpairedSurrogate_throwsRatherThanSharingBytesWithQuestionMark() {
    AuditChain chain = new AuditChain(KEY);
    assertThrows(IllegalArgumentException.class, () -> chain.link(ZERO, 1, "t", "a\uD800", "remove", "k", "{}"));
    assertNotEquals(chain.link(ZERO, 1, "t", "a?", "remove", "k", "{}"),
        chain.link(ZERO, 1, "t", "a\uD83D\uDE00", "remove", "k", "{}"));
  }
}
