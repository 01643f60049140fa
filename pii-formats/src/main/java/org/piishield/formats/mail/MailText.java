package org.piishield.formats.mail;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.HtmlExtractor;

/**
 * The text of a parsed message, what detection runs on, and which part of the message each stretch of it came
 * from ({@link Segment}s, ascending and disjoint).
 *
 * <p>Layout, for each message and body part in document order: each header field as {@code "Name: value\n"}
 * (MIME structure fields left out); {@code "Attachment name: NAME\n"} when the part has a file name; then a text
 * body after a blank line (HTML bodies as {@link HtmlExtractor} extracts them: text, attribute values, comments);
 * an attached message after {@code "\n--- attached message ---\n"}; an attachment's own text (from its
 * redactor) after {@code "\n--- attachment N ---\n"}, or the line
 * {@code "\n--- attachment N: no redactor reads it, withheld in full ---\n"}.
 *
 * <p>Example: a message with {@code From: Ann <ann@example.org>} and the plain body {@code Hi Bo} gives
 * {@code "From: Ann <ann@example.org>\n\nHi Bo\n"}, with a header segment {@code [6, 27)} and a body segment
 * {@code [29, 34)}.
 */
final class MailText {

  /** Which piece of a node a segment is. */
  enum Role { HEADER, FILE_NAME, BODY, ATTACHMENT }

  /** {@code [start, end)} of the text is {@code node}'s header number {@code header}, file name, body or attachment. */
  record Segment(int start, int end, MailNode node, Role role, int header) {}

  private final StringBuilder out = new StringBuilder();
  private final List<Segment> segments = new ArrayList<>();
  private final Map<MailNode, ExtractedText> html = new IdentityHashMap<>();
  private final Map<Integer, String> attachmentTexts;

  private MailText(Map<Integer, String> attachmentTexts) {
    this.attachmentTexts = attachmentTexts;
  }

  /** Lays out {@code root}; {@code attachmentTexts} maps attachment numbers to their text (absent: withheld). */
  static Laid layOut(MailNode root, Map<Integer, String> attachmentTexts) {
    MailText t = new MailText(attachmentTexts);
    t.emit(root);
    return new Laid(t.out.toString(), List.copyOf(t.segments), t.html);
  }

  /** The laid-out text, its segments, and the extraction of each HTML body (for mapping spans into the markup). */
  record Laid(String text, List<Segment> segments, Map<MailNode, ExtractedText> html) {}

  private void emit(MailNode n) {
    for (int i = 0; i < n.headers().size(); i++) {
      MailHeader h = n.headers().get(i);
      out.append(h.name()).append(": ");
      segment(n, Role.HEADER, i, h.value());
      out.append('\n');
    }
    if (n.fileName() != null && !n.fileName().isBlank()) {
      out.append("Attachment name: ");
      segment(n, Role.FILE_NAME, -1, n.fileName());
      out.append('\n');
    }
    switch (n.kind()) {
      case TEXT -> {
        out.append('\n');
        String body = n.text();
        if (n.isHtml()) {
          ExtractedText x = HtmlExtractor.strip(body);
          html.put(n, x);
          body = x.text();
        }
        segment(n, Role.BODY, -1, body);
        out.append('\n');
      }
      case MULTIPART -> {
        for (MailNode child : n.children()) {
          out.append('\n');
          emit(child);
        }
      }
      case MESSAGE -> {
        out.append("\n--- attached message ---\n");
        emit(n.children().get(0));
      }
      case ATTACHMENT -> {
        String text = attachmentTexts.get(n.number());
        if (text == null) {
          out.append("\n--- attachment ").append(n.number()).append(": no redactor reads it, withheld in full ---\n");
        } else {
          out.append("\n--- attachment ").append(n.number()).append(" ---\n");
          segment(n, Role.ATTACHMENT, -1, text);
          out.append('\n');
        }
      }
    }
  }

  private void segment(MailNode n, Role role, int header, String s) {
    int start = out.length();
    out.append(s);
    if (!s.isEmpty() || role == Role.ATTACHMENT) {
      segments.add(new Segment(start, out.length(), n, role, header));
    }
  }
}
