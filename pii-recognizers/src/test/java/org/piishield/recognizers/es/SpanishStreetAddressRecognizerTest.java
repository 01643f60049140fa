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
 * Addresses are synthetic or public landmarks (Calle Mayor, Calle de Alcalá, Paseo de la Castellana, Plaza de
 * España); street forms follow those seen in the MEDDOCAN dev set, values are not copied from it.
 */
class SpanishStreetAddressRecognizerTest {

  /** Default threshold (0.4): a street without number passes only with context. */
  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new SpanishStreetAddressRecognizer())).build();

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Vive en Calle Mayor 5, 3º B. | 8 | 27",
      "C/ Alcalá 20, 28014 Madrid | 0 | 26",
      "Avda. de la Constitución 12 | 0 | 27",
      "Plaza de España s/n | 0 | 19",
      "Domicilio: Doctor Esquerdo, 46. | 11 | 30",
      "Paseo de la Castellana nº 261, 28046 Madrid | 0 | 43",
      "Ctra. N-332 Valencia-Alicante, s/n | 0 | 34",
      "calle Oria 66, 1D | 0 | 17",
      "Pº Isabel la Católica 1 y 3 | 0 | 27",
      "C/ Sauceda 3. 1A | 0 | 16",
      "Avda. Prof. Martín Lagos, s/n | 0 | 29",
      "Carrer de Joan Amades i Gelats, 10 1A | 0 | 37",
      "Calle del Dr. Esquerdo, 83, 3º izq., 28007 Madrid (Madrid) | 0 | 58",
      "Urb. El Arco, 16 | 0 | 16",
      "Vive en la Calle Mayor desde hace años. | 11 | 22",
      "C/ Lope de Vega 3, bajo dcha. | 0 | 28",
      "Travesía de San Mateo 2, piso 4, puerta 2, 28004 Madrid | 0 | 55",
      "Avda. de la Albufera, 66, esc. A, 5º izq. | 0 | 40",
      "Calle Mayor 5, 2 hijos | 0 | 13",
      "Calle Mayor 5, A Coruña | 0 | 13",
      "C/ Alcalá 20, 28014 Madrid. El paciente | 0 | 26",
      "Avda. Manuel Siurot S/N. E-41013 Sevilla | 0 | 40",
      "domicilio: Hermanos Falcó, s/n | 11 | 30",
      "en c/ de la Paz 3, 2º | 3 | 21",
      "CALLE MAYOR 5 | 0 | 13",
      "Calle 2 de Mayo 15, 1º A | 0 | 24",
      "Avda. del Puerto, 1-8º puerta 14 | 0 | 32",
      "Ctra. Colmenar Viejo Km 9,1 | 0 | 27",
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
      "la calle estaba vacía",
      "Calle abajo había 3 coches",        // lower-case name, the number counts coches
      "la plaza del pueblo",
      "C. Martínez llegó",                 // an initial
      "C. Martínez, 5 años",               // an initial and an age
      "Plaza Mayor",                       // no number, no context: 0.35
      "Avenida de la Constitución",
      "Calle 5",
      "AV en el OI",                       // agudeza visual en el ojo izquierdo
      "Vía oral 3 veces al día",
      "Camino de Santiago",
      "por la calle 5 de mayo",
      "La Plaza Mayor tiene 5 siglos",
      "Ronda 3 del torneo",
      "Calle Mayor 12/03/2020",
      "Plaza del Pilar 28014 personas",
      "C Mayor 5",                         // C without '/' or '.'
      "Placa 4521 del agente",             // a badge, not a square
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_streetWithoutNumber_scoresBelowDefaultThreshold() {
    PiiEngine all = PiiEngine.newBuilder().recognizers(List.of(new SpanishStreetAddressRecognizer()))
        .scoreThreshold(0).build();
    List<Detection> found = all.detect("Plaza Mayor");
    assertEquals(1, found.size(), found::toString);
    assertEquals(0.35, found.get(0).score(), 1e-9);
  }

  @Test
  void detect_postalCodeOutsideSpain_isNotPartOfSpan() {
    List<Detection> found = ENGINE.detect("Calle Mayor 5, 53001 Madrid");
    assertEquals(1, found.size(), found::toString);
    assertEquals(13, found.get(0).end());
  }
}
