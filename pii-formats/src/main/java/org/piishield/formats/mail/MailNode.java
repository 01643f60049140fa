package org.piishield.formats.mail;

import java.util.List;

/**
 * A parsed message or body part: its header fields (except the MIME structure fields, which the writer
 * regenerates), and one kind of content.
 *
 * <ul>
 *   <li>{@link Kind#TEXT}: a {@code text/*} part (plain and HTML bodies, but also vCards, calendars, CSV),
 *       decoded ({@code text}), with its original transfer encoding;
 *   <li>{@link Kind#MULTIPART}: {@code children} in order ({@code subtype} e.g. {@code alternative});
 *   <li>{@link Kind#MESSAGE}: an attached {@code message/rfc822}, the one child;
 *   <li>{@link Kind#ATTACHMENT}: any other part; {@code bytes} decoded, {@code number} counts attachments from
 *       1 in document order, {@code fileName} may be null.
 * </ul>
 */
record MailNode(Kind kind, List<MailHeader> headers, String mimeType, String subtype, String fileName,
    String transferEncoding, String text, byte[] bytes, List<MailNode> children, int number) {

  enum Kind { TEXT, MULTIPART, MESSAGE, ATTACHMENT }

  MailNode {
    headers = List.copyOf(headers);
    children = List.copyOf(children);
  }

  boolean isHtml() {
    return kind == Kind.TEXT && mimeType.equals("text/html");
  }
}
