package org.piishield.registry.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Fast keyed 64-bit probe for the in-memory index: {@code SipHash-2-4(k, UTF-8(fieldTypeId + "|" + value))}
 * where {@code k} is the first 16 bytes of {@code HMAC-SHA-256(registryKey, "siphash-probe")}.
 *
 * <p>A probe only selects candidates; every hit is confirmed against the stored HMAC token, so 64-bit
 * collisions cost a confirmation, never a false alert. The probe key is derived, so the probe function
 * reveals nothing about the HMAC key. Thread-safe; {@link #probe(String, CharSequence)} encodes into a
 * per-thread buffer and does not allocate once the buffer has grown.
 */
public final class ProbeHasher {
  /** Label under which the probe key is derived from the registry key. */
  public static final String DERIVATION_LABEL = "siphash-probe";

  private final long k0;
  private final long k1;
  private final ThreadLocal<byte[][]> buffers = ThreadLocal.withInitial(() -> new byte[][] {new byte[256]});

  public ProbeHasher(RegistryKey key) {
    byte[] sub = key.derive(DERIVATION_LABEL);
    this.k0 = SipHash24.readLong(sub, 0);
    this.k1 = SipHash24.readLong(sub, 8);
    Arrays.fill(sub, (byte) 0);
  }

  /** The probe of {@code value} in the domain {@code fieldTypeId}; same bytes as the HMAC token input. */
  public long probe(String fieldTypeId, CharSequence value) {
    HmacKeyedHasher.checkFieldType(fieldTypeId);
    byte[][] holder = buffers.get();
    byte[] buf = holder[0];
    int max = (fieldTypeId.length() + value.length()) * 3 + 1;
    if (buf.length < max) {
      buf = new byte[Math.max(max, buf.length * 2)];
      holder[0] = buf;
    }
    int n = encode(fieldTypeId, buf, 0);
    buf[n++] = '|';
    n = encode(value, buf, n);
    return SipHash24.hash(k0, k1, buf, 0, n);
  }

  /** The probe of already-encoded bytes {@code data[off, off+len)}. Allocation-free. */
  public long probe(byte[] data, int off, int len) {
    return SipHash24.hash(k0, k1, data, off, len);
  }

  /**
   * UTF-8 of {@code s} into {@code out} from {@code n} (room for 3 bytes a char), returning the end; written by
   * hand to avoid a String/byte[] per call; lone surrogates become '?' like {@code getBytes}.
   */
  static int encode(CharSequence s, byte[] out, int n) {
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xc0 | (c >> 6));
        out[n++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        out[n++] = (byte) (0xf0 | (cp >> 18));
        out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        out[n++] = (byte) (0x80 | (cp & 0x3f));
      } else if (Character.isSurrogate(c)) {
        out[n++] = '?';
      } else {
        out[n++] = (byte) (0xe0 | (c >> 12));
        out[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        out[n++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return "ProbeHasher[SipHash-2-4]";
  }
}
