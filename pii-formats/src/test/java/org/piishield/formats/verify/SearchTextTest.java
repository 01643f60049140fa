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
    assertEquals("call jose at (312) 555-0142", t.spaced());
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
  void contains_shortValue_onlyAsWholeWords() {
    SearchText dates = SearchText.of("Shipped 2024-01-16 21702 units; Ruizton and MRuiz");
    SearchText badge = SearchText.of("Badge No.: 6217, and Ruiz.");

    assertFalse(dates.contains(SearchText.of("6217"), true), "joined by dropping the space: 1621702");
    assertFalse(dates.contains(SearchText.of("Ruiz"), true), "inside longer words");
    assertTrue(badge.contains(SearchText.of("6217"), true));
    assertTrue(badge.contains(SearchText.of("RUIZ"), true));
  }

  @Test
  void contains_byDigits_onlyOnDigitGroupBoundaries() {
    SearchText phone = SearchText.of("(312) 5550142 or 312.555.0142");
    SearchText near = SearchText.of("ref 1312 555 01425 and 2024-03-12 5550142");

    assertTrue(phone.contains(SearchText.of("312-555-0142"), true));
    assertTrue(SearchText.of("(312) 5550142").contains(SearchText.of("312-555-0142"), true), "groups may join");
    assertFalse(near.contains(SearchText.of("312-555-0142"), true), "starts and ends inside groups");
  }

  @Test
  void toString_holdsNoText() {
    assertEquals("SearchText[4 chars]", SearchText.of("Ruiz").toString());
    assertEquals("row 2 (EMAIL)", new WithheldValue(2, "EMAIL", "ana.ruiz@example.org", "(b)(6)").toString());
  }
}
