package org.piishield.recognizers.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;

/**
 * Words that are names only sometimes (issue 5): sentence-initial function words, months and weekdays,
 * products, rivers and streets, "Will" the verb, "rose" the flower, legal boilerplate and Spanish common words
 * that are surnames ("blanco", "león"), each next to the same word used as a name. Both recognizers run, as in
 * the engine, so a place or street that wins over a person is seen. People in these sentences are synthetic.
 */
class PersonNameNegativesTest {

  private static final PiiEngine BOTH =
      PiiEngine.newBuilder().recognizers(List.of(new PersonNameRecognizer(), new LocationRecognizer())).build();

  private static List<Detection> ofType(String text, String lang, EntityType type) {
    return BOTH.detect(text, Language.parse(lang)).stream().filter(d -> d.type().equals(type)).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // sentence-initial common words
      "en | My client was not present. In the morning the officer left.",
      "en | The defendant appeared. On appeal the ruling stood. At noon we left.",
      "en | No one answered. So the deputy knocked again. Then he waited.",
      // months and weekdays
      "en | The hearing is set for Monday, May 12, and continues in June.",
      "en | May I ask the witness a question?",
      "en | We met on Friday. August was busy; April was not.",
      "en | The deadline moved from Tuesday to Wednesday in March.",
      // products
      "en | She uploaded the photos from her iPhone to Google Drive.",
      "en | He drove a Honda Civic and used Microsoft Word for the letter.",
      "en | She paid with Apple Pay and Cash App, then opened Google Docs.",
      "en | A Tesla Model sat in the Amazon Prime warehouse.",
      // rivers and streets
      "en | The body was found near the Jordan River.",
      "en | They fished in the Jordan river last summer.",
      "en | The crash happened on Lincoln Avenue at dawn.",
      "en | Lincoln Avenue was closed for repairs.",
      // Will the verb
      "en | Will the board consider the proposal?",
      "en | Will you sign the statement today?",
      "en | May Day parades were held. Young Brown bears eat fish.",
      "en | Rose Hill is a suburb.",
      // rose the flower
      "en | She planted a rose garden behind the house.",
      "en | Rose bushes line the path; the roses were in bloom.",
      "en | i planted a rose garden and the roses grew near the jordan river every may and june in the heat",
      // legal boilerplate
      "en | The Court dismissed the appeal.",
      "en | The Applicant complained under Article 6 of the Convention.",
      "en | The Respondent filed a reply and the Applicant answered.",
      "en | Plaintiff alleges that Defendant breached the contract.",
      "en | The Plaintiff and the Respondent appeared before the Court.",
      "en | The Grand Jury Subpoena was served.",
      "en | The Petitioner sought Habeas Corpus relief.",
      "en | A Bench Warrant was issued.",
      // Spanish common words that are surnames
      "es | Pidió un vino blanco y pescado.",
      "es | El león escapó del zoológico.",
      "es | Vive en la Calle León, 14.",
      "es | Domicilio: Calle León 14, Madrid.",
      "es | Blanco y negro son los colores del equipo.",
      "es | pidió un vino blanco y dijo que el león del zoológico se había escapado de la jaula otra vez",
      "es | El Tribunal desestimó el recurso. La Sala confirmó la sentencia en Mayo.",
      "es | El Demandante y el Demandado comparecieron el Lunes.",
  })
  void detect_commonWordOrPlace_findsNoPerson(String lang, String text) {
    assertEquals(List.of(), ofType(text, lang, EntityType.PERSON), () -> "in '" + text + "'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | Will the board consider the proposal?",
      "en | The hearing is set for Monday, May 12.",
      "en | She planted a rose garden behind the house.",
      "en | The Applicant complained under Article 6 of the Convention.",
      "es | El león escapó del zoológico.",
      "es | Pidió un vino blanco y pescado.",
      "es | La Sra. León declaró ayer.",
      // a place written in capitals is an acronym: the Spanish verb "usa" (uses) is not "USA"
      "es | Usa WhatsApp y Google Maps.",
  })
  void detect_commonWordOrName_findsNoLocation(String lang, String text) {
    assertEquals(List.of(), ofType(text, lang, EntityType.LOCATION), () -> "in '" + text + "'");
  }

  // the same words as names: lang | text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | Will Smith testified on Monday. | 0 | 10",
      "en | On Monday, Will Smith testified. | 11 | 21",
      "en | Rose Martinez signed the lease in May. | 0 | 13",
      "en | The witness was Rose Martinez. | 16 | 29",
      "en | Jordan Lee filed the report. | 0 | 10",
      "en | I spoke with Jordan Lee on June 3. | 13 | 23",
      "en | Judge Blanco denied the motion. | 6 | 12",
      "en | The Court heard Judge Blanco on Monday. | 22 | 28",
      "es | La Sra. León declaró ayer. | 8 | 12",
      "es | Ayer compareció la Sra. León en el juzgado. | 24 | 28",
      "es | El juez Blanco dictó sentencia. | 8 | 14",
      "es | Según Rosa Blanco, el león escapó. | 6 | 17",
      // a sentence-initial common given name before a surname stays in the name, not just the surname
      "es | Rosa Blanco declaró ayer. | 0 | 11",
      "en | Rose Brown testified yesterday. | 0 | 10",
      // a Spanish sentence-initial verb no list knows is not a first given name
      "es | Compareció Juan Pérez Ruiz. | 11 | 26",
      "es | Llamó Rosa Martínez por la tarde. | 6 | 19",
  })
  void detect_sameWordAsName_findsExactSpan(String lang, String text, int start, int end) {
    List<Detection> found = ofType(text, lang, EntityType.PERSON);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(List.of(start, end), List.of(found.get(0).start(), found.get(0).end()), () -> "in '" + text + "'");
  }

  // a conjunction before a given name and another name part starts a second person; before a surname it joins
  // a double surname: lang | text | spans (start-end, space-separated)
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "es | Pedro Blanco y Juan León fueron detenidos. | 0-12 15-24",
      "es | Vinieron ayer Ana García y María López. | 14-24 27-38",
      "es | Vinieron Ana García y María López. | 9-19 22-33",
      "es | Santiago Ramón y Cajal nació en Petilla. | 0-22",
      "es | José Ortega y Gasset escribió. | 0-20",
      "en | Name: A Smith | 6-13",
      // without capitals only a listed name follows "y"; the flower and the lion stay words
      "es | me llamo rosa blanco y pedí un vino blanco porque el león del zoo se escapó otra vez ayer | 9-20",
      "en | my name is rose martinez and i planted a rose garden near the jordan river last may | 11-24",
  })
  void detect_namesJoinedByConjunction_findsEachPerson(String lang, String text, String spans) {
    String found = String.join(" ", ofType(text, lang, EntityType.PERSON).stream()
        .map(d -> d.start() + "-" + d.end()).toList());
    assertEquals(spans, found, () -> "in '" + text + "'");
  }
}
