package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted PDFs (PDFBox, AES-256, user and owner password) in {@code shield redact}, {@code verify} and {@code scan}. */
class PdfPasswordTest {
  private static final String EMAIL = "ana.ruiz@example.org";
  private static final String USER_PASSWORD = "correct horse 7";

  @TempDir
  Path dir;

  private Path encrypted(Path pdf) throws IOException {
    Files.createDirectories(pdf.getParent());
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(72, 700);
        cs.showText("Write to " + EMAIL + " about the case.");
        cs.endText();
      }
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner pass 9", USER_PASSWORD,
          new AccessPermission());
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  @Test
  void redact_encryptedWithoutPassword_namesTheOptionAndWritesNothing() throws IOException {
    Path pdf = encrypted(dir.resolve("in/locked.pdf"));
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), pdf.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().contains(pdf + ": encrypted PDF; a password is needed to open it; give its password with "
        + "--password-file FILE or SHIELD_PDF_PASSWORD"), r::toString);
    assertFalse(Files.exists(out.resolve("locked.pdf")));
  }

  @Test
  void redact_passwordFile_writesUnencryptedCleanCopyThatVerifies() throws IOException {
    Path pdf = encrypted(dir.resolve("in/locked.pdf"));
    Path pw = dir.resolve("pw.txt");
    Files.writeString(pw, USER_PASSWORD + "\n");
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--password-file", pw.toString(), "--out",
        out.toString(), pdf.toString());

    assertEquals(0, r.exitCode(), r::toString);
    Path copy = out.resolve("locked.pdf");
    try (PDDocument doc = Loader.loadPDF(copy.toFile())) {
      assertFalse(doc.isEncrypted());
    }
    String text = PopplerTools.text(copy, 1);
    assertTrue(text.contains("Write to") && text.contains("(b)(6)") && text.contains("about the case."), text);
    assertFalse(text.contains(EMAIL) || text.contains("example.org"), text);
    assertFalse(r.out().contains(USER_PASSWORD) || r.err().contains(USER_PASSWORD));
    Path log = out.resolve(RedactCommand.DEFAULT_LOG_NAME);

    Shield.Result noPassword = Shield.run("verify", "--log", log.toString(), copy.toString());
    Shield.Result withEnv = Shield.runWith("", Map.of(PasswordOption.ENV, USER_PASSWORD), "verify", "--log",
        log.toString(), copy.toString());

    assertEquals(ExitCode.INPUT, noPassword.exitCode(), noPassword::toString);
    assertTrue(noPassword.err().contains("give its password with --password-file FILE or SHIELD_PDF_PASSWORD"),
        noPassword::toString);
    assertEquals(0, withEnv.exitCode(), withEnv::toString);
    assertTrue(withEnv.out().contains(copy + ": ok (1 withheld value(s))"), withEnv::toString);
  }

  @Test
  void scan_passwordFile_readsTheEncryptedText() throws IOException {
    Path pdf = encrypted(dir.resolve("in/locked.pdf"));
    Path pw = dir.resolve("pw.txt");
    Files.writeString(pw, USER_PASSWORD);
    Path wrong = dir.resolve("wrong.txt");
    Files.writeString(wrong, "not it");

    Shield.Result r = Shield.run("scan", "--format", "jsonl", "--password-file", pw.toString(), pdf.toString());
    Shield.Result bad = Shield.run("scan", "--password-file", wrong.toString(), pdf.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("\"type\":\"EMAIL\",\"start\":9,\"end\":29"), r::toString);
    assertEquals(ExitCode.INPUT, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains(pdf + ": encrypted PDF; the password given does not open it"), bad::toString);
  }
}
