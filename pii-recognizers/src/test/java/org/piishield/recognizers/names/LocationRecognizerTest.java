package org.piishield.recognizers.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;

/** Place names are public facts; the people in these sentences are synthetic. */
class LocationRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new LocationRecognizer())).build();
  private static final PiiEngine BOTH =
      PiiEngine.newBuilder().recognizers(List.of(new PersonNameRecognizer(), new LocationRecognizer())).build();

  private static List<Detection> locations(PiiEngine engine, String text, String lang) {
    return engine.detect(text, Language.parse(lang)).stream()
        .filter(d -> d.type().equals(EntityType.LOCATION)).toList();
  }

  // positives: lang | text | start | end (first location in the text)
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | She lives in Austin, Texas. | 13 | 19",
      "en | He was born in New York and then left. | 15 | 23",
      "en | They flew to Los Angeles. | 13 | 24",
      "en | Cook County deputies responded. | 0 | 11",
      "en | The City of Springfield approved it. | 12 | 23",
      "en | The City of Smallville approved it. | 12 | 22",
      "en | Mail it to Fairview, IL 62704 please. | 11 | 19",
      "en | He moved to Georgia last year. | 12 | 19",
      "en | Refugees from Jordan arrived. | 14 | 20",
      "en | The suspect fled to Mexico. | 20 | 26",
      "en | Officers in Brooklyn responded. | 12 | 20",
      "es | El agente vive en Madrid. | 18 | 24",
      "es | Vive en San Luis Potosí desde 2010. | 8 | 23",
      "es | Se mudó a la Ciudad de México en enero. | 13 | 29",
      "es | Es natural de León y trabaja aquí. | 14 | 18",
      "es | Reside en la provincia de Zamora. | 26 | 32",
      "es | Se trasladó al condado de Orange en 2019. | 26 | 32",
      "es | Nació en A Coruña. | 9 | 17",
      "es | Viajó a España y a Colombia. | 8 | 14",
      "es | Localidad/ Provincia: Valladolid. | 22 | 32",
      "es | Trabaja en Nuevo León. | 11 | 21",
      "es | Avda. Campanar, 19 46009 Valencia España | 25 | 33",
      "es | Hospital de Manises, Valencia (España). | 21 | 29",
      "en | She lives in Kraków now. | 13 | 19",
      "en | Acme is a design agency based in NAANTALI. | 33 | 41",
      "es | Localidad: Reocín. | 11 | 17",
      "es | Vive en EEUU y viaja a la CDMX. | 8 | 12",
      "en | He moved to the USA in 2019. | 16 | 19",
  })
  void detect_positive_findsExactSpan(String lang, String text, int start, int end) {
    List<Detection> found = locations(ENGINE, text, lang);
    assertEquals(true, !found.isEmpty(), () -> "in '" + text + "': nothing found");
    assertEquals(start, found.get(0).start(), () -> "start in '" + text + "': " + found);
    assertEquals(end, found.get(0).end(), () -> "end in '" + text + "': " + found);
  }

  // near misses: streets, rivers, institutions, place names inside person names, words
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | He lives on Lincoln Avenue near the park.",
      "en | Will the board consider the proposal at its next meeting?",
      "en | The Court held that the Applicant had no standing under Article 6 of the Convention.",
      "en | The hearing moved to May 5, 2023 and then to Tuesday in March.",
      "en | He bought a Ford Explorer last year.",
      "en | My understanding is that In the end nothing changed.",
      "en | Rose bushes along the Jordan river trail were replanted.",
      "en | She studied at Washington University.",
      "en | Georgia Smith filed the report.",
      "en | Victoria said she would come.",
      "en | Madison signed the form.",
      "en | Dr. Ruiz, MD signed the chart.",
      "en | The County approved the budget.",
      "en | Write to austin@example.org today.",
      "en | The officer said that [PERSON] lives at [LOCATION].",
      "es | Vive en la Calle Madrid, 5.",
      "es | El Sr. León firmó el acta.",
      "es | Jordan Ruiz declaró ayer.",
      "es | Sus hijos van al colegio San José.",
      "es | Vive en la Av. Diego de León, 13.",
      "es | Ingresó en la Universidad de Salamanca.",
  })
  void detect_nearMiss_findsNoLocation(String lang, String text) {
    assertEquals(List.of(), locations(BOTH, text, lang), () -> "in '" + text + "'");
  }

  // with both recognizers a person's name wins over the place inside it, and the place stays a place
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | Georgia Smith moved to Georgia last year. | PERSON | 0 | 13 | LOCATION | 23 | 30",
      "es | La jueza Valencia vive en Valencia. | PERSON | 9 | 17 | LOCATION | 26 | 34",
  })
  void detect_personAndPlace_resolvesBoth(String lang, String text, String type1, int s1, int e1, String type2,
      int s2, int e2) {
    List<Detection> found = BOTH.detect(text, Language.parse(lang));
    assertEquals(2, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(List.of(type1, s1, e1, type2, s2, e2), List.of(found.get(0).type().id(), found.get(0).start(),
        found.get(0).end(), found.get(1).type().id(), found.get(1).start(), found.get(1).end()), found::toString);
  }
}
