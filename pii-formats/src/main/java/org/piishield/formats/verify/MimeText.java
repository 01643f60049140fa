package org.piishield.formats.verify;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for the verifiers: in the named charset when it is known, else UTF-8 when the bytes are valid
 * UTF-8, else Windows-1252 (which maps every byte). {@code decode({0x50, 0xF1}, null)} is {@code "Pñ"}.
 */
final class MimeText {

  private MimeText() {}

  static String decode(byte[] bytes, String charset) {
    if (charset != null) {
      try {
        return new String(bytes, Charset.forName(charset.strip()));
      } catch (IllegalArgumentException e) {
        // unknown charset name: guess below
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
