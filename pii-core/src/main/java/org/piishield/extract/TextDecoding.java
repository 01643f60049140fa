package org.piishield.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a bounded stream and decodes it as UTF-8 (with or without BOM), falling back to Windows-1252. */
final class TextDecoding {

  private TextDecoding() {}

  static byte[] readBounded(InputStream in, String fileName, long maxBytes) throws IOException, ExtractionException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new ExtractionException("larger than the " + maxBytes + "-byte limit for text files");
    }
    return bytes;
  }

  static String decode(byte[] bytes) throws ExtractionException {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        throw new ExtractionException("binary content (NUL byte at offset " + i + "); not a text file");
      }
    }
    int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, off, bytes.length - off))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }
}
