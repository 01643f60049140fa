package org.piishield.formats.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
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
import org.piishield.testing.ExternalTool;

/**
 * A message written by Python's standard {@code email} package ({@code EmailMessage}, {@code policy.SMTP}):
 * RFC 2047 words inside a display name and a subject, quoted-printable plain and HTML alternatives, a PDF made by
 * Ghostscript 10 ({@code pdfwrite}) under an RFC 2231 file name, and an attached message with 8-bit UTF-8 body.
 * Checked in as {@code test-documents/mail/python-email_quintero_gs-pdf.eml}; synthetic values.
 */
class EmlPythonProducedTest {

  private static final String[] WITHHELD = {"Marta Quintero", "marta.quintero@example.org", "(312) 555-0199",
      "Núñez", "18 Calle Olmo"};

  @TempDir
  Path dir;

  private Path fixture() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/test-documents/mail/python-email_quintero_gs-pdf.eml")) {
      return Files.write(dir.resolve("quintero.eml"), in.readAllBytes());
    }
  }

  @Test
  void open_pythonMessage_decodesEveryLayer() throws Exception {
    String text = new EmlDocumentRedactor().open(fixture(), OpenOptions.of(1 << 24)).text();

    assertTrue(text.startsWith("From: Marta Quintero Núñez <marta.quintero@example.org>\n"), text);
    assertTrue(text.contains("\nSubject: Turno de la agente Quintero Núñez — ver adjunto\n"), text);
    assertTrue(text.contains("Llame a Marta Quintero al (312) 555-0199 o escriba a marta.quintero@example.org.\n"),
        text);
    assertTrue(text.contains("Attachment name: turno Núñez.pdf\n\n--- attachment 1 ---\n"
        + "Duty roster: Officer Marta Quintero, unit 9."), text);
    assertTrue(text.contains("--- attached message ---\nFrom: Marta Quintero <marta.quintero@example.org>\n"
        + "To: desk@example.net\nSubject: Dirección\n"), text);
    assertTrue(text.contains("Marta vive en 18 Calle Olmo. La reunión es el martes."), text);
  }

  @Test
  void writeRedacted_pythonMessage_verifiedByEveryIndependentReading() throws Exception {
    RedactableDocument doc = new EmlDocumentRedactor().open(fixture(), OpenOptions.of(1 << 24));
    List<WithheldSpan> spans = MailFixtures.everywhere(doc.text(), WITHHELD);
    Path out = dir.resolve("out.eml");

    doc.writeRedacted(RedactionPlan.of(spans), out);

    List<WithheldValue> withheld = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      WithheldSpan s = spans.get(i);
      withheld.add(new WithheldValue(i + 1, "X", doc.text().substring(s.start(), s.end()), s.label()));
    }
    VerificationReport report = new EmlVerifier().verify(out, withheld);
    assertTrue(report.passed(), () -> String.join("; ", report.residues()));
    String tika = new TikaExtractor().extract(Files.newInputStream(out), "out.eml", 1 << 24).text()
        .toLowerCase(Locale.ROOT);
    for (String v : WITHHELD) {
      assertFalse(tika.contains(v.toLowerCase(Locale.ROOT)), "Tika still reads a withheld value");
    }
    for (String kept : List.of("The archive closes on Friday.", "Shift starts at noon.", "La reunión es el martes.",
        "Records Desk <desk@example.net>")) {
      assertTrue(tika.contains(kept.toLowerCase(Locale.ROOT)), kept);
    }
    try (InputStream in = Files.newInputStream(out)) {
      Message m = new DefaultMessageBuilder().parseMessage(in);
      assertEquals("Turno de la agente Quintero [(b)(6)] — ver adjunto", m.getSubject());
      Entity pdf = ((Multipart) m.getBody()).getBodyParts().get(1);
      assertEquals("turno [(b)(6)].pdf", pdf.getFilename());
      Path copy;
      try (InputStream body = ((SingleBody) pdf.getBody()).getInputStream()) {
        copy = Files.write(dir.resolve("turno.pdf"), body.readAllBytes());
      }
      String poppler = ExternalTool.output("pdftotext", "-enc", "UTF-8", copy.toString(), "-");
      assertFalse(poppler.contains("Quintero"), poppler);
      assertTrue(poppler.contains("Shift starts at noon."), poppler);
    }
  }
}
