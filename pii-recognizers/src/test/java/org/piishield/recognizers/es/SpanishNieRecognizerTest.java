package org.piishield.recognizers.es;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/**
 * Values are synthetic, check letters computed here over the number with X/Y/Z replaced by 0/1/2:
 * X1234567L, Y1234567X, Z1234567R, X7654321J, Y2345678Z.
 */
class SpanishNieRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new SpanishNieRecognizer())).build();

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NIE X1234567L | 4 | 13",
      "con NIE Y-1234567-X. | 8 | 19",
      "Z 1234567 R | 0 | 11",
      "x7654321j | 0 | 9",
      "(Y2345678-Z) | 1 | 11",
      "Y-2345678 Z | 0 | 11",
      "N.I.E.: X1234567A | 8 | 17",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.ES_NIE, found.get(0).type());
    assertEquals(start, found.get(0).start(), () -> "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), () -> "end in '" + text + "'");
  }

  // near misses
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "X1234567A",            // wrong letter (L), no label
      "X12345678L",           // 8 digits
      "AX1234567L",           // inside a word
      "x 1234567 L",          // lower-case prefix after a space reads as 'times'
      "W1234567L",            // W is no NIE prefix
      "X1234567",             // no letter
      "X1234567LL",           // two letters
      "X-1234567-L-9",        // part of a longer code
      "12345678Z",            // a DNI, not a NIE
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_wrongLetterAfterLabel_scoresLow() {
    List<Detection> found = ENGINE.detect("NIE: X1234567A");
    assertEquals(1, found.size(), found::toString);
    assertEquals(SpanishNieRecognizer.SCORE_LABELLED, found.get(0).score(), 1e-9);
  }
}
