package org.piishield.registry.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names are synthetic. Nicknames come from the shipped nicknames.csv / spanish_diminutives.csv. */
class NameVariantsTest {

  @Test
  void of_hispanicDoubleSurname_givesBothReadingsAndNicknamesInOrder() {
    // "maria" has no nickname of its own; mariah and marietta list it as theirs (nicknames.csv, reverse).
    assertEquals(List.of(
        "maria ruiz pena", "pena maria ruiz", "maria r pena", "pena maria r", "maria pena", "pena maria",
        "m pena", "m r pena",
        "ruiz pena maria", "m ruiz pena", "maria ruiz-pena", "ruiz-pena maria", "m ruiz-pena",
        "maria ruiz", "ruiz maria", "m ruiz",
        "mariah pena", "pena mariah", "marietta pena", "pena marietta",
        "mariah ruiz pena", "ruiz pena mariah", "mariah ruiz-pena", "ruiz-pena mariah", "mariah ruiz",
        "ruiz mariah",
        "marietta ruiz pena", "ruiz pena marietta", "marietta ruiz-pena", "ruiz-pena marietta",
        "marietta ruiz", "ruiz marietta"),
        NameVariants.of("María Ruiz Peña"));
  }

  @Test
  void of_commaFormWithApostropheAndInitial_givesJoinedAndSplitForms() {
    assertEquals(List.of(
        "william j odonnell", "william j o donnell", "odonnell william j", "o donnell william j",
        "william odonnell", "william o donnell", "odonnell william", "o donnell william",
        "w odonnell", "w o donnell", "w j odonnell", "w j o donnell",
        "bela odonnell", "bela o donnell", "odonnell bela", "o donnell bela",
        "bell odonnell", "bell o donnell", "odonnell bell", "o donnell bell",
        "bill odonnell", "bill o donnell", "odonnell bill", "o donnell bill",
        "billy odonnell", "billy o donnell", "odonnell billy", "o donnell billy",
        "wil odonnell", "wil o donnell", "odonnell wil", "o donnell wil",
        "will odonnell", "will o donnell", "odonnell will", "o donnell will",
        "willie odonnell", "willie o donnell", "odonnell willie", "o donnell willie",
        "willy odonnell", "willy o donnell", "odonnell willy", "o donnell willy"),
        NameVariants.of("O'Donnell, William J."));
  }

  @Test
  void of_hyphenatedSurnameWithMiddleName_givesDoubleSurnameFormsAndPepe() {
    assertEquals(List.of(
        "jose luis garcia lopez", "garcia lopez jose luis", "jose l garcia lopez", "garcia lopez jose l",
        "jose garcia lopez", "garcia lopez jose", "j garcia lopez", "j l garcia lopez",
        "jose luis garcia-lopez", "garcia-lopez jose luis", "jose l garcia-lopez", "garcia-lopez jose l",
        "jose garcia-lopez", "garcia-lopez jose", "j garcia-lopez", "j l garcia-lopez",
        "jose luis garcia", "garcia jose luis", "jose l garcia", "garcia jose l", "jose garcia",
        "garcia jose", "j garcia", "j l garcia",
        "pepe garcia lopez", "garcia lopez pepe", "pepe garcia-lopez", "garcia-lopez pepe",
        "pepe garcia", "garcia pepe",
        "chepe garcia lopez", "garcia lopez chepe", "chepe garcia-lopez", "garcia-lopez chepe",
        "chepe garcia", "garcia chepe"),
        NameVariants.of("José Luis García-López"));
  }

  @Test
  void of_spanishDiminutive_mapsBackToFullName() {
    assertEquals(List.of("paco perez", "perez paco", "p perez", "francisco perez", "perez francisco"),
        NameVariants.of("Paco Pérez"));
  }

  @Test
  void of_allCapsAndAccentless_sameAsMixedCase() {
    assertEquals(NameVariants.of("María Ruiz Peña"), NameVariants.of("MARIA  RUIZ PENA"));
  }

  @Test
  void of_commaForm_sameTokensAsLastFirst() {
    assertTrue(NameVariants.of("Ruiz Peña, María").contains("ruiz pena maria"));
    assertTrue(NameVariants.of("Ruiz Peña, María").contains("maria ruiz pena"));
    assertTrue(NameVariants.of("Ruiz Peña, María").contains("maria ruiz"));
  }

  @Test
  void of_nameWithManyNicknames_isBounded() {
    List<String> v = NameVariants.of("William Robert John Smith Jones");
    assertTrue(v.size() <= NameVariants.MAX_VARIANTS, "size " + v.size());
    assertEquals("william robert john smith jones", v.get(0));
    assertEquals(v, NameVariants.of("William Robert John Smith Jones"));
  }

  @Test
  void of_aliases_appendedAfterFullName() {
    List<String> v = NameVariants.of("Ana Gil", List.of("Anita Gil"));
    assertEquals("ana gil", v.get(0));
    assertTrue(v.contains("anita gil"));
  }

  @Test
  void of_singleToken_givesItAlone() {
    assertEquals(List.of("chuy"), NameVariants.of("Chuy"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", ",", "., -- '"})
  void of_blankOrPunctuationOnly_isEmpty(String name) {
    assertEquals(List.of(), NameVariants.of(name));
  }

  @Test
  void of_firstNameOnlyOrSurnameOnly_neverAVariant() {
    List<String> v = NameVariants.of("María Ruiz Peña");
    assertFalse(v.contains("maria"));
    assertFalse(v.contains("ruiz"));
    assertFalse(v.contains("pena"));
  }

  @Test
  void normalize_punctuationAndCase_foldsToTokens() {
    assertEquals("odonnell william j", NameVariants.normalize("O'Donnell,  William J."));
    assertEquals("garcia lopez jose", NameVariants.normalize("GARCÍA-LÓPEZ, José"));
  }
}
