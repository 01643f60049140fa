package org.piishield.formats.redact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileFormatTest {

  @Test
  void matches_extensionInAnyCase_notASuffixWithoutDotOrALaterExtension() {
    assertTrue(FileFormat.IMAGE.matches("Flyer.JPG"));
    assertTrue(FileFormat.IMAGE.matches("scan.page.tiff"));
    assertTrue(FileFormat.DOCX.matches("memo.docm"));
    assertFalse(FileFormat.PDF.matches("memo.pdf.txt"));
    assertFalse(FileFormat.PDF.matches("pdf"));
    assertFalse(FileFormat.EML.matches("mail.emlx"));
    assertFalse(FileFormat.HTML.matches("page.html."));
  }
}
