package org.piishield.registry.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.piishield.registry.normalize.PhoneNormalizer;

/** The direct readings must equal what enrolment's PhoneNormalizer gives for the same digits and region. */
class NationalReadingsTest {

  private static final long SEED = 0x9e164L;

  @Test
  void readings_randomDigits_sameAsPhoneNormalizer() {
    Random r = new Random(SEED);
    int valid = 0;
    for (int i = 0; i < 6000; i++) {
      valid += check(r, "", 10, "US", NationalReadings::us);
      valid += check(r, "1", 10, "US", NationalReadings::us);
      valid += check(r, "", 10, "MX", NationalReadings::mx);
      valid += check(r, "52", 10, "MX", NationalReadings::mx);
      valid += check(r, "521", 10, "MX", NationalReadings::mx);
      valid += check(r, "", 9, "ES", NationalReadings::es);
      valid += check(r, "34", 9, "ES", NationalReadings::es);
    }
    assertTrue(valid > 5000, "too few valid numbers drawn to compare: " + valid);
  }

  @Test
  void readings_examples() {
    assertEquals("+12025550143", NationalReadings.us("2025550143"));
    assertEquals("+15625550123", NationalReadings.us("15625550123"));
    assertEquals(null, NationalReadings.us("9115550123"));
    assertEquals("+34612345678", NationalReadings.es("612345678"));
    assertEquals("+34612345678", NationalReadings.es("34612345678"));
    assertEquals("+525512345678", NationalReadings.mx("5215512345678"));
  }

  /** Draws one number (first digit biased to 2-9, as written numbers are) and compares; 1 when valid. */
  private static int check(Random r, String prefix, int len, String region, Function<String, String> direct) {
    StringBuilder sb = new StringBuilder(prefix);
    for (int k = 0; k < len; k++) {
      sb.append((char) ('0' + (k == 0 && r.nextInt(10) > 0 ? 2 + r.nextInt(8) : r.nextInt(10))));
    }
    if (r.nextInt(4) == 0 && len == 10) {
      sb.replace(prefix.length() + 3, prefix.length() + 6, "555");
    }
    String d = sb.toString();
    String expected = PhoneNormalizer.normalize(d, region).value();
    assertEquals(expected, direct.apply(d), () -> "digits " + d + " region " + region);
    return expected == null ? 0 : 1;
  }
}
