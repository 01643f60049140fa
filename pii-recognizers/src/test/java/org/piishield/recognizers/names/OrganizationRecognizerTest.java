package org.piishield.recognizers.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;

/** Organisation names here are public or invented; the people are synthetic. */
class OrganizationRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new OrganizationRecognizer())).build();
  private static final PiiEngine ALL = PiiEngine.newBuilder().build();

  private static List<String> organizations(PiiEngine engine, String text, String lang) {
    return engine.detect(text, Language.parse(lang)).stream()
        .filter(d -> d.type().equals(EntityType.ORGANIZATION)).map(d -> d.start() + "-" + d.end()).toList();
  }

  // positives: lang | text | start | end (the only organisation in the text)
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | Officer Ruiz of the Springfield Police Department responded. | 20 | 49",
      "en | She teaches at Boston University now. | 15 | 32",
      "en | He studied at the University of Texas at Austin. | 18 | 37",
      "en | Mass was held at St. Mary's Church on Sunday. | 17 | 34",
      "en | The contract went to Acme Widgets, Inc. last year. | 21 | 39",
      "en | A deputy from the Harris County Sheriff's Office arrived. | 18 | 48",
      "en | The Department of Justice declined to comment. | 4 | 25",
      "en | She was treated at Mercy General Hospital overnight. | 19 | 41",
      "en | He joined Shepherd Ltd. in 2019. | 10 | 23",
      "en | He works at Globex now. | 12 | 18",
      "en | Funds came from Bank of America yesterday. | 16 | 31",
      "en | Parts from Boston Scientific Co were used. | 11 | 31",
      "es | Ingresó en el Hospital Universitario La Paz el lunes. | 14 | 43",
      "es | Fue trasladado al Hospital Ramón y Cajal ayer. | 18 | 40",
      "es | Estudió en la Universidad de Málaga y luego se fue. | 14 | 35",
      "es | La Guardia Civil detuvo al sospechoso. | 3 | 16",
      "es | La empresa Costa Verde S.L. presentó la oferta. | 11 | 27",
      "es | Distribuido por Grupo Norte S.A. de C.V. en México. | 16 | 40",
      "es | Fue operado en el Hospital 12 de Octubre en 2010. | 18 | 40",
      "es | El Ministerio del Interior publicó la orden. | 3 | 26",
      "es | Mi hermano trabaja en Telefónica desde 2015. | 22 | 32",
      "es | Acudió al Centro de Salud San Blas por la mañana. | 10 | 34",
      "es | El Ayuntamiento de Getafe cerró el parque. | 3 | 25",
      "es | El agente Carlos Ruiz, del Departamento de Policía de Salem, vive aquí. | 27 | 59",
      "en | The audit went to Davis, Reynolds and Williamson last year. | 18 | 48",
      "en | He left Ernst & Young in May. | 8 | 21",
      "es | Servicio de Urología Hospital Ramón y Cajal Ctra. Colmenar Viejo Km 9,1 | 21 | 43",
      "es | Complejo Hospitalario Universitario de Albacete Hermanos Falcó, s/n | 0 | 47",
      "es | Ingresó en el Hospital Virgen del Rocío de Sevilla. | 14 | 39",
  })
  void detect_organisation_findsExactSpan(String lang, String text, int start, int end) {
    assertEquals(List.of(start + "-" + end), organizations(ENGINE, text, lang), text);
  }

  @Test
  void detect_acronymInBrackets_findsNameAndAcronym() {
    String text = "Lo remitieron al Instituto Universitario de Oftalmobiología Aplicada (IOBA) para revisión.";
    assertEquals(List.of("17-68", "70-74"), organizations(ENGINE, text, "es"));
  }

  @Test
  void detect_twoOrganisationsJoinedByY_findsBoth() {
    String text = "Colaboran la Universidad de Málaga y el Hospital Clínico desde 2001.";
    assertEquals(List.of("13-34", "40-56"), organizations(ENGINE, text, "es"));
  }

  // negatives: generic nouns, heads without a name, legal forms inside other words, state codes
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | The department said the hospital and the university were closed.",
      "en | Department heads met on Monday.",
      "en | Church services resume next week.",
      "en | The University said nothing.",
      "en | Police Department staff were briefed.",
      "en | General Hospital staff were briefed.",
      "en | John Incognito arrived with Mary Smith.",
      "en | Maria Ruiz Incháustegui declared.",
      "en | She went to a hospital near a school.",
      "en | Ship it to Denver, CO 80202 today.",
      "en | Write to hr@acmecorp.com today.",
      "es | El hospital y la universidad estaban cerrados.",
      "es | Servicio de Urgencias sin incidencias.",
      "es | Trabaja en casa desde marzo.",
      "en | Meet me at 149 Monika Center tomorrow.",
      "en | Witnesses: Smith, John and Mary Brown.",
      "en | Tom & Jerry were there.",
      "es | Vive en la Plaza del Hospital Civil desde enero.",
      "es | Firmado: Dr. Ignacio de la Iglesia Fanjul.",
  })
  void detect_nearMiss_findsNothing(String lang, String text) {
    assertEquals(List.of(), organizations(ENGINE, text, lang), text);
  }

  @Test
  void detect_allRecognizers_organisationWinsOverPlaceAndPersonInside() {
    String text = "Ingresó en el Hospital General Universitario Gregorio Marañón y en el Hospital de Getafe.";
    List<Detection> found = ALL.detect(text, Language.ES);
    assertEquals(List.of("ORGANIZATION 14-61", "ORGANIZATION 70-88"),
        found.stream().map(d -> d.type().id() + " " + d.start() + "-" + d.end()).toList());
  }

  @Test
  void detect_allRecognizers_personBeforeCompanyKeepsBoth() {
    String text = "Maria Lopez, Opportunityspace Inc., called.";
    List<Detection> found = ALL.detect(text, Language.EN);
    assertEquals(List.of("PERSON 0-11", "ORGANIZATION 13-34"),
        found.stream().map(d -> d.type().id() + " " + d.start() + "-" + d.end()).toList());
  }
}
