package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Variants a withheld value is searched by (synthetic values: example.org, 555-01xx). */
class SearchTextTest {

  @Test
  void of_foldsCaseAndAccentsAndDropsWhitespace() {
    SearchText t = SearchText.of("Call  José\tat (312) 555-0142");

    assertEquals("calljoseat(312)555-0142", t.folded());
    assertEquals("3125550142", t.digits());
  }

  @Test
  void contains_caseAccentAndSpacingVariants_found() {
    SearchText text = SearchText.of("Memo: JOSÉ  RUIZ at ANA.RUIZ@EXAMPLE.ORG, tel 312.555.0142");

    assertTrue(text.contains(SearchText.of("José Ruiz"), false));
    assertTrue(text.contains(SearchText.of("jose ruiz"), false));
    assertTrue(text.contains(SearchText.of("ana.ruiz@example.org"), false));
    assertTrue(text.contains(SearchText.of("(312) 555-0142"), true), "digits alone");
    assertFalse(text.contains(SearchText.of("(312) 555-0142"), false), "punctuation differs without digits mode");
  }

  @Test
  void contains_nearMisses_notFound() {
    SearchText text = SearchText.of("Case 4417 closed on 2024-03-05 by J. Ruis; call (312) 555-0143");

    assertFalse(text.contains(SearchText.of("Ruiz"), true));
    assertFalse(text.contains(SearchText.of("(312) 555-0142"), true));
    assertFalse(text.contains(SearchText.of("No. 4417"), true), "4 digits are too few to search alone");
  }

  @Test
  void toString_holdsNoText() {
    assertEquals("SearchText[4 chars]", SearchText.of("Ruiz").toString());
    assertEquals("row 2 (EMAIL)", new WithheldValue(2, "EMAIL", "ana.ruiz@example.org", "(b)(6)").toString());
  }
}
