package org.piishield.registry.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.piishield.registry.match.Candidates.filterOf;
import static org.piishield.registry.match.Candidates.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.NameVariants;

/** Names are synthetic. Offsets are UTF-16, end exclusive. */
class CandidateExtractorNamesTest {

  private static List<String> names(NamePartFilter f, String text) {
    return Candidates.of(FieldType.NAME, new CandidateExtractor(f), text);
  }

  @Test
  void extract_allCaps_foldedWindow() {
    assertEquals(List.of("william odonnell 8 25"),
        names(filterOf("William O'Donnell"), "CONTACT WILLIAM O'DONNELL NOW"));
  }

  @Test
  void extract_accentsDroppedOrAdded_sameWindow() {
    assertEquals(List.of("maria pena 0 10"), names(filterOf("María Peña"), "MARIA PENA"));
    assertEquals(List.of("maria pena 4 14"), names(filterOf("Maria Pena"), "Sra María Peña"));
    // a decomposed accent (NFD) is folded away too
    assertEquals(List.of("maria pena 0 12"), names(filterOf("Maria Pena"), "Mari\u0301a Pen\u0303a"));
  }

  @Test
  void extract_lastCommaFirst_tokensInTextOrder() {
    assertEquals(List.of("smith john 0 11"), names(filterOf("John Smith"), "SMITH, JOHN"));
    assertTrue(NameVariants.of("John Smith").contains("smith john"));
  }

  @Test
  void extract_initials_periodAfterInitialKeepsWindow() {
    assertEquals(List.of("w odonnell 0 12"), names(filterOf("William O'Donnell"), "W. O'Donnell"));
    assertEquals(List.of("w j 0 4", "j odonnell 3 15", "w j odonnell 0 15"),
        names(filterOf("William J. O'Donnell"), "W. J. O'Donnell"));
    assertEquals(List.of("j r 4 7", "r smith 6 14", "j r smith 4 14"),
        names(tokens("j", "r", "smith"), "Mr. J.R. Smith"));
  }

  @Test
  void extract_nickname_passesAsToken() {
    assertEquals(List.of("bill odonnell 0 14"), names(filterOf("William O'Donnell"), "Bill O'Donnell"));
    assertEquals(List.of("pepe garcia 0 11"), names(filterOf("José García"), "Pepe Garcia"));
  }

  @Test
  void extract_doubleSurnameWithHyphen_splitIntoTokens() {
    assertEquals(List.of("maria ruiz 0 10", "ruiz pena 6 15", "maria ruiz pena 0 15"),
        names(filterOf("María Ruiz Peña"), "Maria Ruiz-Peña"));
    assertTrue(NameVariants.of("María Ruiz Peña").contains("maria ruiz pena"));
  }

  @Test
  void extract_apostrophes_joinedAndPossessiveDropped() {
    assertEquals(List.of("bill odonnell 0 14"), names(filterOf("William O'Donnell"), "Bill O\u2019Donnell"));
    assertEquals(List.of("o donnell 0 9"), names(filterOf("William O'Donnell"), "O Donnell"));
    assertEquals(List.of("john smith 8 18"), names(filterOf("John Smith"), "This is John Smith's car"));
  }

  @Test
  void extract_sixPassingTokens_windowsOfTwoToFiveOnly() {
    List<String> w = names(tokens("ana", "eva"), "Ana Eva Ana Eva Ana Eva");
    assertEquals(1 + 2 + 3 + 4 + 4, w.size());
    assertEquals("ana eva 0 7", w.get(0));
    assertEquals("eva ana eva ana eva 4 23", w.get(w.size() - 1));
    for (String s : w) {
      int tokens = s.split(" ").length - 2;
      assertTrue(tokens >= 2 && tokens <= 5, s);
    }
  }

  @Test
  void extract_filterGates_everyTokenMustPass() {
    assertEquals(List.of(), names(tokens("ana"), "Ana Gil"));
    assertEquals(List.of(), names(tokens("ana", "gil"), "Ana"));
    assertEquals(List.of(), names(tokens("ana", "gil"), "Ana y Gil"));
    assertEquals(List.of("ana gil 4 11"), names(tokens("ana", "gil"), "Con Ana Gil."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'Smith\nJohn'|",
      "'Smith\r\nJohn'|",
      "'I saw Smith. John left'|",
      "'Smith; John'|",
      "'Smith: John'|",
      "'Smith! John'|",
      "'SMITH,\tJOHN'|smith john 0 11",
      "'Smith (John)'|smith john 0 11",
      "'\"Smith\" John'|smith john 1 12",
  })
  void extract_breaks_newlinePeriodAndStopsEndWindows(String text, String expected) {
    assertEquals(expected == null ? List.of() : List.of(expected), names(tokens("smith", "john"), text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "J0hnson Smith|johnson smith 0 13",
      "Wi1liams Smith|williams smith 0 14",
      "W1lliams Smith|williams smith 0 14",
      "5mith Johnson|smith johnson 0 13",
      "Wiiliams Smith|williams smith 0 14",
      "Wllliams Smith|williams smith 0 14",
      "Rnartin Smith|martin smith 0 13",
      "Bemard Smith|bernard smith 0 12",
      "SMITH BEMARD|smith bernard 0 12",
  })
  void extract_oneOcrConfusion_readsTheName(String text, String expected) {
    assertEquals(List.of(expected), names(tokens("johnson", "williams", "smith", "martin", "bernard"), text));
  }

  @Test
  void extract_ocrOnFourLetterToken_noAlternative() {
    assertEquals(List.of(), names(tokens("john", "smith"), "J0hn Smith"));
    assertEquals(List.of("john smith 0 10"), names(tokens("john", "smith"), "John 5mith"));
  }

  @Test
  void extract_twoOcrConfusionsInOneToken_notRead() {
    assertEquals(List.of(), names(tokens("johnson", "smith"), "J0hns0n Smith"));
    assertEquals(List.of(), names(tokens("martin", "smith"), "Rnartin 5rnith"));
  }

  @Test
  void extract_ocrAlternative_firstPassingInFixedOrder() {
    // "1" → "l" is tried before "1" → "i": with both in the filter the l-reading wins
    assertEquals(List.of("ann lsabel 0 10"), names(tokens("ann", "lsabel", "isabel"), "Ann 1sabel"));
  }

  @Test
  void extract_digitsAndLongTokens_neverNameParts() {
    assertEquals(List.of(), names(t -> true, "12 34"));
    assertEquals(List.of(), names(t -> true, "a".repeat(41) + " bob"));
  }
}
