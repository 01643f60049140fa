package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.verify.PdfVerifier;
import org.piishield.formats.verify.WithheldValue;

/** Encrypted inputs (PDFBox AES-256 with a user and an owner password): opened with either, written in the clear. */
class PdfRedactorPasswordTest {
  private static final String NAME = PdfRedactorTextTest.NAME;

  @TempDir Path dir;

  private RedactionArea encrypted(Path in) throws Exception {
    RedactionArea area;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        area = Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 72, 700, "Interview with ", NAME, " today.", 0,
            "(b)(6)");
      }
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
          new AccessPermission());
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
      doc.save(in.toFile());
    }
    return area;
  }

  @Test
  void redact_userOrOwnerPassword_writesUnencryptedVerifiedCopy() throws Exception {
    Path in = dir.resolve("in.pdf");
    RedactionArea area = encrypted(in);
    for (String password : List.of("user-secret", "owner-secret")) {
      Path out = dir.resolve("out-" + password + ".pdf");

      PdfRedactor.redact(in, password, out, new PdfRedactionPlan(List.of(area), Map.of(), List.of(NAME)),
          RedactionOptions.defaults());

      try (PDDocument doc = Loader.loadPDF(out.toFile())) {
        assertFalse(doc.isEncrypted(), "the copy opens without a password");
      }
      String text = ExternalTools.pdftotext(out, true, 1).strip().replaceAll("\\s+", " ");
      assertEquals("Interview with (b)(6) today.", text);
      PdfEvidence.assertGone(out, NAME);
      assertEquals(List.of(), new PdfVerifier().verify(out, List.of(new WithheldValue(1, "PERSON", NAME, "(b)(6)")))
          .residues());
    }
  }

  @Test
  void redact_noOrWrongPassword_refusedAndNothingWritten() throws Exception {
    Path in = dir.resolve("in.pdf");
    RedactionArea area = encrypted(in);
    Path out = dir.resolve("out.pdf");
    PdfRedactionPlan plan = PdfRedactionPlan.of(List.of(area));

    assertThrows(InvalidPasswordException.class,
        () -> PdfRedactor.redact(in, null, out, plan, RedactionOptions.defaults()));
    assertThrows(InvalidPasswordException.class,
        () -> PdfRedactor.redact(in, "user-secreT", out, plan, RedactionOptions.defaults()));
    assertFalse(Files.exists(out));
  }
}
