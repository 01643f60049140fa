package org.piishield.registry.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.registry.normalize.AddressVariants;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.Variants;

/**
 * Addresses, phones, e-mails and plates. All values are synthetic: made-up street numbers, 555-01xx phones,
 * example.org e-mails, made-up plates; {@code +34 612 345 678} and {@code +52 55 1234 5678} are shaped like
 * Spanish and Mexican mobiles, assigned to no one we know of.
 */
class CandidateExtractorFieldsTest {

  private static final CandidateExtractor EX = new CandidateExtractor(t -> false);

  private static List<String> of(FieldType type, String text) {
    return Candidates.of(type, EX, text);
  }

  @Test
  void extract_abbreviatedAddressWithHashUnit_enrolmentForms() {
    assertEquals(List.of("123 n main st 0 14", "123 main st 0 14", "123 n main st apt 4 0 18"),
        of(FieldType.ADDRESS, "123 N. Main St. #4, Springfield, IL 62704"));
    for (String v : List.of("123 n main st apt 4", "123 n main st", "123 main st")) {
      assertTrue(AddressVariants.of("123 North Main Street, Apt 4, Springfield, IL 62704").contains(v), v);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "123 North Main Street Apartment 4|123 n main st apt 4",
      "123 N MAIN ST APT 4|123 n main st apt 4",
      "123 N Main St, Unit 4|123 n main st apt 4",
      "123 n. main st. apt. 4|123 n main st apt 4",
      "123 N Main St Apt #4|123 n main st apt 4",
      "123 N Main St # 4|123 n main st apt 4",
      "123 N Main St, #4|123 n main st apt 4",
      "900 Oak Avenue Northwest, Suite 200|900 oak ave nw ste 200",
      "742 Evergreen Terr.|742 evergreen ter",
      "742 EVERGREEN TER|742 evergreen ter",
      "Vive en 742 N Evergreen Terrace con su familia|742 evergreen ter",
      "Su domicilio: 742 Evergreen Terrace, Springfield|742 evergreen ter",
      "77 Lake Shore Drive Apt. #12B|77 lake shore dr apt 12b",
      "456 North Street|456 north st",
  })
  void extract_writtenAddressForms_giveTheEnrolledForm(String text, String expected) {
    assertTrue(Candidates.values(FieldType.ADDRESS, EX, text).contains(expected),
        () -> text + " -> " + of(FieldType.ADDRESS, text));
  }

  @Test
  void extract_spanishLeadIn_exactFormsAndOffsets() {
    assertEquals(List.of("742 n evergreen ter 8 31", "742 evergreen ter 8 31", "742 n evergreen ter apt 2 8 34"),
        of(FieldType.ADDRESS, "Vive en 742 N Evergreen Terrace #2."));
  }

  @Test
  void extract_streetWithoutSuffix_capitalisedAndClosed() {
    assertEquals(List.of("100 broadway 9 21"), of(FieldType.ADDRESS, "lives at 100 Broadway, New York"));
    assertEquals(List.of("8 calle 5 8 17"), of(FieldType.ADDRESS, "Vive en 8 Calle 5."));
    assertTrue(AddressVariants.of("8 Calle 5").contains("8 calle 5"));
    assertEquals(List.of(), of(FieldType.ADDRESS, "there were 5 people."));
    assertEquals(List.of(), of(FieldType.ADDRESS, "100 Broadway and then some more words"));
  }

  @Test
  void extract_zipAndStreetWithoutNumber_noAddress() {
    assertEquals(List.of(), of(FieldType.ADDRESS, "Springfield, IL 62704"));
    assertEquals(List.of(), of(FieldType.ADDRESS, "He lives on Main Street, Springfield, IL 62704-1234."));
    assertEquals(List.of(), of(FieldType.ADDRESS, "She lives on North Main Street near the park"));
    assertEquals(List.of(), of(FieldType.ADDRESS, "In 2019 the officers met twice"));
    assertEquals(List.of(), of(FieldType.ADDRESS, "123\nMain St"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Call (562) 555-0123 now|+15625550123 5 19",
      "Call 562-555-0123 now|+15625550123 5 17",
      "Call 562.555.0123 now|+15625550123 5 17",
      "Call 562 555 0123 now|+15625550123 5 17",
      "Call 5625550123 now|+15625550123 5 15",
      "Call 1-562-555-0123 now|+15625550123 5 19",
      "Call +1 562 555 0123 now|+15625550123 5 20",
      "Call +1 (562) 555-0123 now|+15625550123 5 22",
      "Teléfono: +34 612 345 678|+34612345678 10 25",
      "Teléfono: 612 34 56 78|+34612345678 10 22",
      "Tel. +52 1 55 1234 5678|+525512345678 5 23",
      "Call (562) 555-O123 now|+15625550123 5 19",
      "Call (562) 555-0l23 now|+15625550123 5 19",
      "Call (S62) 555-0123 now|+15625550123 5 19",
      "Call (562) 555-0I23 now|+15625550123 5 19",
  })
  void extract_phoneFormats_e164WithOffsets(String text, String expected) {
    assertTrue(of(FieldType.PHONE, text).contains(expected), () -> text + " -> " + of(FieldType.PHONE, text));
  }

  @Test
  void extract_phoneDifferingInOneDigit_otherE164() {
    // ten digits are read in the US and in Mexico; neither reading is the enrolled +15625550123
    assertEquals(List.of("+15625550124 5 19", "+525625550124 5 19"), of(FieldType.PHONE, "Call (562) 555-0124"));
    assertFalse(Candidates.values(FieldType.PHONE, EX, "Call (562) 555-0124").contains("+15625550123"));
  }

  @Test
  void extract_notPhones_nothing() {
    assertEquals(List.of(), of(FieldType.PHONE, "Case 12/05/2020, page 3"));
    assertEquals(List.of(), of(FieldType.PHONE, "call 555-0123"));
    assertEquals(List.of(), of(FieldType.PHONE, "(562) SSS-OlOO"));
    assertEquals(List.of(), of(FieldType.PHONE, "562 555\n0123"));
  }

  @Test
  void extract_email_lowerCasedWithOffsets() {
    assertEquals(List.of("jane.doe@example.org 9 29"), of(FieldType.EMAIL, "Write to Jane.Doe@Example.ORG."));
    assertEquals(List.of("j_o-d+x@mail.example.org 1 25"), of(FieldType.EMAIL, "<J_O-D+x@mail.EXAMPLE.org>"));
    assertEquals(Variants.of(FieldType.EMAIL, "Jane.Doe@Example.ORG"), List.of("jane.doe@example.org"));
    assertEquals(List.of(), of(FieldType.EMAIL, "@handle and a@b and x@localhost"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "placa 7abc123 blanca|6 13",
      "plate 7ABC-123.|6 14",
      "plate 7ABC 123 seen|6 14",
      "plate 7 ABC 123 seen|6 15",
  })
  void extract_plateWrittenForms_normalisedAndFolded(String text, String offsets) {
    List<String> got = of(FieldType.PLATE, text);
    assertTrue(got.contains("7ABC123 " + offsets), () -> text + " -> " + got);
    assertTrue(got.contains("7A8C123 " + offsets), () -> text + " -> " + got);
    assertEquals(Variants.of(FieldType.PLATE, "7ABC123"), List.of("7ABC123", "7A8C123"));
  }

  @Test
  void extract_plateWithOcrConfusion_matchesFoldedForm() {
    // "8" read for "B": the folded forms agree
    assertTrue(Candidates.values(FieldType.PLATE, EX, "plate 7A8C-123").contains("7A8C123"));
    assertTrue(Variants.of(FieldType.PLATE, "7ABC123").contains("7A8C123"));
  }

  @Test
  void extract_plateShapes_lettersAndDigitsFiveToEight() {
    assertEquals(List.of(), of(FieldType.PLATE, "ABCDEFG 1234567 AB1 12345678901"));
  }
}
