package org.piishield.registry.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phones are fictional (555-01xx) or published examples (libphonenumber's Mexican mobile example). */
class NormalizersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(562) 555-0123|+15625550123",
      "562.555.0123|+15625550123",
      "+1 562 555 0123|+15625550123",
      "+52 1 55 1234 5678|+525512345678",
  })
  void phone_anyFormat_e164(String raw, String expected) {
    assertEquals(expected, PhoneNormalizer.normalize(raw).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"123", "555-0123-99999", "not a phone", "(000) 000-0000"})
  void phone_invalid_rejectedWithoutValue(String raw) {
    Normalization n = PhoneNormalizer.normalize(raw);
    assertFalse(n.isPresent());
    assertEquals(PhoneNormalizer.INVALID, n.reason());
    assertFalse(n.toString().contains(raw));
  }

  @Test
  void phone_blank_rejectedAsEmpty() {
    assertEquals(PhoneNormalizer.EMPTY, PhoneNormalizer.normalize("  ").reason());
    assertEquals(PhoneNormalizer.EMPTY, PhoneNormalizer.normalize(null).reason());
  }

  @Test
  void email_mixedCaseAndSpaces_trimmedLowerCase() {
    assertEquals("jane.doe@example.org", EmailNormalizer.normalize("  Jane.Doe@Example.ORG ").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jane.doe", "@example.org", "jane@", "a@b@c", "jane doe@example.org"})
  void email_notLocalAtDomain_rejected(String raw) {
    assertEquals(EmailNormalizer.INVALID, EmailNormalizer.normalize(raw).reason());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abc-1234|ABC1234|A8C1234",
      "ABC 1234|ABC1234|A8C1234",
      "7sol-123|7SOL123|7501123",
      "zb.9|ZB9|289",
  })
  void plate_writtenForms_canonicalAndConfusableFolded(String raw, String plate, String folded) {
    assertEquals(plate, PlateNormalizer.normalize(raw).value());
    assertEquals(folded, PlateNormalizer.confusableFolded(plate));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " - ", "ABC/123", "ABCDEFGHIJK"})
  void plate_emptyOrBadChars_rejected(String raw) {
    assertFalse(PlateNormalizer.normalize(raw).isPresent());
  }

  @Test
  void normalization_toString_neverShowsValue() {
    assertEquals("Normalization[present]", Normalization.of("+15625550123").toString());
    assertNull(Normalization.rejected("x").value());
    assertThrows(IllegalArgumentException.class, () -> new Normalization(null, null));
  }

  @Test
  void fieldType_id_lowerCase() {
    assertEquals("name", FieldType.NAME.id());
    assertEquals("address", FieldType.ADDRESS.id());
    assertEquals("relative", FieldType.RELATIVE.id());
  }
}
