package org.piishield.recognizers.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

class PhoneRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new PhoneRecognizer())).scoreThreshold(0).build();

  // positives: text | start | end  (US numbers in the 555-01xx fiction range; Spanish and Mexican numbers
  // from libphonenumber's own example numbers or made up with valid prefixes; UK 020 7946 0xxx is Ofcom's
  // drama range)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(202) 555-0143 | 0 | 14",
      "call 202.555.0143. | 5 | 17",
      "+1-202-555-0143 | 0 | 15",
      "+1 (202) 555-0143 | 0 | 17",
      "1 202 555 0143 | 0 | 14",
      "(555) 555-0143 | 0 | 14",
      "x 2025550143 y | 2 | 12",
      "tel 612 345 678 | 4 | 15",
      "91 123 45 67 | 0 | 12",
      "móvil 612-34-56-78 | 6 | 18",
      "+34 612 345 678 | 0 | 15",
      "(+34) 612 345 678 | 0 | 17",
      "0034 612 345 678 | 0 | 16",
      "fax 34 93 693 29 05 | 4 | 19",
      "55 1234 5678 | 0 | 12",
      "+52 1 55 1234 5678 | 0 | 18",
      "+52 55 1234 5678 | 0 | 16",
      "+525512345678 | 0 | 13",
      "+44 20 7946 0958 | 0 | 16",
      "+44 (0) 20 7946 0958 | 0 | 20",
      "Tel:612 345 678 | 4 | 15",
      "call 555-0143 | 5 | 13",
      "Phone: 467 3395 | 7 | 15",
      "call 202 555 0143 2 times | 5 | 17",
      "es 627-72-6189 291-555-0125 es | 15 | 27",   // SSN then phone: 19 digits pass Luhn, but not a card layout
      "es [US_SSN] 291-555-0125 es | 12 | 24",      // the same after the SSN is redacted
      // other countries' national formats, found only after a strong phone label (labelled_other)
      "Phone: 0490 75 40 81 | 7 | 20",
      "Can someone call me on 9472 7916? | 23 | 32",
      "Tel. (08) 8747 6301 | 5 | 19",
      "Teléfono: 51 516 33 75 | 10 | 22",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.PHONE_NUMBER, found.get(0).type());
    assertEquals(start, found.get(0).start(), "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), "end in '" + text + "'");
  }

  // near misses: SSNs, ZIP+4, dates, cards, money, order numbers, longer runs, dotted quads, decimals
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SSN 123-45-6789",
      "612-34-5678",
      "ZIP 20500-0003",
      "90210-1234",
      "12/05/2020",
      "2020-05-12",
      "25/05/2020 555",
      "4111 1111 1111 1111",
      "$ 612 345 678",
      "612.345.678 €",
      "612 345 678 euros",
      "order 2025550143",
      "factura 612 345 678",
      "case no. 202-555-0143",
      "expediente 612345678",
      "pedido nº 612345678",
      "1.612 345 678",
      "2+612345678",
      "612 345 678,5",
      "612345678901234567",
      "212.55.10.143",
      "6.123456789",
      "20255501431",
      "page 1234567",
      "(911) 555-0100",
      "123-456-7890",
      "202-555-014",
      "+99 1234 5678",
      "10:612345678",
      "9260 91372",
      "91372 13284",
      "NASS: 43 17856301 65.",
      "Episodio: 3658924568.",
      "contact 0490 75 40 81",
      "Phone: 12/05/2020",
      "tel 2024-05-12",
      "call me on page 0490 75 40 81",
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_twoNumbersSplitBySlash_findsBoth() {
    List<Detection> found = ENGINE.detect("Tel. 612 345 678 / 91 123 45 67");
    assertEquals(2, found.size(), found::toString);
    assertEquals(5, found.get(0).start());
    assertEquals(16, found.get(0).end());
    assertEquals(19, found.get(1).start());
    assertEquals(31, found.get(1).end());
  }

  @Test
  void detect_scores_followFormattingAndContext() {
    assertEquals(0.6, ENGINE.detect("x (202) 555-0143").get(0).score(), 1e-9);
    assertEquals(0.4, ENGINE.detect("x 2025550143").get(0).score(), 1e-9);
    assertEquals(List.of(), ENGINE.detect("x 555-0143"));
    assertEquals(0.65, ENGINE.detect("call 555-0143").get(0).score(), 1e-9);
    assertEquals(0.95, ENGINE.detect("teléfono: 612 345 678").get(0).score(), 1e-9);
    assertEquals(0.75, ENGINE.detect("llame al 612345678").get(0).score(), 1e-9);
  }

  @Test
  void detect_numberAfterCard_survivesWhenLongerReadingLoses() {
    PiiEngine engine = PiiEngine.newBuilder()
        .recognizers(List.of(new PhoneRecognizer(), new org.piishield.recognizers.generic.CreditCardRecognizer()))
        .build();
    // "0057 (304) 555-0136" also reads as a Colombian number dialled with 00; the card takes "0057"
    String text = "4944 0478 9197 0057 (304) 555-0136";
    List<Detection> found = engine.detect(text);
    assertEquals(2, found.size(), found::toString);
    assertEquals(EntityType.CREDIT_CARD, found.get(0).type());
    assertEquals(20, found.get(1).start());
    assertEquals(34, found.get(1).end());
  }

  @Test
  void detect_redactionLabelBefore_isNotContext() {
    assertEquals(List.of(), ENGINE.detect("[PHONE_NUMBER] 555-0143"));
    assertEquals(1, ENGINE.detect("[US_SSN] 202-555-0143").size());
  }

  @Test
  void detect_negativeCueBeforeAnotherNumber_isNotApplied() {
    assertEquals(1, ENGINE.detect("case 4936 8050 7494 3104 +1 593 555 0181").size());
    assertEquals(1, ENGINE.detect("case [CREDIT_CARD] +1 593 555 0181").size());
  }

  @Test
  void detect_positiveCueNearerThanNegative_keepsNumber() {
    assertEquals(1, ENGINE.detect("order desk phone 202-555-0143").size());
  }

  @Test
  void detect_validators_nameTheSource() {
    assertEquals("nanp_555", ENGINE.detect("(202) 555-0143").get(0).explanation().validator());
    assertEquals("libphonenumber", ENGINE.detect("612 345 678").get(0).explanation().validator());
  }

  /** Documents the libphonenumber behaviour the 555 fallback exists for; fails if a new version changes it. */
  @Test
  void libphonenumber_fictional555_validOnlyForAssignedAreaCodes() throws NumberParseException {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    assertTrue(util.isValidNumber(util.parse("(202) 555-0143", "US")));
    assertFalse(util.isValidNumber(util.parse("(555) 555-0143", "US")));
    assertFalse(util.isValidNumber(util.parse("+52 1 55 1234 5678", "ZZ")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(202) 555-0143 | US | +12025550143",
      "202.555.0143 | US | +12025550143",
      "+1-202-555-0143 | ES | +12025550143",
      "(555) 555-0143 | US | +15555550143",
      "+52 1 55 1234 5678 | US | +525512345678",
      "55 1234 5678 | MX | +525512345678",
      "612 345 678 | ES | +34612345678",
      "91 123 45 67 | ES | +34911234567",
  })
  void toE164_validNumber_returnsE164(String number, String region, String expected) {
    assertEquals(expected, PhoneRecognizer.toE164(number, region));
  }

  @Test
  void toE164_invalidOrUnparseable_returnsNull() {
    assertNull(PhoneRecognizer.toE164("123", "US"));
    assertNull(PhoneRecognizer.toE164("612 345 678", null));
    assertNull(PhoneRecognizer.toE164("no number here", "US"));
    assertNull(PhoneRecognizer.toE164(null, "US"));
    assertNull(PhoneRecognizer.toE164("(911) 555-0100", "US"));
  }
}
