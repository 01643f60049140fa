package org.piishield.formats.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes a header field: ASCII values as they are, runs of words with other chars as RFC 2047 encoded-words
 * ({@code =?UTF-8?B?...?=}, at most 75 chars each), folded at spaces so lines stay near 78 chars.
 *
 * <p>{@code field("From", "José Pérez <jp@example.org>")} is
 * {@code "From: =?UTF-8?B?Sm9zw6kgUMOpcmV6?= <jp@example.org>\r\n"}. Also RFC 2231 file name parameters:
 * {@code fileNameParameter("filename", "Peña.pdf")} is {@code filename*=UTF-8''Pe%C3%B1a.pdf}.
 */
final class HeaderEncoding {

  /** Raw UTF-8 bytes per encoded-word: 45 bytes are 60 base64 chars, 72 with the {@code =?UTF-8?B?...?=} frame. */
  private static final int WORD_BYTES = 45;

  private HeaderEncoding() {}

  static String field(String name, String value) {
    String v = value.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    List<String> words = new ArrayList<>();
    String[] tokens = v.split(" ", -1);
    int i = 0;
    while (i < tokens.length) {
      if (isAscii(tokens[i])) {
        words.add(tokens[i]);
        i++;
        continue;
      }
      int j = i;
      StringBuilder run = new StringBuilder(tokens[i]);
      while (j + 1 < tokens.length && !isAscii(tokens[j + 1])) {
        j++;
        run.append(' ').append(tokens[j]);
      }
      words.addAll(encodedWords(run.toString()));
      i = j + 1;
    }
    return fold(name + ":", words);
  }

  private static String fold(String start, List<String> words) {
    StringBuilder out = new StringBuilder(start);
    int lineLen = out.length();
    for (String w : words) {
      if (lineLen + 1 + w.length() > 78 && lineLen > 1) {
        out.append("\r\n");
        lineLen = 0;
      }
      out.append(' ').append(w);
      lineLen += 1 + w.length();
    }
    return out.append("\r\n").toString();
  }

  /**
   * {@code s} as encoded-words split at code point boundaries. Adjacent encoded-words join without the space
   * between them when decoded (RFC 2047, 6.2), so splitting a run does not add spaces.
   */
  static List<String> encodedWords(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int j = i;
      int bytes = 0;
      while (j < s.length()) {
        int cp = s.codePointAt(j);
        int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (bytes + n > WORD_BYTES) {
          break;
        }
        bytes += n;
        j += Character.charCount(cp);
      }
      out.add("=?UTF-8?B?" + Base64.getEncoder().encodeToString(s.substring(i, j).getBytes(StandardCharsets.UTF_8))
          + "?=");
      i = j;
    }
    return out;
  }

  /** A {@code name="value"} MIME parameter, or RFC 2231 {@code name*=UTF-8''...} when the value is not ASCII. */
  static String fileNameParameter(String name, String value) {
    if (isAscii(value)) {
      return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    StringBuilder out = new StringBuilder(name).append("*=UTF-8''");
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
