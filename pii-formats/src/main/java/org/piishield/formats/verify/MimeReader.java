package org.piishield.formats.verify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.TextBytes;

/**
 * A small MIME reader of its own, so the e-mail verifier shares no parsing code with the redactor (which uses
 * mime4j): splits header and body, unfolds and RFC 2047-decodes every header, decodes base64 and
 * quoted-printable bodies, splits multiparts at their boundary lines and reads attached {@code message/rfc822}
 * parts recursively. Lenient: what it cannot decode it keeps as bytes.
 *
 * <p>For {@code Subject: =?UTF-8?Q?Pe=C3=B1a?=} the header {@code Subject: Peña} is reported; a
 * {@code text/plain} base64 body is reported decoded as a {@link Leaf} with its media type.
 */
final class MimeReader {

  /** One decoded header field. */
  record Header(String name, String value) {}

  /** A non-multipart, non-message part: its media type, charset (or null), file name (or null) and decoded bytes. */
  record Leaf(String mediaType, String charset, String fileName, byte[] bytes) {}

  /** Everything read: all headers of all parts, the leaves in order, and text outside parts (preambles). */
  record Read(List<Header> headers, List<Leaf> leaves, String outsideParts) {}

  private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]{1,40})\\?([bBqQ])\\?([^?\\s]{0,2000})\\?=");
  private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)[ \\t\\r\\n]+(=\\?)");
  private static final int MAX_DEPTH = 16;
  private static final int MAX_PARTS = 5_000;

  private final List<Header> headers = new ArrayList<>();
  private final List<Leaf> leaves = new ArrayList<>();
  private final StringBuilder outside = new StringBuilder();
  private int parts;

  private MimeReader() {}

  static Read read(byte[] message) throws ExtractionException {
    MimeReader r = new MimeReader();
    r.entity(message, 0);
    return new Read(List.copyOf(r.headers), List.copyOf(r.leaves), r.outside.toString());
  }

  private void entity(byte[] raw, int depth) throws ExtractionException {
    if (depth > MAX_DEPTH || ++parts > MAX_PARTS) {
      throw new ExtractionException("e-mail nests too deep or has too many parts to verify");
    }
    int split = headerEnd(raw);
    String headerText = TextBytes.decode(Arrays.copyOfRange(raw, 0, split < 0 ? raw.length : split), null);
    byte[] body = split < 0 ? new byte[0] : Arrays.copyOfRange(raw, bodyStart(raw, split), raw.length);
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : headerText.split("\r?\n(?![ \t])")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).strip();
      String value = decodeWords(line.substring(colon + 1).replaceAll("\r?\n", "").strip());
      headers.add(new Header(name, value));
      fields.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
    }
    Map<String, String> type = parameters(fields.getOrDefault("content-type", "text/plain"));
    Map<String, String> disposition = parameters(fields.getOrDefault("content-disposition", ""));
    // RFC 2231 parameters (filename*=UTF-8''...) are searched decoded too
    if (type.size() > 1 || disposition.size() > 1) {
      headers.add(new Header("Decoded-Parameters", String.join(" ", type.values()) + " "
          + String.join(" ", disposition.values())));
    }
    String mediaType = type.get("").toLowerCase(Locale.ROOT);
    String cte = fields.getOrDefault("content-transfer-encoding", "7bit").strip().toLowerCase(Locale.ROOT);
    if (mediaType.startsWith("multipart/") && type.get("boundary") != null) {
      multipart(body, type.get("boundary"), depth);
      return;
    }
    byte[] decoded = switch (cte) {
      case "base64" -> Base64.getMimeDecoder().decode(body);
      case "quoted-printable" -> quotedPrintable(body);
      default -> body;
    };
    if (mediaType.equals("message/rfc822")) {
      entity(decoded, depth + 1);
      return;
    }
    String fileName = disposition.getOrDefault("filename", type.get("name"));
    leaves.add(new Leaf(mediaType, type.get("charset"), fileName, decoded));
  }

  private void multipart(byte[] body, String boundary, int depth) throws ExtractionException {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    List<Integer> starts = new ArrayList<>();
    int at = 0;
    while ((at = text.indexOf(delimiter, at)) >= 0) {
      if (at == 0 || text.charAt(at - 1) == '\n') {
        starts.add(at);
      }
      at += delimiter.length();
    }
    if (starts.isEmpty()) {
      outside.append(text);
      return;
    }
    outside.append(text, 0, starts.get(0)).append('\n');
    for (int i = 0; i < starts.size(); i++) {
      int lineEnd = text.indexOf('\n', starts.get(i));
      boolean last = text.startsWith(delimiter + "--", starts.get(i));
      if (last || lineEnd < 0) {
        outside.append(text, lineEnd < 0 ? text.length() : lineEnd, text.length());
        return;
      }
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      int partEnd = end;
      if (partEnd > lineEnd + 1 && text.charAt(partEnd - 1) == '\n') {
        partEnd -= partEnd - 2 > lineEnd && text.charAt(partEnd - 2) == '\r' ? 2 : 1;
      }
      entity(text.substring(lineEnd + 1, Math.max(lineEnd + 1, partEnd)).getBytes(StandardCharsets.ISO_8859_1),
          depth + 1);
    }
  }

  /** Offset of the blank line ending the header (the CRLF or LF before it), or -1. */
  private static int headerEnd(byte[] b) {
    if (b.length > 0 && (b[0] == '\n' || (b[0] == '\r' && b.length > 1 && b[1] == '\n'))) {
      return 0;
    }
    for (int i = 0; i + 1 < b.length; i++) {
      if (b[i] == '\n' && (b[i + 1] == '\n' || (b[i + 1] == '\r' && i + 2 < b.length && b[i + 2] == '\n'))) {
        return i;
      }
    }
    return -1;
  }

  private static int bodyStart(byte[] b, int split) {
    int i = split;
    int newlines = split == 0 ? 1 : 2;
    while (i < b.length && newlines > 0) {
      if (b[i] == '\n') {
        newlines--;
      }
      i++;
    }
    return i;
  }

  /** RFC 2047: encoded-words decoded; whitespace between two adjacent ones dropped. */
  static String decodeWords(String s) {
    if (!s.contains("=?")) {
      return s;
    }
    String joined = BETWEEN_WORDS.matcher(s).replaceAll("$1$2");
    Matcher m = ENCODED_WORD.matcher(joined);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String decoded;
      try {
        byte[] bytes = m.group(2).equalsIgnoreCase("b") ? Base64.getMimeDecoder().decode(m.group(3))
            : quotedPrintable(m.group(3).replace('_', ' ').getBytes(StandardCharsets.ISO_8859_1));
        decoded = TextBytes.decode(bytes, m.group(1).replaceAll("\\*.*$", ""));
      } catch (IllegalArgumentException e) {
        decoded = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(out);
    return out.toString();
  }

  static byte[] quotedPrintable(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      int c = in[i] & 0xFF;
      if (c != '=') {
        out.write(c);
        continue;
      }
      if (i + 1 < in.length && in[i + 1] == '\n') {
        i += 1;
      } else if (i + 2 < in.length && in[i + 1] == '\r' && in[i + 2] == '\n') {
        i += 2;
      } else if (i + 2 < in.length && Character.digit(in[i + 1], 16) >= 0 && Character.digit(in[i + 2], 16) >= 0) {
        out.write(Character.digit(in[i + 1], 16) << 4 | Character.digit(in[i + 2], 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  private static byte[] percentBytes(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int hi = c == '%' && i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
      if (lo >= 0) {
        out.write(hi << 4 | lo);
        i += 2;
      } else {
        out.write(c < 0x100 ? c : '?');
      }
    }
    return out.toByteArray();
  }

  /**
   * A structured header value: the part before the first {@code ;} under key {@code ""}, then lower-cased
   * parameter names to unquoted values; RFC 2231 {@code name*=UTF-8''Pe%C3%B1a} and continuations
   * {@code name*0*=}, {@code name*1*=} are joined and decoded under {@code name}.
   */
  static Map<String, String> parameters(String value) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> pieces = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && quoted && i + 1 < value.length()) {
        cur.append(value.charAt(++i));
        continue;
      }
      if (c == ';' && !quoted) {
        pieces.add(cur.toString());
        cur.setLength(0);
      } else if (c != '"') {
        cur.append(c);
      }
    }
    pieces.add(cur.toString());
    out.put("", pieces.get(0).strip());
    Map<String, StringBuilder> extended = new LinkedHashMap<>();
    for (int i = 1; i < pieces.size(); i++) {
      int eq = pieces.get(i).indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = pieces.get(i).substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String v = pieces.get(i).substring(eq + 1).strip();
      int star = name.indexOf('*');
      if (star < 0) {
        out.putIfAbsent(name, decodeWords(v));
      } else {
        boolean encoded = name.endsWith("*");
        String base = name.substring(0, star);
        if (encoded) {
          int q = v.indexOf('\'');
          int q2 = q < 0 ? -1 : v.indexOf('\'', q + 1);
          String charset = q > 0 ? v.substring(0, q) : "UTF-8";
          String text = q2 >= 0 ? v.substring(q2 + 1) : v;
          v = TextBytes.decode(percentBytes(text), charset);
        }
        extended.computeIfAbsent(base, k -> new StringBuilder()).append(v);
      }
    }
    extended.forEach((k, v) -> out.put(k, v.toString()));
    return out;
  }
}
