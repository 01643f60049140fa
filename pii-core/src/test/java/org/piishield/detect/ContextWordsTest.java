package org.piishield.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContextWordsTest {

  private static final ContextWords WORDS = ContextWords.of("ssn", "date of birth", "fecha de nacimiento",
      "teléfono", "employee no.");

  @Test
  void findAround_multiWordPhraseBefore_matchesFolded() {
    String text = "FECHA DE NACIMIENTO: 03/04/1975";
    ScanContext ctx = new ScanContext().reset(text, Language.ES);
    int p = WORDS.findAround(ctx, 21, 31, 6, 0);
    assertEquals("fecha de nacimiento", WORDS.phrase(p));
  }

  @Test
  void findAround_accentDropped_matches() {
    ScanContext ctx = new ScanContext().reset("Telefono 612 345 678", Language.ES);
    assertEquals("teléfono", WORDS.phrase(WORDS.findAround(ctx, 9, 20, 3, 0)));
  }

  @Test
  void findAround_phraseOutsideWindow_isIgnored() {
    String text = "ssn one two three four five six seven 123-45-6789";
    ScanContext ctx = new ScanContext().reset(text, Language.EN);
    assertEquals(-1, WORDS.findAround(ctx, 38, 49, 6, 0));
    assertEquals(0, WORDS.findAround(ctx, 38, 49, 10, 0));
  }

  @Test
  void findAround_partialPhrase_doesNotMatch() {
    ScanContext ctx = new ScanContext().reset("date of arrival 1/2/2000", Language.EN);
    assertEquals(-1, WORDS.findAround(ctx, 16, 24, 6, 3));
  }

  @Test
  void findAround_phraseAfter_matches() {
    ScanContext ctx = new ScanContext().reset("4471 employee no. on file", Language.EN);
    assertEquals("employee no.", WORDS.phrase(WORDS.findAround(ctx, 0, 4, 0, 3)));
  }

  @Test
  void findAround_wordInsideRedactionLabel_isIgnored() {
    ScanContext ctx = new ScanContext().reset("[US_SSN] 4471 and [SSN 12] 55", Language.EN);
    assertEquals(-1, WORDS.findAround(ctx, 9, 13, 6, 0));
    assertEquals(0, WORDS.findAround(ctx, 26, 28, 6, 0), "an unclosed or mixed bracket is not a label");
  }

  @Test
  void of_phraseWithoutWords_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> ContextWords.of("--"));
  }
}
