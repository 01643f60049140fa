package org.piishield.recognizers.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

class CreditCardRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new CreditCardRecognizer())).scoreThreshold(0).build();

  // positives: text | start | end  (the networks' published test numbers: Visa 4111…1111 and 4222222222222,
  // Mastercard 5500…0004 and 2223000048400011, Amex 378282246310005, Discover 6011111111111117,
  // JCB 3530111333300000, Diners 30569309025904)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "card 4111 1111 1111 1111 exp | 5 | 24",
      "5500-0000-0000-0004 | 0 | 19",
      "amex 378282246310005. | 5 | 20",
      "3782 822463 10005 | 0 | 17",
      "Visa 4111 1111 1111 1111 12 25 | 5 | 24",
      "tarjeta 6011 1111 1111 1117 | 8 | 27",
      "JCB 3530111333300000 | 4 | 20",
      "Diners 30569309025904 | 7 | 21",
      "MC 2223 0000 4840 0011 | 3 | 22",
      "short visa 4222222222222 | 11 | 24",
      "paid with 4111111111111111, thanks | 10 | 26",
      "ref 12 4111111111111111 | 7 | 23",
      "Visa:4111111111111111 | 5 | 21",
      "4111 1111 1111 1111 877.555.0197 | 0 | 19",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.CREDIT_CARD, found.get(0).type());
    assertEquals(start, found.get(0).start(), "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), "end in '" + text + "'");
  }

  // near misses: bad checksum, no issuer, wrong length, longer runs, decimals
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "4111 1111 1111 1112",
      "4444 4444 4444 4444",
      "9111111111111110",
      "37828224631003",
      "411111111111111118",
      "12-4111111111111111",
      "4111111111111111-22",
      "0.4111111111111111",
      "4111111111111111.5",
      "41111111111111111111111",
      "4111 1111 1111",
      "2024 0101 1234 5678",
      "tel 612 345 678",
      "651-68-4178 868-81-8243",
      "430-13-6445 9535",
      "4111-1111 1111-1111",
      "12:4111111111111111",
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_twoCardsInARow_findsBoth() {
    List<Detection> found = ENGINE.detect("two 4111 1111 1111 1111 5500 0000 0000 0004");
    assertEquals(2, found.size(), found::toString);
    assertEquals(4, found.get(0).start());
    assertEquals(23, found.get(0).end());
    assertEquals(24, found.get(1).start());
    assertEquals(43, found.get(1).end());
  }

  @Test
  void detect_groupedWithContext_scoresHigh() {
    assertEquals(1.0, ENGINE.detect("tarjeta de crédito 4111 1111 1111 1111").get(0).score(), 1e-9);
    assertEquals(0.7, ENGINE.detect("x 4111111111111111 y").get(0).score(), 1e-9);
  }

  @Test
  void isValidLuhn_separators_skipped() {
    String s = "4111-1111 1111-1111";
    assertTrue(CreditCardRecognizer.isValidLuhn(s, 0, s.length()));
    assertFalse(CreditCardRecognizer.isValidLuhn("4111-1111-1111-1112", 0, 19));
  }

  @Test
  void hasIssuerLength_prefixTable_matchesNetworks() {
    assertTrue(CreditCardRecognizer.hasIssuerLength(2720, 16));
    assertFalse(CreditCardRecognizer.hasIssuerLength(2721, 16));
    assertTrue(CreditCardRecognizer.hasIssuerLength(6449, 19));
    assertFalse(CreditCardRecognizer.hasIssuerLength(6439, 16));
    assertTrue(CreditCardRecognizer.hasIssuerLength(3050, 14));
    assertFalse(CreditCardRecognizer.hasIssuerLength(3060, 14));
    assertTrue(CreditCardRecognizer.hasIssuerLength(3589, 16));
    assertFalse(CreditCardRecognizer.hasIssuerLength(3527, 16));
  }
}
