package org.piishield.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text when the charset may be missing or wrong (e-mail parts, HTML files): in the named charset when it
 * is known and not US-ASCII (which mislabelled 8-bit mail often claims), else UTF-8 when the bytes are valid
 * UTF-8, else Windows-1252 (which maps every byte). {@code decode({0x50, 0xF1}, null)} is {@code "Pñ"}.
 */
public final class TextBytes {

  private TextBytes() {}

  /** {@code bytes} as text, in {@code charset} (may be null) or the best guess. */
  public static String decode(byte[] bytes, String charset) {
    if (charset != null) {
      try {
        Charset cs = Charset.forName(charset.strip());
        if (!cs.equals(StandardCharsets.US_ASCII)) {
          return new String(bytes, cs);
        }
      } catch (IllegalArgumentException e) {
        // unknown or illegal charset name: guess below
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
