package org.piishield.recognizers.us;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/** Passport numbers are synthetic (random digits; a letter prefix for next-generation books and cards). */
class UsPassportRecognizerTest {

  private static final PiiEngine ENGINE = UsTables.engine(new UsPassportRecognizer());
  private static final PiiEngine ALL = UsTables.allCandidates(new UsPassportRecognizer());

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Passport No.: A12345678 | 14 | 23",
      "pasaporte número 912803456 | 17 | 26",
      "passport 912803456 | 9 | 18",
      "US passport number is C03005988 | 22 | 31",
      "número de pasaporte: 912803456 | 21 | 30",
      "Passport\\n912803456 | 9 | 18",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    UsTables.assertOneSpan(ENGINE, text, start, end, EntityType.US_PASSPORT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "912803456",                              // no context
      "A12345678",
      "passport issued 2019, ref 912803456",    // context not right before
      "passport A1234567",                      // 8 chars
      "passport 9128034561",                    // 10 digits
      "passport AB1234567",                     // two letters
      "passport 912-80-3456",                   // grouped
      "passport 912803456-2",                   // longer id
      "order 912803456",
  })
  void detect_nearMiss_findsNothing(String text) {
    UsTables.assertNothing(ALL, text);
  }
}
