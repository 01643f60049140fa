package org.piishield.formats.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Body transfer encodings for the writer: base64 (76-char lines) and quoted-printable (RFC 2045, 6.7), both
 * 7-bit safe, with CRLF line ends.
 *
 * <p>{@code quotedPrintable("Peña = ok\n")} is {@code "Pe=C3=B1a =3D ok\r\n"}.
 */
final class TransferEncoding {

  private TransferEncoding() {}

  static String base64(byte[] bytes) {
    String b = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(bytes);
    return b.isEmpty() ? "" : b + "\r\n";
  }

  /** The UTF-8 bytes of {@code text}, its line breaks (CRLF, LF or CR) written as CRLF, quoted-printable. */
  static String quotedPrintable(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int l = 0; l < lines.length; l++) {
      byte[] bytes = lines[l].getBytes(StandardCharsets.UTF_8);
      int col = 0;
      for (int i = 0; i < bytes.length; i++) {
        int c = bytes[i] & 0xFF;
        boolean last = i == bytes.length - 1;
        String piece = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)
            ? String.valueOf((char) c) : hex(c);
        if (col + piece.length() > 75) {
          out.append("=\r\n");
          col = 0;
        }
        out.append(piece);
        col += piece.length();
      }
      if (l < lines.length - 1) {
        out.append("\r\n");
      }
    }
    return out.append("\r\n").toString();
  }

  private static String hex(int c) {
    return "=" + Character.toUpperCase(Character.forDigit(c >> 4, 16))
        + Character.toUpperCase(Character.forDigit(c & 15, 16));
  }
}
