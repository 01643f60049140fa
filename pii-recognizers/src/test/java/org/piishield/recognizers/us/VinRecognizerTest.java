package org.piishield.recognizers.us;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/**
 * {@code 1M8GDM9AXKP042788} is the worked check-digit example of Wikipedia's "Vehicle identification number"
 * article. {@code 2T1BR32E35C000001} and {@code 3VWFE21C04M000001} are synthetic, their check digits computed;
 * {@code WVWZZZ1JZXW000001} is a synthetic European layout (no check digit).
 */
class VinRecognizerTest {

  private static final PiiEngine ENGINE = UsTables.engine(new VinRecognizer());
  private static final PiiEngine ALL = UsTables.allCandidates(new VinRecognizer());

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "VIN 1M8GDM9AXKP042788 | 4 | 21",
      "towed: 1M8GDM9AXKP042788. | 7 | 24",
      "VIN: 1M8GDM9A1KP042788 | 5 | 22",
      "car 2T1BR32E35C000001 sold | 4 | 21",
      "(3VWFE21C04M000001) | 1 | 18",
      "número de identificación vehicular WVWZZZ1JZXW000001 | 35 | 52",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    UsTables.assertOneSpan(ENGINE, text, start, end, EntityType.VIN);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "1M8GDM9A1KP042788",             // bad check digit, no context
      "12345678901234567",             // no letter
      "1m8gdm9axkp042788",             // lower case
      "1M8GDM9AXKP042788X",            // 18 chars
      "1M8GDM9AXKP04278",              // 16 chars
      "1M8GDM9AXIP042788",             // I is not used in VINs
      "1M8GDM9AXKP042788-2",           // longer id
      "VIN issued 1M8GDM9A1KP042788",  // context not right before
  })
  void detect_nearMiss_findsNothing(String text) {
    UsTables.assertNothing(ALL, text);
  }

  @Test
  void detect_validCheckDigit_scoresPointNine() {
    assertEquals(0.9, ALL.detect("1M8GDM9AXKP042788").get(0).score(), 1e-9);
  }

  @Test
  void isValidCheckDigit_wikipediaExample_holds() {
    assertTrue(VinRecognizer.isValidCheckDigit("1M8GDM9AXKP042788", 0));
  }
}
