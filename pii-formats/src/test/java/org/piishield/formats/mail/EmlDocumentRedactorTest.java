package org.piishield.formats.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.piishield.formats.mail.MailFixtures.ADDRESS;
import static org.piishield.formats.mail.MailFixtures.EMAIL;
import static org.piishield.formats.mail.MailFixtures.NAME;
import static org.piishield.formats.mail.MailFixtures.NESTED_EMAIL;
import static org.piishield.formats.mail.MailFixtures.OFFICER;
import static org.piishield.formats.mail.MailFixtures.PHONE;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.TikaExtractor;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.formats.verify.EmlVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/**
 * {@link EmlDocumentRedactor} on a hand-written multipart message with a PDFBox PDF, a nested message and a ZIP.
 * Residue is checked by three readings that share no code with the redactor's writer: {@link EmlVerifier} (its
 * own MIME reader), Tika's e-mail parser with attachments, and mime4j for the structure.
 */
class EmlDocumentRedactorTest {

  private static final String[] WITHHELD = {EMAIL, PHONE, NAME, OFFICER, NESTED_EMAIL, ADDRESS};

  @TempDir
  Path dir;

  private RedactableDocument open(byte[] message) throws Exception {
    return new EmlDocumentRedactor().open(Files.write(dir.resolve("m.eml"), message), OpenOptions.of(1 << 24));
  }

  @Test
  void open_officerMessage_decodedHeadersBodiesAndAttachmentsInDocumentOrder() throws Exception {
    String text = open(MailFixtures.officerMessage()).text();

    assertTrue(text.startsWith("Return-Path: <jose.perez@example.org>\nReceived: from mail.example.org"), text);
    assertTrue(text.contains("\nFrom: José Pérez <jose.perez@example.org>\n"), "RFC 2047 Q decoded");
    assertTrue(text.contains("\nSubject: Shift roster for Officer José\n"), "RFC 2047 B decoded");
    assertTrue(text.contains("\nX-Sender-Phone: 312-555-0142\n"), "X- headers too");
    assertTrue(text.contains("\n\nHello team,\nPlease call José at 312-555-0142 or write to jose.perez@example.org."
        + "\nThe meeting is on the third floor.\n"), "quoted-printable body, soft break joined");
    assertTrue(text.contains("\nmailto:jose.perez@example.org\nWrite to jose.perez@example.org\nwrite.\ncid:sig\n"
        + "Signature of Ann Lee\n drafted by Ann Lee \nBring the blue binder.\n"), "base64 HTML: attributes, comments");
    assertTrue(text.contains("Attachment name: roster.pdf\n\n--- attachment 1 ---\nRoster: Officer Ann Lee, unit 7."
        + "\nShift starts at noon."), "the PDF's own text");
    assertTrue(text.contains("--- attached message ---\nFrom: Bo Diaz <bo.diaz@example.org>\nTo: jose.perez@example.org"
        + "\nSubject: Home address\n\nBo lives at 42 Elm Street. Lunch is at noon.\n"), "nested message/rfc822");
    assertTrue(text.endsWith(
        "Attachment name: evidence.zip\n\n--- attachment 2: no redactor reads it, withheld in full ---\n"),
        text);
    assertFalse(text.contains("evidence for"), "a ZIP is not read");
    assertEquals(text, open(MailFixtures.officerMessage()).text(), "the same file gives the same text");
  }

  @Test
  void writeRedacted_valuesEverywhere_goneFromEveryIndependentReadingSentencesKept() throws Exception {
    RedactableDocument doc = open(MailFixtures.officerMessage());
    List<WithheldSpan> spans = MailFixtures.everywhere(doc.text(), WITHHELD);
    Path out = dir.resolve("out.eml");

    doc.writeRedacted(RedactionPlan.of(spans), out);

    VerificationReport report = new EmlVerifier().verify(out, withheld(doc.text(), spans));
    assertTrue(report.passed(), () -> String.join("; ", report.residues()));
    String tika = fold(new TikaExtractor().extract(Files.newInputStream(out), "out.eml", 1 << 24).text());
    for (String v : WITHHELD) {
      assertFalse(tika.contains(fold(v)), "Tika still reads a withheld value");
    }
    // Tika reads one alternative of multipart/alternative (the HTML); the plain one is read with mime4j below
    for (String kept : List.of(MailFixtures.KEPT_HTML, MailFixtures.KEPT_PDF, MailFixtures.KEPT_NESTED,
        "Shift roster for Officer José", "records@example.net")) {
      assertTrue(tika.contains(fold(kept)), kept);
    }
    String plain = new String(textBodies(out), StandardCharsets.UTF_8);
    assertTrue(plain.contains("Hello team,\r\nPlease call José at [(b)(6)] or write to [(b)(6)].\r\n"
        + MailFixtures.KEPT_BODY), plain);
    for (String v : WITHHELD) {
      assertFalse(plain.contains(v), "a decoded body still holds a withheld value");
    }
    String raw = Files.readString(out, StandardCharsets.ISO_8859_1);
    assertFalse(raw.contains("evidence"), "the ZIP and its name are gone");
    assertTrue(raw.contains("\r\n\r\nAttachment 2 withheld in full: cannot be redacted.\r\n"));
    assertTrue(raw.contains("\r\nFrom: [(b)(6)] <[(b)(6)]>\r\n"), "address structure kept, values replaced");
    assertEquals(List.of("multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf",
        "message/rfc822", "text/plain", "text/plain"), structure(out));
  }

  @Test
  void writeRedacted_pdfAttachment_trulyRedactedByItsOwnRedactor() throws Exception {
    RedactableDocument doc = open(MailFixtures.officerMessage());
    Path out = dir.resolve("out.eml");

    doc.writeRedacted(RedactionPlan.of(MailFixtures.everywhere(doc.text(), OFFICER)), out);

    byte[] pdf = part(out, "application/pdf");
    assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    Path copy = Files.write(dir.resolve("roster.pdf"), pdf);
    String text = new org.piishield.formats.PdfExtractor().extract(Files.newInputStream(copy), "roster.pdf", 1 << 24)
        .text();
    assertFalse(text.contains("Ann Lee"), text);
    assertTrue(text.contains(MailFixtures.KEPT_PDF), text);
  }

  @Test
  void writeRedacted_nonAsciiHeaders_reencodedPerRfc2047() throws Exception {
    RedactableDocument doc = open(MailFixtures.officerMessage());
    Path out = dir.resolve("out.eml");

    doc.writeRedacted(RedactionPlan.of(MailFixtures.everywhere(doc.text(), EMAIL)), out);

    String raw = Files.readString(out, StandardCharsets.US_ASCII);
    assertTrue(raw.contains("\r\nFrom: =?UTF-8?B?Sm9zw6kgUMOpcmV6?= <[(b)(6)]>\r\n"), raw);
    assertTrue(raw.contains("\r\nSubject: Shift roster for Officer =?UTF-8?B?Sm9zw6k=?=\r\n"), raw);
    try (InputStream in = Files.newInputStream(out)) {
      Message m = new DefaultMessageBuilder().parseMessage(in);
      assertEquals("Shift roster for Officer José", m.getSubject());
      assertEquals("José Pérez", m.getFrom().get(0).getName());
    }
  }

  @Test
  void verify_unredactedOriginal_reportsRowsAndTypesNeverValues() throws Exception {
    RedactableDocument doc = open(MailFixtures.officerMessage());
    List<WithheldSpan> spans = MailFixtures.everywhere(doc.text(), EMAIL, NESTED_EMAIL);

    VerificationReport report = new EmlVerifier().verify(dir.resolve("m.eml"), withheld(doc.text(), spans));

    assertFalse(report.passed());
    String all = String.join("\n", report.residues());
    assertTrue(all.contains("withheld value of row 1 (X) still extractable (eml-headers)"), all);
    assertTrue(all.contains("(body 2 html-attributes)"), all);
    assertTrue(all.contains("attachment 2: withheld value") || all.contains("(attachment 2)"), all);
    assertFalse(all.contains("example.org"), "residues never quote values");
  }

  private static List<WithheldValue> withheld(String text, List<WithheldSpan> spans) {
    List<WithheldValue> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      WithheldSpan s = spans.get(i);
      out.add(new WithheldValue(i + 1, s.type(), text.substring(s.start(), s.end()), s.label()));
    }
    return out;
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** Media types of every entity in document order, read by mime4j. */
  private static List<String> structure(Path eml) throws Exception {
    try (InputStream in = Files.newInputStream(eml)) {
      List<String> out = new ArrayList<>();
      walk(new DefaultMessageBuilder().parseMessage(in), out);
      return out;
    }
  }

  private static void walk(Entity e, List<String> out) {
    out.add(e.getMimeType());
    if (e.getBody() instanceof Multipart mp) {
      for (Entity child : mp.getBodyParts()) {
        walk(child, out);
      }
    } else if (e.getBody() instanceof Message m) {
      walk(m, out);
    }
  }

  /** Every text/plain and text/html body, transfer-decoded by mime4j, concatenated. */
  private static byte[] textBodies(Path eml) throws Exception {
    try (InputStream in = Files.newInputStream(eml)) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      collectText(new DefaultMessageBuilder().parseMessage(in), out);
      return out.toByteArray();
    }
  }

  private static void collectText(Entity e, java.io.ByteArrayOutputStream out) throws Exception {
    if (e.getBody() instanceof Multipart mp) {
      for (Entity child : mp.getBodyParts()) {
        collectText(child, out);
      }
    } else if (e.getBody() instanceof Message m) {
      collectText(m, out);
    } else if (e.getMimeType().startsWith("text/")) {
      try (InputStream body = ((SingleBody) e.getBody()).getInputStream()) {
        out.write(body.readAllBytes());
      }
    }
  }

  private static byte[] part(Path eml, String mediaType) throws Exception {
    try (InputStream in = Files.newInputStream(eml)) {
      Message m = new DefaultMessageBuilder().parseMessage(in);
      for (Entity e : ((Multipart) m.getBody()).getBodyParts()) {
        if (e.getMimeType().equals(mediaType)) {
          try (InputStream body = ((SingleBody) e.getBody()).getInputStream()) {
            return body.readAllBytes();
          }
        }
      }
    }
    throw new AssertionError("no " + mediaType + " part");
  }

}
