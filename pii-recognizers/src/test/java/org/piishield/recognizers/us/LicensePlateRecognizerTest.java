package org.piishield.recognizers.us;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/** Plates are synthetic, in common US, Mexican and Spanish layouts. */
class LicensePlateRecognizerTest {

  private static final PiiEngine ENGINE = UsTables.engine(new LicensePlateRecognizer());
  private static final PiiEngine ALL = UsTables.allCandidates(new LicensePlateRecognizer());

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "plate 7ABC123 | 6 | 13",
      "the tags ABC-1234 expired | 9 | 17",
      "placas abc 123 | 7 | 14",
      "número de placa ABC-123 | 16 | 23",
      "license plate: 4GHT221 | 15 | 22",
      "matrícula 1234-BCD | 10 | 18",
      "patente AB 123 | 8 | 14",
      "plate 123 ABC | 6 | 13",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    UsTables.assertOneSpan(ENGINE, text, start, end, EntityType.LICENSE_PLATE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "placa número 1234",          // a police badge number
      "placa número A1234",         // badge-shaped: left to the badge recognizer
      "no. de placa 4521",
      "plate no 123",               // 'no' is not a letter group
      "TAG 123",                    // nor is the context word
      "registration for 123",       // nor a short common word
      "plate 1234",                 // no letter
      "plate ABCD",                 // no digit
      "7ABC123",                    // no context
      "plate 7ABC1234X",            // 9 chars
      "plates of food 7ABC123",     // a non-filler word between
      "tag 7ABC123-99",             // 9 chars with the dash group
  })
  void detect_nearMiss_findsNothing(String text) {
    UsTables.assertNothing(ALL, text);
  }

  @Test
  void detect_spanishBadgePhraseWithPlateValue_isPlate() {
    UsTables.assertOneSpan(ENGINE, "no. de placa JAL-4521", 13, 21, EntityType.LICENSE_PLATE);
  }

  @Test
  void detect_badgeAndPlateRecognizersTogether_splitPlaca() {
    PiiEngine both = PiiEngine.newBuilder()
        .recognizers(List.of(new LicensePlateRecognizer(), new BadgeNumberRecognizer())).build();
    UsTables.assertOneSpan(both, "placa número 1234", 13, 17, EntityType.BADGE_NUMBER);
    UsTables.assertOneSpan(both, "placas ABC-123", 7, 14, EntityType.LICENSE_PLATE);
  }
}
