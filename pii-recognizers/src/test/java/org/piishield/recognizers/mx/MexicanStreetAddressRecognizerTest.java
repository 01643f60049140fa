package org.piishield.recognizers.mx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/** Addresses are synthetic, built on public street and colonia names of Mexican cities. */
class MexicanStreetAddressRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new MexicanStreetAddressRecognizer())).build();

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Av. Insurgentes Sur 1234, Col. Del Valle | 0 | 40",
      "Calle 5 de Mayo 12, Col. Centro, C.P. 06000, Ciudad de México. | 0 | 61",
      "Calle Pino Mz. 3 Lt. 12, Col. Las Flores | 0 | 40",
      "Blvd. Manuel Ávila Camacho 40 Int. 4 | 0 | 36",
      "Calzada de Tlalpan 1234 Int. 5, Alcaldía Coyoacán | 0 | 49",
      "Privada Hidalgo #66, Col. Centro, CP 68000, Oaxaca | 0 | 50",
      "vive en Calle 85 #12, Mérida | 8 | 20",
      "Av. Reforma No. Ext. 222, Col. Juárez | 0 | 37",
      "Eje Central Lázaro Cárdenas 13, Col. Centro | 0 | 43",
      "Periférico Sur 4121 Depto. 302, Fracc. Las Palmas, C.P. 14141 | 0 | 61",
      "Av. Juárez 100 Ext. 12 Int. 4, Colonia 1 de Mayo | 0 | 48",
      "Blvd. Kukulcán km 9.5, Zona Hotelera | 0 | 21",
      "Av. Insurgentes Sur 1234, Col. Del Valle, Juan Pérez dijo | 0 | 40",
      "Domicilio: Frida Kahlo 180, Col. Centro | 11 | 39",
      "Av. Reforma, Col. Juárez, C.P. 06600 | 0 | 36",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.ES_STREET_ADDRESS, found.get(0).type());
    assertEquals(start, found.get(0).start(), () -> "start in '" + text + "': " + found);
    assertEquals(end, found.get(0).end(), () -> "end in '" + text + "': " + found);
  }

  // near misses
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "el 5 de mayo",
      "Col. Centro",                   // a colonia without a street
      "Calle 5",                       // numbered street without its number
      "Av. Reforma",                   // no number, no context
      "Privada de libertad 5 años",
      "Eje II del DSM-IV",
      "Circuito cerrado 24 horas",
      "Retorno 5 de la serie",
      "C.P. 06000",
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }
}
