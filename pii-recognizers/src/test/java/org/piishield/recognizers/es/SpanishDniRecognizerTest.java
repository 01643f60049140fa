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
 * Values are synthetic: 8-digit numbers with their check letter computed here
 * ({@code "TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23)}; 12345678 → Z, 87654321 → X, 01234567 → L, 45678912 → S).
 */
class SpanishDniRecognizerTest {

  /** Default threshold (0.4), as users run it. */
  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new SpanishDniRecognizer())).build();

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DNI 12345678Z | 4 | 13",
      "con DNI 87654321-X, domiciliado | 8 | 18",
      "12.345.678-Z | 0 | 12",
      "titular: 12 345 678 Z. | 9 | 21",
      "nif 01234567l | 4 | 13",
      "(45678912 S) | 1 | 11",
      "D.N.I. nº 12345678-Z | 10 | 20",
      "DNI: 12345678A | 5 | 14",
      "documento nacional de identidad 87654321 | 32 | 40",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.ES_DNI, found.get(0).type());
    assertEquals(start, found.get(0).start(), () -> "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), () -> "end in '" + text + "'");
  }

  // near misses
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pedido 12345678A enviado",          // wrong letter (Z), no label
      "12345678 y 87654321 son pedidos",   // lower-case word after a space, not a letter
      "123456789Z",                        // 9 digits
      "1.12.345.678-Z",                    // tail of a longer number
      "12.345.678,5 euros",                // an amount
      "ref 12345678Z9",                    // glued to a digit
      "pedido 12345678",                   // 8 digits without label
      "ABC12345678Z",                      // inside a code
      "12-345-678-Z",                      // dashes are not thousands separators
      "12345678I",                         // I is not a check letter
      "fecha 20240101, folio 3",           // a date
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_validLetter_scoresAsValidated() {
    List<Detection> found = ENGINE.detect("pedido 12345678Z enviado");
    assertEquals(1, found.size(), found::toString);
    assertEquals(SpanishDniRecognizer.SCORE_VALID, found.get(0).score(), 1e-9);
  }

  @Test
  void detect_wrongLetterAfterLabel_scoresLow() {
    List<Detection> found = ENGINE.detect("DNI: 12345678A");
    assertEquals(1, found.size(), found::toString);
    assertEquals(SpanishDniRecognizer.SCORE_LABELLED, found.get(0).score(), 1e-9);
  }
}
