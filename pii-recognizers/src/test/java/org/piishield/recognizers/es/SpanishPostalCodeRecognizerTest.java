package org.piishield.recognizers.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;

/**
 * Postal codes are public (Correos, SEPOMEX) and name no person; the streets around them are synthetic.
 * {@code \n} in a row stands for a line break.
 */
class SpanishPostalCodeRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new SpanishPostalCodeRecognizer())).scoreThreshold(0).build();

  // text | start | end | type
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "C.P. 28014 | 5 | 10 | ES_POSTAL_CODE",
      "Provincia: Madrid.\\nCP: 28001.\\nNHC | 23 | 28 | ES_POSTAL_CODE",
      "código postal 46001 | 14 | 19 | ES_POSTAL_CODE",
      "cod. postal 08001 | 12 | 17 | ES_POSTAL_CODE",
      "Calle de Los Alisos, 10. 13002 Ciudad Real | 25 | 30 | ES_POSTAL_CODE",
      "C/ Mayor 5, 46001 Valencia | 12 | 17 | ES_POSTAL_CODE",
      "Avda. Pío XII 36 31008-Pamplona | 17 | 22 | ES_POSTAL_CODE",
      "s/n - 02006 Albacete | 6 | 11 | ES_POSTAL_CODE",
      "Hospital Clínico. 15706 Santiago de Compostela | 18 | 23 | ES_POSTAL_CODE",
      "28014 MADRID | 0 | 5 | ES_POSTAL_CODE",
      "Avda. Dr. Fedriani, 3, 41071, Sevilla | 23 | 28 | ES_POSTAL_CODE",
      "Castellana 261, 28046 - Madrid | 16 | 21 | ES_POSTAL_CODE",
      "Arriba, 84. 15006 A Coruña | 12 | 17 | ES_POSTAL_CODE",
      "C/ Feixa Llarga, s/n. 08907 L’Hospitalet | 22 | 27 | ES_POSTAL_CODE",
      "Monterrey, N.L., C.P. 64000 | 22 | 27 | MX_POSTAL_CODE",
      "Col. Roma Norte, C.P. 06700, CDMX | 22 | 27 | MX_POSTAL_CODE",
      "Coyoacán 04030 México D.F. | 9 | 14 | MX_POSTAL_CODE",
  })
  void detect_postalCode_findsExactSpanAndType(String row, int start, int end, String type) {
    String text = row.replace("\\n", "\n");
    List<Detection> found = ENGINE.detect(text, Language.ES);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(start, found.get(0).start(), "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), "end in '" + text + "'");
    assertEquals(EntityType.of(type), found.get(0).type(), "type in '" + text + "'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "28014",                                 // no label, no place
      "se recogieron 28014 muestras",          // lower-case word after
      "un total de 28014 Euros",               // money
      "28014 € en Madrid",                     // money sign
      "60000 Madrid",                          // outside 01000-52999 without a label
      "12000 UI",                              // a unit
      "28014,50 Madrid",                       // decimal amount
      "280145 Madrid",                         // six digits
      "expediente 28014-12 Madrid",            // longer id
      "CP 2801",                               // four digits
      "tel. 91 28014 12",                      // digit groups around it
      "de 28014 Pacientes",                    // a count
      "$28014 Madrid",                         // money
      "28014 E-mail",                          // one-letter word not followed by a place
      "28014. Madrid",                         // a full stop ends the sentence
      "28014,, Madrid",                        // two commas
      "1268 21068 US_STREET_ADDRESS_1 agente", // a pseudonym is not a place
      "1268 21068 [US_STREET_ADDRESS] agente", // nor a label
  })
  void detect_nearMiss_findsNothing(String text) {
    List<Detection> found = ENGINE.detect(text, Language.ES);
    assertTrue(found.isEmpty(), () -> "in '" + text + "': " + found);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "order 28014 Smith",                     // place rule is for Spanish text only
      "ref 46001 Valencia Street",
  })
  void detect_englishTextWithoutLabel_findsNothing(String text) {
    List<Detection> found = ENGINE.detect(text, Language.EN);
    assertTrue(found.isEmpty(), () -> "in '" + text + "': " + found);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mailing address C.P. 28014 | 21 | 26",
  })
  void detect_englishTextWithLabel_findsCode(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text, Language.EN);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(start, found.get(0).start());
    assertEquals(end, found.get(0).end());
  }
}
