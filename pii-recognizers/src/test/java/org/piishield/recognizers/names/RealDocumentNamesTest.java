package org.piishield.recognizers.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;

/**
 * Shapes of press releases, court captions and news found by the third evaluation set: aliases, judge panels,
 * agency names, towns before a state, the U.S. as a noun, later mentions of a named person. Every case lists
 * all PERSON / LOCATION / ORGANIZATION spans the name recognizers report, as {@code TYPE[text]} in text order.
 * The people are synthetic; agencies and places are public facts.
 */
class RealDocumentNamesTest {

  private static final PiiEngine ENGINE = PiiEngine.newBuilder().recognizers(List.of(new PersonNameRecognizer(),
      new LocationRecognizer(), new OrganizationRecognizer(), new KnownOrganizationRecognizer(),
      new AliasRecognizer(), new JudgePanelRecognizer())).build();

  private static String spans(String text, String lang) {
    List<Detection> found = ENGINE.detect(text, Language.parse(lang));
    return found.stream().map(d -> d.type().id() + "[" + text.substring(d.start(), d.end()) + "]")
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // aliases
      "en | Also charged was Rick Vaughan, a.k.a. “Toro/Flaco”, of Ponce. "
          + "| PERSON[Rick Vaughan] PERSON[Toro] PERSON[Flaco] LOCATION[Ponce]",
      "es | Oscar Serrano, alias \"Diablin\", admitió los hechos. | PERSON[Oscar Serrano] PERSON[Diablin]",
      "es | Fue detenido Luis Paredes, también conocido como “El Pocho”. | PERSON[Luis Paredes] PERSON[El Pocho]",
      "en | The statute, also known as the Act, applies. | ``",
      // judge panels in captions
      "en | Before BAUER, KANNE, and HAMILTON, Circuit Judges. | PERSON[BAUER] PERSON[KANNE] PERSON[HAMILTON]",
      "en | NORRIS, Circuit Judge: Appellant appeals. | PERSON[NORRIS]",
      "en | Before HENRY, Circuit Judge, McKAY, Senior Circuit Judge. | PERSON[HENRY] PERSON[McKAY]",
      "en | The Court, Judge of all facts, ruled. | ``",
      // agencies, courts, cartels; acronyms only in capitals
      "en | The FBI and ICE arrested him with the U.S. Marshals Service. "
          + "| ORGANIZATION[FBI] ORGANIZATION[ICE] ORGANIZATION[U.S. Marshals Service]",
      "en | Put ice on it. | ``",
      "en | The Ninth Circuit affirmed. | ORGANIZATION[Ninth Circuit]",
      "es | La FGR y el Cártel de Sinaloa. | ORGANIZATION[FGR] ORGANIZATION[Cártel de Sinaloa]",
      "es | La Sala de lo Penal del Tribunal Supremo dictó sentencia. "
          + "| ORGANIZATION[Sala de lo Penal] ORGANIZATION[Tribunal Supremo]",
      // an acronym the document defines is an organisation wherever it comes back
      "es | La Policía de Puerto Rico (PRPD) no actuó. Con frecuencia, el PRPD omite actuar. "
          + "| ORGANIZATION[Policía de Puerto Rico] ORGANIZATION[PRPD] ORGANIZATION[PRPD]",
      "en | The PRPD was not named here. | ``",
      // a town no list holds, before a state or a country
      "en | He was arrested in Weems, Virginia, on Monday. | LOCATION[Weems] LOCATION[Virginia]",
      "en | Memphis, TN – The task force arrested him. | LOCATION[Memphis] LOCATION[TN]",
      "en | 583 Magrethevej 298  Apt. 123  Qasigiannguit  Denmark | LOCATION[Qasigiannguit] LOCATION[Denmark]",
      // datelines, AP state abbreviations, Spanish names of US states
      "en | `Three leaders were charged.\nWASHINGTON – The indictment` | LOCATION[WASHINGTON]",
      "en | It was filed in Nashville, Tenn. before the judge. | LOCATION[Nashville] LOCATION[Tenn.]",
      "es | Venezolanos en Nueva York y Nueva Jersey votaron. | LOCATION[Nueva York] LOCATION[Nueva Jersey]",
      "es | Comentarios del Secretario de Justicia de EE.UU. ayer. | LOCATION[EE.UU]",
      "en | The delegation arrived at Khandallah this morning. | LOCATION[Khandallah]",
      "es | El acusado regresó a Tlalnepantla en 2019. | LOCATION[Tlalnepantla]",
      // the U.S. as a noun, not as a modifier or in a citation
      "en | He was removed from the U.S. on Tuesday. | LOCATION[U.S]",
      "en | U.S. Attorney Jane Roe spoke; see 489 U.S. 101. | PERSON[Jane Roe]",
      "en | The United States Attorney thanked the police. | ``",
      // an age between commas is no house number
      "es | José García, 55, quien ha estado fugitivo, fue detenido. | PERSON[José García]",
      "es | Vive en Calle Pintor Goya, 5, bajo. | ``",
      // a place before a name, a name after a place phrase
      "es | Gobernador de Puerto Rico Aníbal Acevedo Vilá, acusado. | LOCATION[Puerto Rico] PERSON[Aníbal Acevedo Vilá]",
      "en | former Ambassador to Russia Michael McFaul said | LOCATION[Russia] PERSON[Michael McFaul]",
      "en | Developments in Washington on Wednesday. | LOCATION[Washington]",
      // a name between an article and a noun people own or head
      "en | The Ruiz family moved to the coast. | PERSON[Ruiz]",
      "en | Unlike the Jensen novel, it is short. | PERSON[Jensen]",
      "en | The Court case was dismissed. | ``",
      "en | The Washington Post reported it. He was shot outside Washington, officials said. "
          + "| ORGANIZATION[Washington Post] LOCATION[Washington]",
      // later mentions by the surname alone
      "en | Alberto Goachet, 67, was charged. Goachet pleaded guilty. | PERSON[Alberto Goachet] PERSON[Goachet]",
  })
  void detect_realDocumentShapes_reportsExactlyTheseSpans(String lang, String text, String expected) {
    assertEquals(expected, spans(text, lang), () -> "in '" + text + "'");
  }
}
