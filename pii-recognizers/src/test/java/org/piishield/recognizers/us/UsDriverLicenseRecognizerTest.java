package org.piishield.recognizers.us;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/**
 * Licence numbers are synthetic, in the shapes states use: one letter and 7 digits (California), grouped
 * digits, and the Soundex-based {@code S530-460-68-149-0} layout (Florida; digits invented).
 */
class UsDriverLicenseRecognizerTest {

  private static final PiiEngine ENGINE = UsTables.engine(new UsDriverLicenseRecognizer());
  private static final PiiEngine ALL = UsTables.allCandidates(new UsDriverLicenseRecognizer());

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Driver's License No. S530-460-68-149-0 | 21 | 38",
      "DL# A1234567 | 4 | 12",
      "drivers license: 123-456-789 | 17 | 28",
      "licencia de conducir D12345678 | 21 | 30",
      "DL 123 456 789 on file | 3 | 14",
      "license no. WDL-8840 | 12 | 20",
      "licencia de manejo número 0412-55871 | 26 | 36",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    UsTables.assertOneSpan(ENGINE, text, start, end, EntityType.US_DRIVER_LICENSE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "DL 1234",                                  // too short
      "driver license expires 2027-01-01",        // non-filler word between
      "A1234567",                                 // no context
      "license 12345678",                         // 'license' alone is too vague
      "DL S530-460-68-149-0-1234567",             // longer than 15 chars
      "DL ABCDEFG",                               // no digit
      "DL A1234567/99",                           // glued to more text
  })
  void detect_nearMiss_findsNothing(String text) {
    UsTables.assertNothing(ALL, text);
  }

  @Test
  void detect_valueThenYear_doesNotJoinYear() {
    UsTables.assertOneSpan(ALL, "driver's license A1234567 2019", 17, 25, EntityType.US_DRIVER_LICENSE);
  }
}
