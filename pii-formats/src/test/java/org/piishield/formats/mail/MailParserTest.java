package org.piishield.formats.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.piishield.extract.ExtractionException;

/** Malformed and hostile messages are refused with a reason that names the problem, never content. */
class MailParserTest {

  private static final String SECRET = "ann.lee@example.org";

  private static String refused(String message, MailLimits limits) {
    ExtractionException e = assertThrows(ExtractionException.class, () -> MailParser.parse(
        new ByteArrayInputStream(message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)), limits));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    return e.getMessage();
  }

  @Test
  void parse_noHeaderFields_notAnEmail() {
    assertEquals("not an e-mail message: it has no header fields",
        refused("\nJust a letter to " + SECRET + "\n", MailLimits.DEFAULT));
  }

  @Test
  void parse_headerLineWithoutColon_malformed() {
    assertEquals("malformed e-mail: header line 2 is not a header field",
        refused("From: a@example.net\nthis line " + SECRET + " is no header\n\nbody\n", MailLimits.DEFAULT));
  }

  @Test
  void parse_mboxSeparatorLine_skipped() throws Exception {
    MailNode n = MailParser.parse(new ByteArrayInputStream(
        "From a@example.net Mon Nov  2 10:00:00 2026\nFrom: a@example.net\n\nHi\n".getBytes(StandardCharsets.US_ASCII)),
        MailLimits.DEFAULT);
    assertEquals(java.util.List.of(new MailHeader("From", "a@example.net")), n.headers());
    assertEquals("Hi\n", n.text());
  }

  @Test
  void parse_signatureHeaders_dropped() throws Exception {
    MailNode n = MailParser.parse(new ByteArrayInputStream(("DKIM-Signature: v=1; a=rsa-sha256; d=example.org;\r\n"
        + " bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AbC\r\nFrom: a@example.net\r\n"
        + "ARC-Seal: i=1; cv=none; b=XyZ\r\nX-Case: 17\r\n\r\nHi\r\n").getBytes(StandardCharsets.US_ASCII)),
        MailLimits.DEFAULT);
    assertEquals(java.util.List.of(new MailHeader("From", "a@example.net"), new MailHeader("X-Case", "17")),
        n.headers());
  }

  @Test
  void parse_vcardAttachment_isTextRedactedInPlace() throws Exception {
    MailNode n = MailParser.parse(new ByteArrayInputStream(("From: a@example.net\r\nContent-Type: text/vcard; "
        + "charset=UTF-8\r\nContent-Disposition: attachment; filename=ana.vcf\r\n\r\nBEGIN:VCARD\r\n"
        + "FN:Ana Ruiz\r\nEND:VCARD\r\n").getBytes(StandardCharsets.US_ASCII)), MailLimits.DEFAULT);
    assertEquals(MailNode.Kind.TEXT, n.kind());
    assertEquals("text/vcard", n.mimeType());
    assertEquals("ana.vcf", n.fileName());
    assertEquals("BEGIN:VCARD\nFN:Ana Ruiz\nEND:VCARD\n", n.text());
  }

  @Test
  void parse_multipartWithWrongBoundary_malformed() {
    assertEquals("malformed e-mail: the MIME structure cannot be parsed (MimeException)", refused("""
        From: a@example.net
        Content-Type: multipart/mixed; boundary="b1"

        --b2
        Content-Type: text/plain

        %s
        --b2--
        """.formatted(SECRET), MailLimits.DEFAULT));
  }

  @Test
  void parse_nestedMessagesDeeperThanLimit_refused() {
    String inner = "From: c@example.net\n\n" + SECRET + "\n";
    for (int i = 0; i < 3; i++) {
      inner = "From: n" + i + "@example.net\nContent-Type: message/rfc822\n\n" + inner;
    }
    assertEquals("parts nest deeper than 2 levels", refused(inner, new MailLimits(2, 1_000, 1 << 20)));
  }

  @Test
  void parse_morePartsThanLimit_refused() {
    StringBuilder m = new StringBuilder("From: a@example.net\nContent-Type: multipart/mixed; boundary=\"b\"\n\n");
    for (int i = 0; i < 4; i++) {
      m.append("--b\nContent-Type: text/plain\n\npart ").append(i).append('\n');
    }
    m.append("--b--\n");
    assertEquals("more than 3 MIME parts", refused(m.toString(), new MailLimits(8, 3, 1 << 20)));
  }

  @Test
  void parse_moreDecodedBytesThanLimit_refused() {
    String m = "From: a@example.net\nContent-Type: application/octet-stream\n\n" + "x".repeat(200) + "\n";
    assertEquals("more than 100 decoded bytes in its parts", refused(m, new MailLimits(8, 1_000, 100)));
  }
}
