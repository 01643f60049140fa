package org.piishield.recognizers.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.engine.PiiEngine;

class EmailRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new EmailRecognizer())).scoreThreshold(0).build();

  // positives: text | start | end  (synthetic addresses)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "write to ana.ruiz+foia@agency.gov today | 9 | 33",
      "j_doe@mail.example.co.uk | 0 | 24",
      "(correo: LUIS.PENA@EXAMPLE.ES) | 9 | 29",
      "x a.b@c.io. | 2 | 10",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(start, found.get(0).start(), "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), "end in '" + text + "'");
  }

  // near misses
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "follow @handle now",
      "user@localhost",
      "a@b.c",
      "meet @ 5pm at the office",
      "price 3 @ $5.00",
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }
}
