package org.piishield.formats.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.formats.verify.EmlVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/**
 * A message written by a real producer (mime4j's {@link DefaultMessageWriter}: its own RFC 2047 and RFC 2231
 * encodings), with a PDF under a non-ASCII file name and an {@code .eml} attached as a plain file, which goes
 * through the e-mail redactor again. Synthetic values.
 */
class EmlWrittenByMime4jTest {

  private static final String EMAIL = "carla.nunez@example.org";
  private static final String SURNAME = "Núñez";
  private static final String KEPT_INNER = "El informe queda archivado.";

  @TempDir
  Path dir;

  private byte[] message() throws Exception {
    Message inner = Message.Builder.of()
        .setFrom(new Mailbox("Carla " + SURNAME, "carla.nunez", "example.org"))
        .setSubject("Reenvío")
        .setBody("Escriba a " + EMAIL + ". " + KEPT_INNER, StandardCharsets.UTF_8)
        .build();
    Multipart mixed = MultipartBuilder.create("mixed")
        .addTextPart("Adjunto el informe de Carla " + SURNAME + ".\nLa reunión es el lunes.", StandardCharsets.UTF_8)
        .addBodyPart(BodyPartBuilder.create().setBody(MailFixtures.rosterPdf(), "application/pdf")
            .setContentTransferEncoding("base64").setContentDisposition("attachment", "Informe " + SURNAME + ".pdf"))
        .addBodyPart(BodyPartBuilder.create().setBody(DefaultMessageWriter.asBytes(inner), "application/octet-stream")
            .setContentTransferEncoding("base64").setContentDisposition("attachment", "reenviado.eml"))
        .build();
    Message outer = Message.Builder.of()
        .setFrom(new Mailbox("Carla " + SURNAME, "carla.nunez", "example.org"))
        .setTo("desk@example.net")
        .setSubject("Informe de Carla " + SURNAME)
        .setBody(mixed)
        .build();
    return DefaultMessageWriter.asBytes(outer);
  }

  @Test
  void redact_mime4jMessage_headersFileNamesAndAttachedEmlRedacted() throws Exception {
    Path eml = Files.write(dir.resolve("m.eml"), message());
    RedactableDocument doc = new EmlDocumentRedactor().open(eml, OpenOptions.of(1 << 24));
    String text = doc.text();
    assertTrue(text.contains("From: Carla Núñez <carla.nunez@example.org>\n"), text);
    assertTrue(text.contains("Subject: Informe de Carla Núñez\n"), text);
    assertTrue(text.contains("Attachment name: Informe Núñez.pdf\n"), text);
    assertTrue(text.contains("--- attachment 2 ---\nFrom: Carla Núñez <carla.nunez@example.org>\nSubject: Reenvío\n"),
        "the attached .eml's own text, from the e-mail redactor");
    List<WithheldSpan> spans = MailFixtures.everywhere(text, EMAIL, SURNAME);
    Path out = dir.resolve("out.eml");

    doc.writeRedacted(RedactionPlan.of(spans), out);

    List<WithheldValue> withheld = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      withheld.add(new WithheldValue(i + 1, "X", text.substring(spans.get(i).start(), spans.get(i).end()), "(b)(6)"));
    }
    VerificationReport report = new EmlVerifier().verify(out, withheld);
    assertTrue(report.passed(), () -> String.join("; ", report.residues()));
    try (InputStream in = Files.newInputStream(out)) {
      Message m = new DefaultMessageBuilder().parseMessage(in);
      assertEquals("Informe de Carla [(b)(6)]", m.getSubject());
      List<Entity> parts = ((Multipart) m.getBody()).getBodyParts();
      assertEquals("Informe [(b)(6)].pdf", parts.get(1).getFilename());
      assertEquals("reenviado.eml", parts.get(2).getFilename());
      byte[] attached;
      try (InputStream body = ((SingleBody) parts.get(2).getBody()).getInputStream()) {
        attached = body.readAllBytes();
      }
      Message inner = new DefaultMessageBuilder().parseMessage(new java.io.ByteArrayInputStream(attached));
      String innerText = new String(attached, StandardCharsets.US_ASCII);
      // "(b)(6)" reads as an RFC 5322 comment to address parsers; the raw field keeps the label
      assertTrue(innerText.startsWith("From: Carla [(b)(6)] <[(b)(6)]>\r\n"), innerText);
      assertFalse(innerText.contains("carla.nunez"), innerText);
      String body;
      try (InputStream b = ((SingleBody) inner.getBody()).getInputStream()) {
        body = new String(b.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertEquals("Escriba a [(b)(6)]. " + KEPT_INNER + "\r\n", body);
    }
  }
}
