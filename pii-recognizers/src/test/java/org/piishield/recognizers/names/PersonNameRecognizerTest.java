package org.piishield.recognizers.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;

/** Names in these tables are synthetic: common given names and surnames combined at random. */
class PersonNameRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new PersonNameRecognizer())).build();

  private static List<Detection> persons(String text, String lang) {
    return ENGINE.detect(text, Language.parse(lang)).stream()
        .filter(d -> d.type().equals(EntityType.PERSON)).toList();
  }

  // positives at the default threshold (0.4): lang | text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | Agent Maria Ruiz Peña lives at 12 Oak St. | 6 | 21",
      "en | J. R. Smith testified on Monday. | 0 | 11",
      "en | Please contact A. Ruiz today. | 15 | 22",
      "en | RUIZ, Maria filed the form. | 0 | 11",
      "en | Smith, John A. was present. | 0 | 13",
      "en | Special Agent Dana Whitfield arrived. | 14 | 28",
      "en | Det. Ruiz said the car was gone. | 5 | 9",
      "en | Sgt. O'Brien signed the report. | 5 | 12",
      "en | Judge García-López ruled for the state. | 6 | 18",
      "en | A concert of Ludwig van Beethoven was held. | 13 | 33",
      "en | Dr. Jane McCray saw the patient. | 4 | 15",
      "en | My name is Rubija Liberšar. | 11 | 26",
      "en | His wife, Laura Pérez, works at the school. | 10 | 21",
      "en | Officer Brown wrote the ticket. | 8 | 13",
      "en | Deputy Sheriff Tom Whitaker was off duty. | 15 | 27",
      "en | Ask Lt. Karen Stokes about it. | 8 | 20",
      "en | Mrs. Hope Turner called twice. | 5 | 16",
      "en | The report names Capt. Will Jenkins. | 23 | 35",
      "en | Georgia Smith moved out. | 0 | 13",
      "en | Name: Krisztián Szöllösy | 6 | 24",
      "en | I spoke with Jennifer Alcaraz yesterday. | 13 | 29",
      "en | Faina D. Yefremova wrote it. | 0 | 18",
      "en | according to Kowalczyk, the door was open | 13 | 22",
      "en | my name is lena andersson and i need help with my card | 11 | 25",
      "en | WITNESS: JOHN MICHAEL SMITH | 9 | 27",
      "en | Then Maria Garcia-Lopez left. | 5 | 23",
      // a given name + surname between a ZIP and a number is read the same whether the ZIP is redacted or not
      "en | Salem, VA 26334 Patricia Martinez 70092 show | 16 | 33",
      "en | Salem, VA [US_ZIP] Patricia Martinez 70092 show | 19 | 36",
      "en | Salem, VA a97002325f9e5d66 Patricia Martinez 70092 show | 27 | 44",
      "en | Salem, VA US_ZIP_3 Patricia Martinez US_ZIP_4 show | 19 | 36",
      "en | court 28014 Isabel Brown 1268 Main St | 12 | 24",
      "en | court ES_POSTAL_CODE_1 Isabel Brown US_STREET_ADDRESS_4 | 23 | 35",
      // a five-digit number after a name makes a Spanish street only when a place follows it
      "es | calle 12345 James Johnson 28014 david@example.org | 12 | 25",
      "es | calle 12345 James Johnson [US_ZIP] [EMAIL] | 12 | 25",
      "es | expediente Guadalupe Wilson 30327 [PERSON] 368-555-0176 | 11 | 27",
      "es | El agente José Hernández vive en Madrid. | 10 | 24",
      "es | La jueza Peña dictó sentencia. | 9 | 13",
      "es | Nombre: María Guadalupe Ruiz Peña | 8 | 33",
      "es | La Sra. Muñoz declaró ayer. | 8 | 13",
      "es | Don Jesús Ángel García firmó el acta. | 4 | 22",
      "es | La testigo María de la Cruz vive en Sevilla. | 11 | 27",
      "es | Lic. Ramírez presentó el recurso. | 5 | 12",
      "es | El paciente Juan Pérez refiere dolor. | 12 | 22",
      "es | Apellidos: De Miguel Rivera. | 11 | 27",
      "es | RUIZ PEÑA, María compareció. | 0 | 16",
      "es | Remitido por: Dra. Estefanía Romero Selas. Email: eromeroselas@yahoo.es | 19 | 41",
      "es | Según Ignacio Muñoz Ortega, el coche era suyo. | 6 | 26",
      "es | La oficial Guadalupe Sánchez patrulla la zona. | 11 | 28",
      "es | Su esposa, Ana Belén Núñez, no estaba. | 11 | 26",
      "es | Doña Ángeles Castro llegó tarde. | 5 | 19",
      "es | Médico: Carmen Blanco-Rivera | 8 | 28",
      "en | Trooper First Class Brandon K. Whitlock called. | 20 | 39",
      "en | Motion by Supervisor Sellers carried. | 21 | 28",
      "en | Lois Lane met the residents. | 0 | 9",
      "es | Apellidos: Sevilla Díaz. | 11 | 23",
      "es | Médico: Isabel Dapena Sevilla | 8 | 29",
      "es | Vistos por D. Juan Carlos Pérez Villanueva, magistrado. | 14 | 42",
      "en | Tomomi is from the regional office. | 0 | 6",
      "en | Leif, can I please speak to your boss? | 0 | 4",
      "en | The true gender of Vehbija has been debated for years. | 19 | 26",
      "en | He is hurt, but Akifumi just has to go. | 16 | 23",
      "en | They sang the verses of Shovda's cautionary tales. | 24 | 30",
      "en | sometimes people call me višeslav | 25 | 33",
      "en | Sunniva is very reliable. | 0 | 7",
  })
  void detect_positive_findsExactSpan(String lang, String text, int start, int end) {
    List<Detection> found = persons(text, lang);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(start, found.get(0).start(), () -> "start in '" + text + "': " + found);
    assertEquals(end, found.get(0).end(), () -> "end in '" + text + "': " + found);
  }

  // near misses: capitalised words that a plain word list would flag, streets, institutions, places, e-mail
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | My understanding is that In the end nothing changed.",
      "en | Will the board consider the proposal at its next meeting?",
      "en | The hearing moved to May 5, 2023 and then to June 2021.",
      "en | Rose bushes along the Jordan river trail were replanted.",
      "en | He lives on Lincoln Avenue near the park.",
      "en | The Court held that the Applicant had no standing under Article 6 of the Convention.",
      "en | The Judge and the Mayor met on Tuesday in March.",
      "en | He bought a Ford Explorer last year.",
      "en | Write to maria.ruiz@example.org or see https://example.org/Ruiz today.",
      "en | The White House and Long Island are far apart.",
      "en | Young adults shop on Black Friday.",
      "en | Hope and Grace are virtues; Faith matters.",
      "en | Mark the box. Bill the client. The King ruled.",
      "en | He moved to Los Angeles in August.",
      "en | The officer said that [PERSON] lives at [LOCATION].",
      "en | The ELISA and ANA tests were negative.",
      "en | Version 2.4.1 fixed ticket 4471 on page 12.",
      "en | The Czech Border Force detained him.",
      "es | Domicilio: Calle Carmen Romero, 23, 1D.",
      "es | Ingresó en el Hospital Ramón y Cajal de Madrid.",
      "es | Niño con síndrome de Down y signo de Murphy positivo.",
      "es | Informe clínico del paciente: Varón de 53 años.",
      "es | El Juzgado de lo Social número 3 de Valencia.",
      "es | La luz del día. Rosa y Luz llegaron a la Puerta del Sol por la Calle Mayor.",
      "es | Vive en San Martín, cerca de Santa Eugenia.",
      "es | En la revisión de marzo se constató mejoría. No se aprecian lesiones.",
      "es | La paciente presenta una exploración física normal.",
      "es | Avenida de la Constitución, 14, Sevilla.",
      "en | The office is at 12 Lincoln Lane, Springfield.",
      "en | badge 395 Cedar Lane, Madison, CA",
      "en | badge [BADGE_NUMBER] Cedar Lane, Madison, CA",
      "en | badge BADGE_NUMBER_1 Cedar Lane, Madison, CA",
      "en | badge 0e825857554acd7d Cedar Lane, Madison, CA",
      // hashes stand for capitalised values: a text whose names were all hashed is not caseless
      "es | nació. y fa7c9a7d90356d4d 19f8c706fcac88b1 agente agente nació placa 2eeeba89eb1fcd0e de con.",
      "en | addresses: 03751 Gerrit Achterberghove 137 Colorado Springs",
      "es | Domicilio: Luis Portero García 29010 Málaga",
      "es | Domicilio: Luis Portero García [ES_POSTAL_CODE] Málaga",
      "es | Domicilio: Luis Portero García ES_POSTAL_CODE_1 Málaga",
      "es | Domicilio: Luis Portero García 0e825857554acd7d Málaga",
      "es | La empresa Costa Verde S.L. recurrió.",
      "es | Sus hijos van al colegio San José.",
      "es | Vive en la calle Doctor Esquerdo, 46.",
      "es | Se realizó tinción de Ziehl-Neelsen y escala de Glasgow.",
      "en | The Court granted the motion under Fed. R. Civ. P. 12(b)(6).",
      "en | Happy Thanksgiving and Merry Christmas to all staff.",
      "en | Telenav is a design agency based in Ohio.",
      "en | Our speaker from Allianz is on stage.",
      "en | The Xorblat is broken again.",
      "en | Xorblat, 2021 edition, was published.",
      "en | Paris is lovely in spring.",
      "en | see you soon at the office",
      "es | Habló con la señora PERSON_2 ayer.",
  })
  void detect_nearMiss_findsNoPerson(String lang, String text) {
    assertEquals(List.of(), persons(text, lang), () -> "in '" + text + "'");
  }

  @Test
  void detect_sameBufferNewDocument_forgetsTokenValues() {
    // the per-thread lexicon memo is keyed on the document, not on the (reused) buffer
    StringBuilder buf = new StringBuilder("Agent Maria Ruiz arrived.");
    assertEquals(1, ENGINE.detect(buf, Language.EN).size());
    buf.setLength(0);
    buf.append("The Board Met At Noon Today.");
    assertEquals(List.of(), ENGINE.detect(buf, Language.EN));
  }

  @Test
  void detect_laterSurnameAlone_isCoreferent() {
    String text = "Maria Ruiz Peña testified. Later, Ruiz left the room.";
    List<Detection> found = persons(text, "en");
    assertEquals(2, found.size(), () -> found.toString());
    assertEquals(34, found.get(1).start());
    assertEquals(38, found.get(1).end());
  }

  @Test
  void detect_surnameAloneWithoutEvidence_isBelowThreshold() {
    assertEquals(List.of(), persons("Records show that Ruiz was not listed.", "en"));
  }

  @Test
  void detect_givenAndSurname_scoresAtLeast085() {
    List<Detection> found = persons("I met Laura Jenkins at noon.", "en");
    assertEquals(1, found.size());
    assertTrue(found.get(0).score() >= 0.85, () -> found.toString());
  }
}
