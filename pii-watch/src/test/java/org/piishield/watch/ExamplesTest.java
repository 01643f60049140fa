package org.piishield.watch;

import org.piishield.registry.match.RegistryMatch;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.registry.normalize.FieldType;

/**
 * The expected-alerts table of {@code examples/watch/README.md}, checked with hits placed by hand at the quoted
 * words of each sample file (the matcher is not run here): lexicon, scorer, grouping and ordering against the
 * shipped documents.
 */
class ExamplesTest {

  private static final Path DIR = Path.of("..", "examples", "watch");

  /**
   * {@code hits}: {@code person/field/words} separated by {@code ;}; {@code expected}: one
   * {@code person severity score fields} per alert, separated by {@code ;}, in output order.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "flyer-en-allcaps.txt|p-002/name/WILLIAM O'DONNELL;p-002/name/BILL O'DONNELL;p-002/address/1600 OAK ST;"
          + "p-002/plate/4xyz-987;p-002/phone/213.555.0103|p-002 critical 0.96 name,address,phone,plate",
      "post-es-vive-en.txt|p-004/name/Paco Peña;p-004/name/FRANCISCO JAVIER PEÑA RUIZ;"
          + "p-004/address/350 W. Elm Ave., Unit 7;p-004/relative/Ana Ruiz;p-004/plate/kjp-4421;"
          + "p-004/phone/512 555 0105|p-004 critical 0.97 name,address,phone,plate,relative",
      "flyer-es-last-first.txt|p-003/name/NUÑEZ, GUADALUPE;p-003/address/88 S. Main Street #12;"
          + "p-003/phone/(559)555-0104;p-003/relative/Francisco Nunez|p-003 critical 0.96 name,address,phone,relative",
      "post-en-ocr.txt|p-006/name/JOSE ANGEL 0RTIZ;p-006/address/2201 E Cesar Chavez Blvd;"
          + "p-006/phone/(323)555-0107|p-006 critical 0.92 name,address,phone",
      "post-en-abbreviations.txt|p-001/name/Hernández García, María José;p-001/address/742 N. Evergreen Terr. #3B;"
          + "p-001/email/MJ.Hernandez@example.org;p-001/relative/Lupe Garcia;p-001/name/Maria Hemandez"
          + "|p-001 critical 0.92 name,address,email,relative",
      "flyer-es-initials.txt|p-001/name/MAJO;p-001/name/M. J. Hernández;p-001/phone/+1 562 555 0102;"
          + "p-001/plate/7abc 123|p-001 critical 0.94 name,phone,plate",
      "newsletter-en.txt|p-003/name/Guadalupe Núñez;p-005/address/19 Maple Dr;p-002/relative/Margaret O'Donnell;"
          + "p-002/address/1600 Oak Street|p-002 high 0.62 address,relative;p-005 medium 0.33 address;"
          + "p-003 low 0.07 name",
      "post-en-nickname-email.txt|p-005/name/Beth Carter;p-005/email/liz.carter@example.org"
          + "|p-005 high 0.61 name,email",
      "post-es-amenaza.txt|p-006/name/Pepe Ortiz|p-006 high 0.64 name",
  })
  void alerts_sampleDocument_matchReadmeTable(String file, String hits, String expected) throws IOException {
    String text = Files.readString(DIR.resolve(file));
    List<RegistryMatch> placed = new ArrayList<>();
    for (String h : hits.split(";")) {
      String[] p = h.split("/", 3);
      int start = text.indexOf(p[2]);
      if (start < 0) {
        throw new AssertionError(file + " lacks the words of hit " + h);
      }
      placed.add(new RegistryMatch(p[0], FieldType.valueOf(p[1].toUpperCase(java.util.Locale.ROOT)), start,
          start + p[2].length()));
    }
    List<Alert> alerts = DocumentAlerts.standard().alerts(file, text, placed, Severity.LOW);
    String actual = alerts.stream().map(a -> a.personId() + ' ' + a.severity().id() + ' '
        + AlertJson.formatScore(a.score()) + ' '
        + a.fields().stream().map(FieldType::id).collect(Collectors.joining(",")))
        .collect(Collectors.joining(";"));
    assertEquals(expected, actual);
  }

  /** The JSON and text lines docs/WATCH.md shows. */
  @Test
  void render_newsletterRelativeAndAddress_asInWatchDoc() throws IOException {
    String text = Files.readString(DIR.resolve("newsletter-en.txt"));
    int relative = text.indexOf("Margaret O'Donnell");
    int address = text.indexOf("1600 Oak Street");
    Alert a = DocumentAlerts.standard().alerts("examples/watch/newsletter-en.txt", text, List.of(
        new RegistryMatch("p-002", FieldType.ADDRESS, address, address + 15),
        new RegistryMatch("p-002", FieldType.RELATIVE, relative, relative + 18)), Severity.LOW).get(0);
    assertEquals("{\"source\":\"examples/watch/newsletter-en.txt\",\"person_id\":\"p-002\",\"severity\":\"high\","
        + "\"score\":0.62,\"fields\":[\"address\",\"relative\"],\"evidence\":[{\"field\":\"relative\",\"start\":289,"
        + "\"end\":307},{\"field\":\"address\",\"start\":309,\"end\":324}]}", AlertJson.toJson(a));
    assertEquals("examples/watch/newsletter-en.txt  p-002  high  0.62  address,relative  "
        + "relative@289-307,address@309-324", AlertText.line(a));
  }

  @ParameterizedTest
  @CsvSource({"negative-en.txt, 1", "negative-es.txt, 1"})
  void negatives_threatWordsOnly_noIdentifierNoAlert(String file, int threats) throws IOException {
    String text = Files.readString(DIR.resolve(file));
    assertEquals(threats, ThreatLexicon.standard().find(text).size());
    assertEquals(List.of(), DocumentAlerts.standard().alerts(file, text, List.of(), Severity.LOW));
  }
}
