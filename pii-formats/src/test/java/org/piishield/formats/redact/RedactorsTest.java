package org.piishield.formats.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedactorsTest {

  private final Redactors redactors = Redactors.standard();

  @Test
  void forFile_pdfInAnyCase_thePdfRedactorKeepingTheName() {
    DocumentRedactor r = redactors.forFile("memo.PDF").orElseThrow();

    assertEquals("pdf", r.name());
    assertEquals("memo.PDF", r.outputName("memo.PDF"));
    assertEquals("pdf", redactors.verifierFor("out.pdf").orElseThrow().name());
  }

  @Test
  void forFile_plainTextAndNearMissNames_none() {
    assertTrue(redactors.forFile("notes.txt").isEmpty());
    assertTrue(redactors.forFile("memo.pdf.txt").isEmpty());
    assertTrue(redactors.forFile("pdf").isEmpty());
    assertTrue(redactors.verifierFor("notes.txt").isEmpty());
  }
}
