package org.piishield.recognizers.mx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/**
 * {@code GODE561231GR8} is the sample RFC used in SAT's and many published examples (check char verified);
 * the others are synthetic with check chars computed here: A&C010101AB1 and AB&010203Z92 (companies), ABC991231T50 (company),
 * PEÑA850101K12, ÑAND920229X78 (29 Feb 1992), MAHJ280603AB3.
 */
class MexicanRfcRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new MexicanRfcRecognizer())).build();

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "RFC: GODE561231GR8 | 5 | 18",
      "GODE-561231-GR8 | 0 | 15",
      "rfc GODE 561231 GR8. | 4 | 19",
      "gode561231gr8 | 0 | 13",
      "empresa A&C010101AB1 | 8 | 20",
      "AB&010203Z92 | 0 | 12",
      "(ABC991231T50) | 1 | 13",
      "PEÑA850101K12 | 0 | 13",
      "ÑAND920229X78 | 0 | 13",
      "MAHJ280603AB3 | 0 | 13",
      "RFC MAHJ280603AB4 | 4 | 17",
      "MAHJ280603AB4 | 0 | 13",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.MX_RFC, found.get(0).type());
    assertEquals(start, found.get(0).start(), () -> "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), () -> "end in '" + text + "'");
  }

  // near misses
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "GODE561331GR8",           // month 13
      "GODE560230GR8",           // 30 February
      "ÑAND900229X72",           // 29 February 1990
      "GODE561231GRZ",           // check char neither digit nor A
      "GODE5612311GR8",          // 7 digits
      "GODEX561231GR8",          // 5 letters
      "GO561231GR8",             // 2 letters
      "XAXX010101000",           // SAT's generic RFC for the general public
      "XEXX010101000",           // SAT's generic RFC for foreigners
      "Gode561231GR1",           // mixed case, wrong check char
      "MAHJ 280603 AB4",         // spaced, wrong check char
      "GODE561231GR8X",          // glued to a letter
      "HEGG560427MVZRRL04",      // a CURP, not an RFC
      "pedido ABC-20240101-XY1", // an order number with an 8-digit date
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_validCheckChar_scores085() {
    assertEquals(MexicanRfcRecognizer.SCORE_VALID, ENGINE.detect("GODE561231GR8").get(0).score(), 1e-9);
  }

  @Test
  void detect_structureOnly_scores05() {
    assertEquals(MexicanRfcRecognizer.SCORE_STRUCTURE, ENGINE.detect("MAHJ280603AB4").get(0).score(), 1e-9);
  }

  @Test
  void rfcCheckChar_publishedSample_is8() {
    assertEquals('8', MexicanIdChecks.rfcCheckChar("GODE561231GR8", 0, 4, 4, 10));
  }
}
