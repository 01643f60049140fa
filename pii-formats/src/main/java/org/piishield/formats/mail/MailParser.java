package org.piishield.formats.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.TextBytes;

/**
 * Parses an RFC 5322/MIME message with Apache James mime4j into a {@link MailNode} tree: header values unfolded
 * and RFC 2047 decoded (raw 8-bit headers read as UTF-8, else Windows-1252), bodies transfer-decoded, text bodies
 * charset-decoded. Stateless; the caller owns the stream.
 *
 * <p>Refused with an {@link ExtractionException} naming the problem, never quoting content: no header fields
 * ("not an e-mail message"), a header line mime4j cannot parse, lines or headers over the limits, nesting deeper
 * than {@link MailLimits#maxDepth}, more than {@link MailLimits#maxParts} parts, more decoded bytes than
 * {@link MailLimits#maxDecodedBytes}, a multipart without any part.
 */
final class MailParser {

  /** Header fields the writer regenerates from the parsed structure instead of copying. */
  static final Set<String> STRUCTURAL = Set.of("content-type", "content-transfer-encoding", "content-disposition",
      "mime-version", "content-length");

  /**
   * Signatures over the original content, dropped from the text and the copy: invalid once anything is redacted,
   * and a body hash ({@code bh=}) would let a guess at a withheld value be confirmed.
   */
  static final Set<String> SIGNATURES = Set.of("dkim-signature", "domainkey-signature", "arc-seal",
      "arc-message-signature", "x-google-dkim-signature");

  private final MailLimits limits;
  private int parts;
  private long decoded;
  private int attachments;

  private MailParser(MailLimits limits) {
    this.limits = limits;
  }

  static MailNode parse(InputStream in, MailLimits limits) throws IOException, ExtractionException {
    byte[] raw = withoutMboxSeparator(in.readAllBytes());
    checkHeaderLines(raw);
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(new MimeConfig.Builder()
        .setStrictParsing(true)
        .setMaxLineLen(100_000)
        .setMaxHeaderCount(2_000)
        .setMaxHeaderLen(200_000)
        .setMaxContentLen(-1) // bodies are at most the file's size; decoded bytes are counted in bytes() below
        .build());
    builder.setBodyFactory(new BasicBodyFactory());
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
    Message message;
    try {
      message = builder.parseMessage(new ByteArrayInputStream(raw));
    } catch (MimeIOException e) {
      throw new ExtractionException("malformed e-mail: " + reason(e.getCause()));
    }
    try {
      if (message.getHeader() == null || message.getHeader().getFields().isEmpty()) {
        throw new ExtractionException("not an e-mail message: it has no header fields");
      }
      return new MailParser(limits).node(message, 0);
    } finally {
      message.dispose();
    }
  }

  /** An mbox {@code "From sender date"} first line (as some clients save messages) is not part of the message. */
  private static byte[] withoutMboxSeparator(byte[] raw) {
    if (raw.length > 5 && new String(raw, 0, 5, StandardCharsets.US_ASCII).equals("From ")) {
      int nl = 0;
      while (nl < raw.length && raw[nl] != '\n') {
        nl++;
      }
      return java.util.Arrays.copyOfRange(raw, Math.min(nl + 1, raw.length), raw.length);
    }
    return raw;
  }

  /**
   * The message's own header block (up to the first empty line) must be header fields and their folded
   * continuations: mime4j would read a stray line as the start of the body and the fields after it as text.
   */
  private static void checkHeaderLines(byte[] raw) throws ExtractionException {
    int line = 0;
    int i = 0;
    while (i < raw.length) {
      int end = i;
      while (end < raw.length && raw[end] != '\n') {
        end++;
      }
      int len = end - i - (end > i && raw[end - 1] == '\r' ? 1 : 0);
      if (len == 0) {
        return;
      }
      line++;
      boolean continuation = raw[i] == ' ' || raw[i] == '\t';
      if (!(continuation && line > 1) && !isFieldStart(raw, i, len)) {
        throw new ExtractionException("malformed e-mail: header line " + line + " is not a header field");
      }
      i = end + 1;
    }
  }

  /** {@code Name:} with a name of printable ASCII other than the colon (RFC 5322, 2.2). */
  private static boolean isFieldStart(byte[] raw, int from, int len) {
    for (int k = from; k < from + len; k++) {
      byte b = raw[k];
      if (b == ':') {
        return k > from;
      }
      if (b < 33 || b > 126) {
        return false;
      }
    }
    return false;
  }

  private static String reason(Throwable e) {
    if (e instanceof MaxLineLimitException) {
      return "a line longer than the limit";
    }
    if (e instanceof MaxHeaderLimitException) {
      return "more or longer header fields than the limit";
    }
    // mime4j's messages quote the offending line, so only the kind of failure is named
    return "the MIME structure cannot be parsed (" + (e == null ? "unknown" : e.getClass().getSimpleName()) + ")";
  }

  private MailNode node(Entity e, int depth) throws IOException, ExtractionException {
    if (depth > limits.maxDepth()) {
      throw new ExtractionException("parts nest deeper than " + limits.maxDepth() + " levels");
    }
    if (++parts > limits.maxParts()) {
      throw new ExtractionException("more than " + limits.maxParts() + " MIME parts");
    }
    List<MailHeader> headers = headers(e);
    String mime = e.getMimeType() == null ? "text/plain" : e.getMimeType().toLowerCase(Locale.ROOT);
    String cte = e.getContentTransferEncoding() == null ? "7bit"
        : e.getContentTransferEncoding().toLowerCase(Locale.ROOT);
    String fileName = e.getFilename();
    Body body = e.getBody();
    if (body instanceof Multipart mp) {
      if (mp.getBodyParts().isEmpty()) {
        throw new ExtractionException("a multipart part without any body part (missing or wrong boundary?)");
      }
      List<MailNode> children = new ArrayList<>();
      for (Entity child : mp.getBodyParts()) {
        children.add(node(child, depth + 1));
      }
      return new MailNode(MailNode.Kind.MULTIPART, headers, mime, mp.getSubType(), fileName, cte, null, null,
          children, 0);
    }
    if (body instanceof Message inner) {
      return new MailNode(MailNode.Kind.MESSAGE, headers, mime, null, fileName, cte, null, null,
          List.of(node(inner, depth + 1)), 0);
    }
    byte[] bytes = bytes((SingleBody) body);
    // every text/* part is redacted as text (vCards, calendars and CSV hold names and phones too)
    if (mime.startsWith("text/")) {
      String decodedText = TextBytes.decode(bytes, e.getCharset());
      // LF line ends in the text (the writer writes CRLF); HTML as is, its offsets index the markup
      return new MailNode(MailNode.Kind.TEXT, headers, mime, null, fileName, cte,
          mime.equals("text/html") ? decodedText : decodedText.replace("\r\n", "\n"), null, List.of(), 0);
    }
    return new MailNode(MailNode.Kind.ATTACHMENT, headers, mime, null, fileName, cte, null, bytes, List.of(),
        ++attachments);
  }

  private byte[] bytes(SingleBody body) throws IOException, ExtractionException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    try (InputStream in = body.getInputStream()) {
      int r;
      while ((r = in.read(buf)) > 0) {
        decoded += r;
        if (decoded > limits.maxDecodedBytes()) {
          throw new ExtractionException("more than " + limits.maxDecodedBytes() + " decoded bytes in its parts");
        }
        out.write(buf, 0, r);
      }
    }
    return out.toByteArray();
  }

  private static List<MailHeader> headers(Entity e) {
    List<MailHeader> out = new ArrayList<>();
    if (e.getHeader() == null) {
      return out;
    }
    for (Field f : e.getHeader().getFields()) {
      if (!STRUCTURAL.contains(f.getNameLowerCase()) && !SIGNATURES.contains(f.getNameLowerCase())) {
        out.add(new MailHeader(f.getName(), value(f)));
      }
    }
    return out;
  }

  /** The field's value from its raw bytes: 8-bit text read as UTF-8 when valid, unfolded, RFC 2047 decoded. */
  static String value(Field f) {
    String raw;
    if (f.getRaw() != null) {
      raw = TextBytes.decode(f.getRaw().toByteArray(), null);
      int colon = raw.indexOf(':');
      raw = colon < 0 ? f.getBody() : raw.substring(colon + 1);
    } else {
      raw = f.getBody();
    }
    String unfolded = raw.replaceAll("\r?\n(?=[ \t])", "").replaceAll("\r?\n$", "").strip();
    return DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT);
  }

}
