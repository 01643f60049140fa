package org.piishield.registry.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses are synthetic (Springfield, IL ZIP 62704 is a real ZIP; the street numbers are made up). */
class AddressVariantsTest {

  @Test
  void of_abbreviatedWithHashUnitAndZip4_givesCanonicalVariants() {
    assertEquals(List.of("123 n main st apt 4", "123 n main st", "123 main st", "62704"),
        AddressVariants.of("123 N. Main St. #4, Springfield, IL 62704-1234"));
  }

  @Test
  void of_spelledOut_sameAsAbbreviated() {
    assertEquals(AddressVariants.of("123 N. Main St. #4, Springfield, IL 62704-1234"),
        AddressVariants.of("123 North Main Street Apartment 4, Springfield, IL 62704"));
  }

  @Test
  void of_directionalIsTheStreetName_keptAsName() {
    assertEquals(List.of("456 north st"), AddressVariants.of("456 North Street"));
  }

  @Test
  void of_suffixWordInsideName_onlyLastCanonicalised() {
    assertEquals(List.of("77 lake shore dr apt 12b", "77 lake shore dr", "60611"),
        AddressVariants.of("77 Lake Shore Drive Apt. #12B, Chicago, IL 60611"));
  }

  @Test
  void of_suiteAndPostDirectional_keepsUspsAbbreviations() {
    assertEquals(List.of("900 oak ave nw ste 200", "900 oak ave nw", "900 oak ave", "20001"),
        AddressVariants.of("900 Oak Avenue Northwest, Suite 200, Washington, DC 20001"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "123 N Main St #4|123 n main st apt 4",
      "123 n. main street, unit 4|123 n main st apt 4",
      "123 NORTH MAIN ST APT #4|123 n main st apt 4",
      "123 north main st unit 4|123 n main st apt 4",
  })
  void normalize_writtenForms_oneCanonicalForm(String line, String expected) {
    assertEquals(expected, AddressVariants.normalize(line));
  }

  @Test
  void of_streetWithoutHouseNumber_noStreetVariant() {
    assertEquals(List.of(), AddressVariants.of("Main Street"));
    assertEquals(List.of("62704"), AddressVariants.of("Main Street, Springfield, IL 62704"));
    assertNull(AddressVariants.normalize("North Main Street"));
  }

  @Test
  void of_designatorWordsInNameOrCity_notAUnit() {
    assertEquals(List.of("12 lower side rd", "33040"), AddressVariants.of("12 Lower Side Road, Key West, FL 33040"));
    assertEquals(List.of("5 elm st rear", "5 elm st"), AddressVariants.of("5 Elm St Rear"));
  }

  @Test
  void of_noCommas_cityCutAfterSuffix() {
    assertEquals(List.of("123 n main st apt 4", "123 n main st", "123 main st", "62704"),
        AddressVariants.of("123 N Main St Apt 4 Springfield IL 62704"));
    assertEquals(List.of("900 oak ave nw", "900 oak ave", "20001"),
        AddressVariants.of("900 Oak Ave NW Washington DC 20001"));
    assertEquals(List.of("8 calle 5"), AddressVariants.of("8 Calle 5"));
  }

  @Test
  void of_blank_isEmpty() {
    assertEquals(List.of(), AddressVariants.of(""));
    assertEquals(List.of(), AddressVariants.of(null));
  }

  @Test
  void isZip5_onlyFiveDigits() {
    assertTrue(AddressVariants.isZip5("62704"));
    assertFalse(AddressVariants.isZip5("6270"));
    assertFalse(AddressVariants.isZip5("123 n main st"));
    assertFalse(AddressVariants.isZip5("6270a"));
  }

  @Test
  void zip5_plusFourAndHouseNumber_notTakenAsZip() {
    assertNull(AddressVariants.zip5("12345 Main St"));
    assertEquals("62704", AddressVariants.zip5("1 A St, X, IL 62704-1234"));
  }
}
