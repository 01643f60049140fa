package org.piishield.recognizers.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameLexiconTest {

  private static int value(String word) {
    return NameLexicon.get().lookup(word, 0, word.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Will", "May", "Rose", "Mark", "Bill", "Brown", "Grace", "Hope", "King", "Rosa", "Luz",
      "Paz", "Cruz", "León"})
  void isAmbiguousName_nameThatIsAlsoAWord_isTrue(String word) {
    int v = value(word);
    assertTrue(NameLexicon.nameClass(v) >= 2, () -> word + " should be a listed name");
    assertTrue(NameLexicon.isAmbiguousName(v), () -> word + " should need more evidence");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Smith", "Maria", "María", "MARIA", "José", "Guadalupe", "García", "Hernández", "Peña",
      "Muñoz", "Johnson", "Nguyen"})
  void isAmbiguousName_commonName_isFalse(String word) {
    int v = value(word);
    assertTrue(NameLexicon.nameClass(v) >= 4, () -> word + " should be a common name");
    assertFalse(NameLexicon.isAmbiguousName(v), () -> word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"My", "In", "The", "El", "En", "Se"})
  void isFunctionWord_functionWord_isTrue(String word) {
    assertTrue(NameLexicon.isFunctionWord(value(word)), word);
  }

  @Test
  void lookup_accentsAndCaseFolded_sameValue() {
    assertEquals(value("garcia"), value("GARCÍA"));
    assertEquals(value("Pena"), value("Peña"));
  }

  @Test
  void lookup_roles_haveTheirFlags() {
    assertTrue((value("Sgt") & NameLexicon.TITLE) != 0);
    assertTrue((value("jueza") & NameLexicon.TITLE) != 0);
    assertTrue((value("Court") & NameLexicon.NEVER) != 0);
    assertTrue((value("Avenue") & NameLexicon.STREET_AFTER) != 0);
    assertTrue((value("Calle") & NameLexicon.STREET_BEFORE) != 0);
    assertTrue((value("Madrid") & NameLexicon.LOC_FIRST) != 0);
    assertTrue((value("de") & NameLexicon.PARTICLE) != 0);
  }

  @Test
  void lookup_unknownWord_isZero() {
    assertEquals(0, value("Qwzxplk"));
  }

  @Test
  void locations_multiWordPhrases_loaded() {
    assertTrue(NameLexicon.get().locations().size() > 900, "location phrases");
  }
}
