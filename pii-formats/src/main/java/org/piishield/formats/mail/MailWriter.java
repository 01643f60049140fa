package org.piishield.formats.mail;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Serialises a redacted message: the parsed tree with each header value, file name, body and attachment
 * replaced by what {@link Edits} gives, as RFC 5322/MIME text with CRLF line ends, 7-bit clean.
 *
 * <p>MIME structure fields are regenerated: text parts keep their type ({@code text/plain}, {@code text/html},
 * ...) in UTF-8, base64 when they were base64 and quoted-printable otherwise; multiparts get a fresh random
 * boundary (the original preamble and epilogue are dropped); a redacted attachment is base64 with its (redacted)
 * file name; an attachment without a redactor becomes the text part
 * {@code Attachment N withheld in full: cannot be redacted.}, without its name (the name may hold personal
 * information).
 */
final class MailWriter {

  /** The redacted pieces of the tree. */
  interface Edits {
    String header(MailNode n, int index);

    /** The redacted file name, or null when the part has none. */
    String fileName(MailNode n);

    /** The redacted decoded text (plain) or markup (HTML) of a text body. */
    String body(MailNode n);

    /** The redacted copy of an attachment, or null when it is withheld in full. */
    RedactedAttachment attachment(MailNode n);
  }

  /** An attachment's redacted copy, with the media type and file name (null when none) to write it under. */
  record RedactedAttachment(byte[] bytes, String mediaType, String fileName) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Edits edits;
  private final StringBuilder out = new StringBuilder();

  private MailWriter(Edits edits) {
    this.edits = edits;
  }

  static byte[] write(MailNode root, Edits edits) {
    MailWriter w = new MailWriter(edits);
    w.entity(root, true);
    return w.out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private void entity(MailNode n, boolean message) {
    for (int i = 0; i < n.headers().size(); i++) {
      out.append(HeaderEncoding.field(n.headers().get(i).name(), edits.header(n, i)));
    }
    if (message) {
      out.append("MIME-Version: 1.0\r\n");
    }
    String fileName = n.fileName() == null ? null : edits.fileName(n);
    switch (n.kind()) {
      case TEXT -> {
        boolean base64 = n.transferEncoding().equals("base64");
        out.append("Content-Type: ").append(n.mimeType()).append("; charset=UTF-8\r\n");
        out.append("Content-Transfer-Encoding: ").append(base64 ? "base64" : "quoted-printable").append("\r\n");
        disposition(fileName);
        out.append("\r\n");
        String body = edits.body(n);
        out.append(base64 ? TransferEncoding.base64(body.getBytes(StandardCharsets.UTF_8))
            : TransferEncoding.quotedPrintable(body));
      }
      case MULTIPART -> {
        String boundary = "=_shield_" + HexFormat.of().formatHex(randomBytes());
        out.append("Content-Type: multipart/").append(n.subtype()).append("; boundary=\"").append(boundary)
            .append("\"\r\n\r\n");
        for (MailNode child : n.children()) {
          out.append("--").append(boundary).append("\r\n");
          entity(child, false);
          out.append("\r\n");
        }
        out.append("--").append(boundary).append("--\r\n");
      }
      case MESSAGE -> {
        out.append("Content-Type: message/rfc822\r\n");
        disposition(fileName);
        out.append("\r\n");
        entity(n.children().get(0), true);
      }
      case ATTACHMENT -> {
        RedactedAttachment a = edits.attachment(n);
        if (a == null) {
          out.append("Content-Type: text/plain; charset=US-ASCII\r\nContent-Transfer-Encoding: 7bit\r\n\r\n");
          out.append("Attachment ").append(n.number()).append(" withheld in full: cannot be redacted.\r\n");
        } else {
          out.append("Content-Type: ").append(a.mediaType()).append("\r\n");
          out.append("Content-Transfer-Encoding: base64\r\n");
          disposition(a.fileName());
          out.append("\r\n").append(TransferEncoding.base64(a.bytes()));
        }
      }
    }
  }

  private void disposition(String fileName) {
    if (fileName != null) {
      out.append("Content-Disposition: attachment;\r\n ").append(HeaderEncoding.fileNameParameter("filename", fileName))
          .append("\r\n");
    }
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    return b;
  }
}
