package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.extract.ExtractionException;

class WithheldValuesTest {

  //                                 0         1         2         3         4         5
  //                                 012345678901234567890123456789012345678901234567890123456
  private static final String TEXT = "Badge 6485 of Ana Ruiz; order part-6485, 6485x and Ruiz.";

  @Test
  void recover_valuesLabelsAndShortNumbersKeptElsewhere() throws ExtractionException {
    List<WithheldValue> values = WithheldValues.recover(TEXT, List.of(
        new LoggedSpan(1, 6, 10, "BADGE_NUMBER", "replace", "(b)(7)(C)"),
        new LoggedSpan(2, 14, 22, "PERSON", "replace", "(b)(6)"),
        new LoggedSpan(3, 0, 5, "WORD", "keep", "WORD")));

    assertEquals(List.of(new WithheldValue(1, "BADGE_NUMBER", "6485", "(b)(7)(C)", 1),
        new WithheldValue(2, "PERSON", "Ana Ruiz", "(b)(6)", 0)), values,
        "part-6485 is a whole word elsewhere, 6485x is not; 'Ruiz.' is not 'Ana Ruiz'");
  }

  @Test
  void recover_longValueAlsoKeptElsewhere_countedAnywhereInTheFoldedText() throws ExtractionException {
    String text = "Judge Torres wrote. Calle Torres 5 and TORRES-ville; judge torres again.";
    List<WithheldValue> values = WithheldValues.recover(text, List.of(
        new LoggedSpan(1, 0, 12, "PERSON", "replace", "(b)(6)"),
        new LoggedSpan(2, 6, 12, "PERSON", "replace", "(b)(6)")));

    assertEquals(1, values.get(0).keptElsewhere(), "'judge torres' once more, folded");
    assertEquals(3, values.get(1).keptElsewhere(), "Torres as a word three times more, TORRES-ville too");
  }

  @Test
  void recover_spanOutsideTheText_namesTheRowNotTheText() {
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> WithheldValues.recover(TEXT, List.of(new LoggedSpan(4, 50, 90, "PERSON", "replace", "(b)(6)"))));

    assertEquals("log row 4 [50, 90) is outside the extracted text (length 56); was the input changed?",
        e.getMessage());
  }

  @Test
  void markFoundInText_shortNumberKeptElsewhere_residueOnlyWhenMoreOccurrencesThanKept()
      throws ExtractionException {
    List<WithheldValue> values = WithheldValues.recover(TEXT, List.of(
        new LoggedSpan(1, 6, 10, "BADGE_NUMBER", "replace", "(b)(7)(C)")));
    ValueMatcher m = ValueMatcher.ofWithheld(values);
    boolean[] clean = m.newFound();
    boolean[] leaked = m.newFound();
    boolean[] inPieces = m.newFound();

    m.markFoundInText(SearchText.of("Badge (b)(7)(C) of (b)(6); order part-6485, 6485x"), clean);
    m.markFoundInText(SearchText.of("Badge 6485 of (b)(6); order part-6485, 6485x"), leaked);
    m.markFoundInPieces(SearchText.of("6485"), inPieces);

    assertArrayEquals(new boolean[] {false}, clean);
    assertArrayEquals(new boolean[] {true}, leaked);
    assertArrayEquals(new boolean[] {false}, inPieces, "pieces of a file cannot be counted: left to the text checks");
  }

  @Test
  void markFoundInPieces_shortNumbersLeftToTheTextChecks_longValuesFound() {
    ValueMatcher m = ValueMatcher.ofWithheld(List.of(new WithheldValue(1, "BADGE_NUMBER", "6314", "(b)(7)(C)"),
        new WithheldValue(2, "EMAIL", "ana@example.org", "(b)(6)"), new WithheldValue(3, "PERSON", "Ruiz", "(b)(6)")));
    boolean[] found = m.newFound();

    m.markFoundInPieces(SearchText.of("[(Mail ) -6314 (ana@example.org) 120 (Ruiz)] TJ"), found);

    assertArrayEquals(new boolean[] {false, true, true}, found);
  }
}
