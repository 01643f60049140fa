package org.piishield.registry.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariantsTest {

  @Test
  void of_eachFieldType_dispatchesToItsNormalizer() {
    assertEquals(List.of("+15625550123"), Variants.of(FieldType.PHONE, "(562) 555-0123"));
    assertEquals(List.of("jane@example.org"), Variants.of(FieldType.EMAIL, "Jane@Example.org"));
    assertEquals(List.of("ABC1234", "A8C1234"), Variants.of(FieldType.PLATE, "abc-1234"));
    assertEquals(List.of("7XK4290"), Variants.of(FieldType.PLATE, "7xk 4290"));
    assertEquals(NameVariants.of("Ana Gil"), Variants.of(FieldType.RELATIVE, "Ana Gil"));
    assertEquals(List.of("123 n main st", "123 main st"), Variants.of(FieldType.ADDRESS, "123 N Main St"));
  }

  @Test
  void of_unusableValues_empty() {
    assertEquals(List.of(), Variants.of(FieldType.PHONE, "123"));
    assertEquals(List.of(), Variants.of(FieldType.NAME, ""));
    assertEquals(List.of(), Variants.of(FieldType.EMAIL, "nobody"));
  }
}
