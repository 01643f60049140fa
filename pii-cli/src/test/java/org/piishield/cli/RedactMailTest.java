package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.PdfExtractor;

/**
 * {@code shield redact} and {@code shield verify} on an e-mail message end to end: hand-written RFC 5322 with an
 * HTML alternative and a PDF (made by PDFBox) attached; the copy is read back with mime4j and PDFBox, neither of
 * which is how the built-in verification reads it. Synthetic values (example.org, 555-01xx).
 */
class RedactMailTest {

  private static final String EMAIL = "ana.ruiz@example.org";
  private static final String KEPT = "The committee reviewed the parking report.";
  private static final String KEPT_PDF = "Shift starts at noon.";

  @TempDir
  Path dir;

  @Test
  void redact_foiaMessage_valuesGoneEverywhereVerifiedAndVerifyPasses() throws IOException {
    Path eml = Files.write(Files.createDirectories(dir.resolve("in")).resolve("message.eml"), message());
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), eml.toString());

    assertEquals(0, r.exitCode(), r::toString);
    Path copy = out.resolve("message.eml");
    String all = readAll(copy);
    assertFalse(all.contains(EMAIL), all);
    assertFalse(all.contains("555-0142"), all);
    assertFalse(all.contains("Ana Ruiz"), all);
    assertTrue(all.contains(KEPT), all);
    assertTrue(all.contains(KEPT_PDF), all);
    assertTrue(all.contains("(b)(6)"), all);
    String log = Files.readString(out.resolve(RedactCommand.DEFAULT_LOG_NAME));
    assertTrue(log.lines().count() > 3, log);
    assertFalse(log.contains("example.org") || log.contains("Ruiz"), log);

    Shield.Result v = Shield.run("verify", "--log", out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString(),
        copy.toString());
    assertEquals(0, v.exitCode(), v::toString);
  }

  @Test
  void verify_originalPassedOffAsCopy_failsNamingRowsNotValues() throws IOException {
    Path eml = Files.write(Files.createDirectories(dir.resolve("in")).resolve("message.eml"), message());
    Path out = dir.resolve("out");
    assertEquals(0, Shield.run("redact", "--policy", "foia", "--out", out.toString(), eml.toString()).exitCode());
    Files.write(out.resolve("message.eml"), message());

    Shield.Result v = Shield.run("verify", "--log", out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString(),
        out.resolve("message.eml").toString());

    assertEquals(1, v.exitCode(), v::toString);
    assertTrue(v.out().contains("(EMAIL) still extractable (eml-headers)"), v::toString);
    assertFalse(v.out().contains(EMAIL) || v.err().contains(EMAIL), v::toString);
  }

  /** Headers, decoded bodies and the PDF attachment's text of {@code eml}, read with mime4j and PDFBox. */
  private static String readAll(Path eml) throws IOException {
    StringBuilder out = new StringBuilder();
    try (InputStream in = Files.newInputStream(eml)) {
      collect(new DefaultMessageBuilder().parseMessage(in), out);
    }
    return out.toString();
  }

  private static void collect(Entity e, StringBuilder out) throws IOException {
    e.getHeader().getFields().forEach(f -> out.append(f.getName()).append(": ").append(
        org.apache.james.mime4j.codec.DecoderUtil.decodeEncodedWords(f.getBody(),
            org.apache.james.mime4j.codec.DecodeMonitor.SILENT)).append('\n'));
    if (e.getBody() instanceof Multipart mp) {
      for (Entity child : mp.getBodyParts()) {
        collect(child, out);
      }
      return;
    }
    byte[] body;
    try (InputStream in = ((SingleBody) e.getBody()).getInputStream()) {
      body = in.readAllBytes();
    }
    if (e.getMimeType().equals("application/pdf")) {
      try {
        out.append(new PdfExtractor().extract(new java.io.ByteArrayInputStream(body), "a.pdf", 1 << 24).text());
      } catch (org.piishield.extract.ExtractionException x) {
        throw new AssertionError("the PDF attachment cannot be read", x);
      }
    } else {
      out.append(new String(body, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
  }

  private static byte[] message() throws IOException {
    String html = "<p>Call <b>Officer Ana Ruiz</b> at (312) 555-0142.</p>"
        + "<p><a href=\"mailto:ana.ruiz&#64;example.org\">mail</a></p><p>" + KEPT + "</p>";
    String m = """
        From: Ana Ruiz <ana.ruiz@example.org>
        To: desk@example.net
        Subject: Parking report
        Date: Mon, 2 Nov 2026 10:00:00 -0500
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="m1"

        --m1
        Content-Type: multipart/alternative; boundary="a1"

        --a1
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: quoted-printable

        Call Officer Ana Ruiz at (312) 555-0142 or ana.ruiz@example.org.
        %s
        --a1
        Content-Type: text/html; charset=UTF-8
        Content-Transfer-Encoding: base64

        %s
        --a1--
        --m1
        Content-Type: application/pdf; name="roster.pdf"
        Content-Disposition: attachment; filename="roster.pdf"
        Content-Transfer-Encoding: base64

        %s
        --m1--
        """.formatted(KEPT, Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)),
        Base64.getMimeEncoder().encodeToString(pdf()));
    return m.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("On duty: Officer Ana Ruiz, ana.ruiz@example.org.");
        cs.newLineAtOffset(0, -20);
        cs.showText(KEPT_PDF);
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
