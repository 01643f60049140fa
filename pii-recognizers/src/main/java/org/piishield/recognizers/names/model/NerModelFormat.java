package org.piishield.recognizers.names.model;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The binary form of a {@link NerModel}, big-endian:
 * <pre>
 *   magic    4 bytes  "PNER"
 *   version  int      1
 *   bits     int      log2 of the feature buckets (4..24)
 *   labels   int      NerLabels.COUNT
 *   raw      int      length of the uncompressed weights (4 * 8 * 2^bits: 8 slots per bucket, see NerLabels.STRIDE)
 *   crc32    long     CRC-32 of the uncompressed weights
 *   size     int      length of the compressed weights
 *   data     size     the weights as IEEE floats, deflated (level 9, no header)
 * </pre>
 * Most buckets are zero, so the weights compress several times. Writing is deterministic: one model gives
 * one byte sequence. Reading checks every field and the checksum and names the resource in its error.
 */
final class NerModelFormat {

  private static final byte[] MAGIC = {'P', 'N', 'E', 'R'};
  static final int VERSION = 1;

  private NerModelFormat() {}

  static void write(NerModel model, OutputStream out) throws IOException {
    float[] w = model.weights();
    ByteBuffer raw = ByteBuffer.allocate(w.length * 4);
    raw.asFloatBuffer().put(w);
    byte[] bytes = raw.array();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    Deflater deflater = new Deflater(9, true);
    deflater.setInput(bytes);
    deflater.finish();
    ByteArrayOutputStream packed = new ByteArrayOutputStream(bytes.length / 4);
    byte[] buf = new byte[1 << 16];
    while (!deflater.finished()) {
      int n = deflater.deflate(buf);
      packed.write(buf, 0, n);
    }
    deflater.end();
    DataOutputStream d = new DataOutputStream(out);
    d.write(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(model.featureBits());
    d.writeInt(NerLabels.COUNT);
    d.writeInt(bytes.length);
    d.writeLong(crc.getValue());
    d.writeInt(packed.size());
    packed.writeTo(d);
    d.flush();
  }

  static NerModel read(InputStream in, String name) throws IOException {
    DataInputStream d = new DataInputStream(in);
    try {
      byte[] magic = new byte[4];
      d.readFully(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw corrupt(name, "not a PII Shield NER model (bad magic)");
      }
      int version = d.readInt();
      if (version != VERSION) {
        throw corrupt(name, "model format version " + version + ", this build reads " + VERSION);
      }
      int bits = d.readInt();
      int labels = d.readInt();
      int rawLength = d.readInt();
      long crc = d.readLong();
      int size = d.readInt();
      if (bits < 4 || bits > 24 || labels != NerLabels.COUNT || rawLength != 4 * NerLabels.STRIDE * (1 << bits)
          || size < 0 || size > rawLength + 1024) {
        throw corrupt(name, "inconsistent header (bits " + bits + ", labels " + labels + ")");
      }
      byte[] packed = new byte[size];
      d.readFully(packed);
      byte[] raw = inflate(packed, rawLength, name);
      CRC32 check = new CRC32();
      check.update(raw);
      if (check.getValue() != crc) {
        throw corrupt(name, "checksum mismatch");
      }
      float[] w = new float[rawLength / 4];
      ByteBuffer.wrap(raw).asFloatBuffer().get(w);
      return new NerModel(bits, w);
    } catch (EOFException e) {
      throw corrupt(name, "truncated");
    }
  }

  private static byte[] inflate(byte[] packed, int rawLength, String name) throws IOException {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(packed);
      byte[] raw = new byte[rawLength];
      int n = 0;
      while (n < rawLength && !inflater.finished()) {
        int k = inflater.inflate(raw, n, rawLength - n);
        if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += k;
      }
      if (n != rawLength) {
        throw corrupt(name, "weights truncated");
      }
      return raw;
    } catch (DataFormatException e) {
      throw corrupt(name, "weights do not inflate");
    } finally {
      inflater.end();
    }
  }

  private static IOException corrupt(String name, String reason) {
    return new IOException("corrupt NER model " + name + ": " + reason);
  }
}
