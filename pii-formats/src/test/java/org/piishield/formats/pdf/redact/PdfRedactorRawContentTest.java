package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content written by hand, as other producers do: the {@code '} and {@code "} operators, an inline image, an
 * unbalanced {@code Q} and a text object left open; and the file contract (atomic output, bad areas).
 */
class PdfRedactorRawContentTest {
  private static final String NAME = PdfRedactorTextTest.NAME;

  @TempDir Path dir;

  private Path write(String content) throws Exception {
    Path in = dir.resolve("in.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), PdfRedactorTextTest.HELVETICA);
      page.setResources(resources);
      COSStream stream = doc.getDocument().createCOSStream();
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(content.getBytes(StandardCharsets.ISO_8859_1));
      }
      page.setContents(new PDStream(stream));
      doc.addPage(page);
      doc.save(in.toFile());
    }
    return in;
  }

  @Test
  void redact_quoteOperatorsAndOpenTextObject_rewritesThemInPlace() throws Exception {
    // Line 1 at y 700 (Td), line 2 at 686 (' with TL 14), line 3 at 672 (" sets Tw 1 and Tc 0.5).
    Path in = write("BT /F1 12 Tf 14 TL 72 700 Td (Header line stays) Tj (Officer " + NAME + " filed) ' "
        + "1 0.5 (Second " + NAME + " line ends here) \" Q");
    Path out = dir.resolve("out.pdf");
    RedactionArea second = Planted.area(PdfRedactorTextTest.HELVETICA, 12, 72, 686, "Officer ", NAME, 0, "(b)(6)");
    // Line 3: every glyph advances by its width + Tc 0.5, spaces by another Tw 1.
    float start = 72 + Planted.width(PdfRedactorTextTest.HELVETICA, 12, "Second ") + 7 * 0.5f + 1;
    float end = start + Planted.width(PdfRedactorTextTest.HELVETICA, 12, NAME) + NAME.length() * 0.5f + 1;
    RedactionArea third = new RedactionArea(0, start, 672 - 2.484f, end - 0.5f, 672 + 8.616f, "(b)(6)");

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(second, third), RedactionOptions.defaults());

    assertEquals(2 * NAME.length(), report.glyphsRemoved());
    PdfEvidence.assertGone(out, NAME);
    PdfEvidence.assertKeptInPlace(PdfEvidence.words(in), PdfEvidence.words(out), PdfRedactorTextTest.WITHHELD_WORDS);
  }

  @Test
  void redact_inlineImageUnderArea_erasesItsPixels() throws Exception {
    // A 20 x 10 light-grey inline image drawn over 200 x 100 pt at (100, 500): 10 pt per pixel.
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      hex.append("C8");
    }
    Path in = write("q 200 0 0 100 100 500 cm BI /W 20 /H 10 /BPC 8 /CS /G /F /AHx ID " + hex + "> EI Q "
        + "BT /F1 12 Tf 100 480 Td (Caption stays) Tj ET");
    Path out = dir.resolve("out.pdf");
    RedactionArea area = new RedactionArea(0, 140, 540, 200, 580, "");

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    assertEquals(1, report.imagesErased());
    List<BufferedImage> images = PdfEvidence.images(out, dir);
    assertEquals(1, images.size());
    BufferedImage image = images.get(0);
    // Columns (140-100)/10 .. (200-100)/10 = 4..10; rows (600-580)/10 .. (600-540)/10 = 2..6.
    PdfEvidence.assertSolid(image, 4, 2, 10, 6, 0x000000);
    PdfEvidence.assertSolid(image, 0, 0, 4, 10, 0xC8C8C8);
    PdfEvidence.assertSolid(image, 10, 0, 20, 10, 0xC8C8C8);
    assertTrue(ExternalTools.pdftotext(out, true, 0).contains("Caption stays"));
  }

  @Test
  void redact_outputIsInput_replacesItWithoutLeavingTemporaryFiles() throws Exception {
    Path in = write("BT /F1 12 Tf 72 700 Td (Officer " + NAME + " filed) Tj ET");
    RedactionArea area = Planted.area(PdfRedactorTextTest.HELVETICA, 12, 72, 700, "Officer ", NAME, 0, "(b)(6)");

    PdfRedactor.redact(in, in, List.of(area), RedactionOptions.defaults());

    PdfEvidence.assertGone(in, NAME);
    try (var files = Files.list(dir)) {
      assertEquals(List.of("in.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void redact_areaOnMissingPage_failsWithoutWritingOutput() throws Exception {
    Path in = write("BT /F1 12 Tf 72 700 Td (One page) Tj ET");
    Path out = dir.resolve("out.pdf");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PdfRedactor.redact(in, out,
        List.of(new RedactionArea(3, 0, 0, 10, 10, "(b)(6)")), RedactionOptions.defaults()));

    assertTrue(e.getMessage().contains("page index 3"), e.getMessage());
    assertFalse(Files.exists(out));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("in.pdf"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void redact_ownerPasswordOnlyEncryption_writesUnencryptedRedactedFile() throws Exception {
    Path plain = write("BT /F1 12 Tf 72 700 Td (Officer " + NAME + " filed) Tj ET");
    Path in = dir.resolve("encrypted.pdf");
    try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
      doc.protect(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()));
      doc.save(in.toFile());
    }
    Path out = dir.resolve("out.pdf");
    RedactionArea area = Planted.area(PdfRedactorTextTest.HELVETICA, 12, 72, 700, "Officer ", NAME, 0, "(b)(6)");

    PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    PdfEvidence.assertGone(out, NAME);
    assertTrue(ExternalTools.run("pdfinfo", out.toString()).matches("(?s).*Encrypted:\\s+no\n.*"));
    assertTrue(ExternalTools.pdftotext(out, true, 0).contains("Officer"));
  }

  @Test
  void redact_userPassword_failsWithoutOutput() throws Exception {
    Path plain = write("BT /F1 12 Tf 72 700 Td (Sealed) Tj ET");
    Path in = dir.resolve("sealed.pdf");
    try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
      doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
      doc.save(in.toFile());
    }
    Path out = dir.resolve("out.pdf");

    assertThrows(InvalidPasswordException.class, () -> PdfRedactor.redact(in, out,
        List.of(new RedactionArea(0, 0, 0, 10, 10, "")), RedactionOptions.defaults()));
    assertFalse(Files.exists(out));
  }

  @Test
  void redact_hugeImageUnderArea_failsInsteadOfDecodingIt() throws Exception {
    Path in = dir.resolve("bomb.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      COSStream image = doc.getDocument().createCOSStream();
      image.setItem(COSName.TYPE, COSName.XOBJECT);
      image.setItem(COSName.SUBTYPE, COSName.IMAGE);
      image.setInt(COSName.WIDTH, 40_000);
      image.setInt(COSName.HEIGHT, 40_000);
      image.setInt(COSName.BITS_PER_COMPONENT, 8);
      image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
      try (OutputStream out = image.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(new byte[1000]);
      }
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("Im1"), new PDImageXObject(new PDStream(image), null));
      page.setResources(resources);
      COSStream content = doc.getDocument().createCOSStream();
      try (OutputStream out = content.createOutputStream()) {
        out.write("q 400 0 0 400 100 100 cm /Im1 Do Q".getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(new PDStream(content));
      doc.addPage(page);
      doc.save(in.toFile());
    }
    Path out = dir.resolve("out.pdf");

    IOException e = assertThrows(IOException.class, () -> PdfRedactor.redact(in, out,
        List.of(new RedactionArea(0, 150, 150, 200, 200, "")), RedactionOptions.defaults()));

    assertTrue(e.getMessage().contains("40000 x 40000"), e.getMessage());
    assertFalse(Files.exists(out));
  }
}
