package org.piishield.registry.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.piishield.registry.crypto.RegistryKey;

/**
 * The chain function. {@code hash_n = HMAC-SHA-256(auditKey, hash_{n-1} || canonical(entry n))}, where
 * {@code hash_0} is 32 zero bytes, {@code hash_{n-1}} enters as its 32 raw bytes, and
 * {@code auditKey = registryKey.derive("audit-chain")}, so nobody without the registry key can recompute a
 * chain after editing it, even with write access to the database.
 *
 * <p>The canonical bytes of an entry are unambiguous because every text is length-prefixed:
 * <pre>
 *   u32 len | "piishield-audit/1"          format tag, UTF-8
 *   u64 seq                                big-endian
 *   u32 len | at                           e.g. "2026-11-29T13:20:00.000Z"
 *   u32 len | actor
 *   u32 len | action
 *   u32 len | key_id
 *   u32 len | attributes                   canonical JSON, see CanonicalJson
 * </pre>
 * where {@code u32 len} is the big-endian byte length of the UTF-8 text that follows (a text with an unpaired
 * surrogate has no UTF-8 form and is refused with {@link IllegalArgumentException}). These are the stored
 * column texts, so an export (which carries them verbatim) can be re-verified by anyone holding the key.
 *
 * <p>Not thread-safe (one {@link Mac}); make one per call.
 */
final class AuditChain {

  static final String FORMAT_TAG = "piishield-audit/1";
  static final String KEY_LABEL = "audit-chain";

  private final Mac mac;
  private final String keyId;

  AuditChain(RegistryKey key) {
    byte[] auditKey = key.derive(KEY_LABEL);
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(auditKey, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable in this JDK", e);
    } finally {
      Arrays.fill(auditKey, (byte) 0);
    }
    this.keyId = key.keyId();
  }

  /** The id of the registry key this chain is keyed under. */
  String keyId() {
    return keyId;
  }

  /**
   * The hash of an entry linked to {@code prevHash} (64 hex chars), as 64 lower-case hex chars;
   * {@link IllegalArgumentException} if {@code prevHash} is not 64 hex chars or a text is not valid UTF-16.
   */
  String link(String prevHash, long seq, String at, String actor, String action, String entryKeyId,
      String attributes) {
    if (prevHash.length() != 64) {
      throw new IllegalArgumentException("prev_hash must be 64 hex chars");
    }
    byte[] prev = HexFormat.of().parseHex(prevHash);
    byte[] entry = canonical(seq, at, actor, action, entryKeyId, attributes);
    mac.update(prev);
    return HexFormat.of().formatHex(mac.doFinal(entry));
  }

  /** The canonical bytes of one entry (see the class comment). */
  static byte[] canonical(long seq, String at, String actor, String action, String keyId, String attributes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 + attributes.length());
    text(out, FORMAT_TAG);
    out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(seq).array());
    text(out, at);
    text(out, actor);
    text(out, action);
    text(out, keyId);
    text(out, attributes);
    return out.toByteArray();
  }

  private static void text(ByteArrayOutputStream out, String s) {
    byte[] b;
    try {
      // Strict: String.getBytes would turn every unpaired surrogate into '?', so two texts would share bytes.
      ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(s));
      b = new byte[encoded.remaining()];
      encoded.get(b);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("audit text holds an unpaired surrogate");
    }
    out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(b.length).array());
    out.writeBytes(b);
  }
}
