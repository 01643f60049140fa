package org.piishield.recognizers.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/**
 * Identifier values are synthetic; the label shapes follow the MEDDOCAN clinical-case headers
 * ({@code NHC:}, {@code NASS:}, {@code NºCol:}, {@code Episodio:}). {@code \n} in a row stands for a line break.
 */
class LabelledIdRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new LabelledIdRecognizer())).scoreThreshold(0).build();

  // text | start | end | type
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NHC: 7654735.\\nDomicilio: C/ Mayor | 5 | 12 | MEDICAL_RECORD_NUMBER",
      "Apellidos: Ruiz.\\nNASS: 28 45657346 90.\\nDomicilio | 23 | 37 | HEALTH_INSURANCE_ID",
      "Médico: Ana Ruiz Gil  NºCol: 28 28 90914. | 29 | 40 | PROFESSIONAL_LICENSE",
      "Dra. Gil, Nº Col. 46 46 87901 | 18 | 29 | PROFESSIONAL_LICENSE",
      "colegiado nº 282890914 | 13 | 22 | PROFESSIONAL_LICENSE",
      "número de colegiado: 0812345 | 21 | 28 | PROFESSIONAL_LICENSE",
      "CIPA: nhc-87941464. | 10 | 18 | MEDICAL_RECORD_NUMBER",
      "Servicio: Urología.\\nEpisodio: 756937462. | 30 | 39 | MEDICAL_RECORD_NUMBER",
      "nº historia clínica 7345645/87 | 20 | 30 | MEDICAL_RECORD_NUMBER",
      "N.H.C.: 123456 | 8 | 14 | MEDICAL_RECORD_NUMBER",
      "tarjeta sanitaria BBBB1234567890 | 18 | 32 | HEALTH_INSURANCE_ID",
      "número de la seguridad social 28-12345678-40 | 30 | 44 | HEALTH_INSURANCE_ID",
      "MRN: 00482913, admitted | 5 | 13 | MEDICAL_RECORD_NUMBER",
      "MRN: MR-0048213 | 5 | 15 | MEDICAL_RECORD_NUMBER",
      "Medical Record No. 5512-0093 | 19 | 28 | MEDICAL_RECORD_NUMBER",
      "patient ID 88120034 | 11 | 19 | MEDICAL_RECORD_NUMBER",
      "Member ID: XJH448120973 | 11 | 23 | HEALTH_INSURANCE_ID",
      "Medicaid number is 40029311 | 19 | 27 | HEALTH_INSURANCE_ID",
      "policy number 7731 0042 19 | 14 | 26 | HEALTH_INSURANCE_ID",
      "NPI 1234567893 | 4 | 14 | PROFESSIONAL_LICENSE",
      "cédula profesional 4412093 | 19 | 26 | PROFESSIONAL_LICENSE",
      "NSS: 92-91-90-8443-1. | 5 | 20 | HEALTH_INSURANCE_ID",
  })
  void detect_labelledValue_findsExactSpanAndType(String row, int start, int end, String type) {
    String text = row.replace("\\n", "\n");
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(start, found.get(0).start(), "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), "end in '" + text + "'");
    assertEquals(EntityType.of(type), found.get(0).type(), "type in '" + text + "'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "historia clínica de 2019",                  // a year
      "NHC: 12/03/2019",                           // a date
      "NHC 123",                                   // three digits
      "NASS: 12 3",                                // three digits over two tokens
      "MRN pending",                               // no digits
      "order number 12345678",                     // not a health-care label
      "license no. D1234567",                      // bare licence: the driver's licence recognizer's
      "policy number 1234567890 1234567890 12",    // longer than 20 chars
      "[MEDICAL_RECORD_NUMBER] 4455667",           // a redaction label is not context
      "nhc_4412093",                               // glued by '_'
      "episodio de 3 días",                        // one digit
      "colegiado en 2015 en Madrid",               // 'en' is not a filler
      "chart 88120034",                            // bare 'chart' is not a label
      "7654735 NHC",                               // label after the value
  })
  void detect_nearMiss_findsNothing(String text) {
    List<Detection> found = ENGINE.detect(text);
    assertTrue(found.isEmpty(), () -> "in '" + text + "': " + found);
  }
}
