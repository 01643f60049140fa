package org.piishield.formats.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.piishield.formats.redact.WithheldSpan;

/**
 * Synthetic messages (example.org addresses, 555-01xx phone numbers, made-up people), hand-written RFC 5322 with
 * CRLF line ends; the attached PDF is made by PDFBox at test time.
 */
final class MailFixtures {

  static final String EMAIL = "jose.perez@example.org";
  static final String PHONE = "312-555-0142";
  static final String NAME = "José Pérez";
  static final String OFFICER = "Ann Lee";
  static final String NESTED_EMAIL = "bo.diaz@example.org";
  static final String ADDRESS = "42 Elm Street";
  static final String KEPT_BODY = "The meeting is on the third floor.";
  static final String KEPT_HTML = "Bring the blue binder.";
  static final String KEPT_PDF = "Shift starts at noon.";
  static final String KEPT_NESTED = "Lunch is at noon.";

  static final String HTML = "<html><head><title>Roster for José Pérez</title>"
      + "<meta name=\"author\" content=\"Jos&eacute; P&eacute;rez\"></head><body>"
      + "<p>Hello team,</p><p>Please call <b>José</b> at 312-555-0142 or "
      + "<a href=\"mailto:jose.perez&#64;example.org\" title=\"Write to jose.perez@example.org\">write</a>.</p>"
      + "<img src=\"cid:sig\" alt=\"Signature of Ann Lee\"><!-- drafted by Ann Lee -->"
      + "<p>Bring the blue binder.</p></body></html>";

  private MailFixtures() {}

  /** A one-page PDF (PDFBox, Helvetica) with the officer's name and a sentence that is not withheld. */
  static byte[] rosterPdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Roster: Officer Ann Lee, unit 7.");
        cs.newLineAtOffset(0, -20);
        cs.showText(KEPT_PDF);
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * multipart/mixed: multipart/alternative (quoted-printable text/plain, base64 text/html), the PDF, a
   * message/rfc822, and a ZIP no redactor reads. From is RFC 2047 Q-encoded, the Subject B-encoded.
   */
  static byte[] officerMessage() throws IOException {
    String b64 = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(
        HTML.getBytes(StandardCharsets.UTF_8));
    String pdf = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(rosterPdf());
    String zip = Base64.getMimeEncoder().encodeToString(
        ("PK\u0003\u0004 evidence for " + EMAIL).getBytes(StandardCharsets.ISO_8859_1));
    String m = """
        Return-Path: <jose.perez@example.org>
        Received: from mail.example.org (mail.example.org [192.0.2.10])
        \tby mx.example.net with ESMTP; Mon, 2 Nov 2026 10:00:00 -0500
        From: =?UTF-8?Q?Jos=C3=A9_P=C3=A9rez?= <jose.perez@example.org>
        To: Ann Lee <ann.lee@example.org>, records@example.net
        Cc: "Records Desk" <desk@example.net>
        Subject: Shift roster for Officer =?UTF-8?B?Sm9zw6k=?=
        Message-ID: <20261102.1@example.org>
        X-Sender-Phone: 312-555-0142
        Date: Mon, 2 Nov 2026 10:00:00 -0500
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer-1"

        This is a multi-part message in MIME format.
        --outer-1
        Content-Type: multipart/alternative; boundary="alt-1"

        --alt-1
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: quoted-printable

        Hello team,
        Please call Jos=C3=A9 at 312-555-0142 or write to jose.perez@example.org=
        .
        The meeting is on the third floor.
        --alt-1
        Content-Type: text/html; charset=UTF-8
        Content-Transfer-Encoding: base64

        %s
        --alt-1--
        --outer-1
        Content-Type: application/pdf; name="roster.pdf"
        Content-Disposition: attachment; filename="roster.pdf"
        Content-Transfer-Encoding: base64

        %s
        --outer-1
        Content-Type: message/rfc822
        Content-Disposition: attachment; filename="forwarded.eml"

        From: Bo Diaz <bo.diaz@example.org>
        To: jose.perez@example.org
        Subject: Home address
        Content-Type: text/plain; charset=US-ASCII

        Bo lives at 42 Elm Street. Lunch is at noon.
        --outer-1
        Content-Type: application/zip; name="evidence.zip"
        Content-Disposition: attachment; filename="evidence.zip"
        Content-Transfer-Encoding: base64

        %s
        --outer-1--
        """.formatted(b64, pdf, zip);
    return m.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** Every occurrence of each value in {@code text} as a span labelled {@code (b)(6)}, sorted. */
  static List<WithheldSpan> everywhere(String text, String... values) {
    List<WithheldSpan> out = new ArrayList<>();
    for (String v : values) {
      for (int i = text.indexOf(v); i >= 0; i = text.indexOf(v, i + v.length())) {
        out.add(new WithheldSpan(i, i + v.length(), "X", "(b)(6)"));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
