package org.piishield.watch;

import org.piishield.registry.match.RegistryMatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.piishield.registry.normalize.FieldType.ADDRESS;
import static org.piishield.registry.normalize.FieldType.NAME;
import static org.piishield.registry.normalize.FieldType.PHONE;
import static org.piishield.registry.normalize.FieldType.PLATE;
import static org.piishield.registry.normalize.FieldType.RELATIVE;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.registry.normalize.FieldType;

/** The documents are synthetic; hits stand in for the matcher's, at the offsets of the quoted words. */
class DocumentAlertsTest {

  private static final DocumentAlerts ALERTS = DocumentAlerts.standard();

  private static final String FLYER = "BILL O'DONNELL lives at 1600 Oak St. Plate 4XYZ-987.\n"
      + "Lupe Nunez was seen downtown.\n"
      + "Carter, Elizabeth works at the clinic; call 614-555-0106.\n"
      + "WE KNOW WHERE HE LIVES. Share this!";

  private static RegistryMatch hit(String person, FieldType field, String text, String words) {
    int start = text.indexOf(words);
    if (start < 0) {
      throw new AssertionError("not in the test text: " + words);
    }
    return new RegistryMatch(person, field, start, start + words.length());
  }

  private static List<RegistryMatch> flyerHits() {
    List<RegistryMatch> hits = new ArrayList<>();
    hits.add(hit("p-003", NAME, FLYER, "Lupe Nunez"));
    hits.add(hit("p-002", NAME, FLYER, "BILL O'DONNELL"));
    hits.add(hit("p-005", PHONE, FLYER, "614-555-0106"));
    hits.add(hit("p-002", ADDRESS, FLYER, "1600 Oak St"));
    hits.add(hit("p-005", NAME, FLYER, "Carter, Elizabeth"));
    hits.add(hit("p-002", PLATE, FLYER, "4XYZ-987"));
    return hits;
  }

  @Test
  void alerts_groupsByPerson_orderedBySeverityThenPersonId() {
    List<Alert> alerts = ALERTS.alerts("flyer.txt", FLYER, flyerHits(), Severity.LOW);
    assertEquals(List.of("p-002", "p-005", "p-003"), alerts.stream().map(Alert::personId).toList());
    assertEquals(List.of(Severity.CRITICAL, Severity.CRITICAL, Severity.HIGH),
        alerts.stream().map(Alert::severity).toList());
    Alert bill = alerts.get(0);
    assertEquals(List.of(NAME, ADDRESS, PLATE), bill.fields());
    assertEquals(List.of(new Evidence(NAME, 0, 14), new Evidence(ADDRESS, 24, 35), new Evidence(PLATE, 43, 51)),
        bill.evidence());
    assertEquals("flyer.txt", bill.source());
  }

  @Test
  void alerts_threatInTheDocument_raisesANameAloneToHigh() {
    String calm = FLYER.substring(0, FLYER.indexOf("WE KNOW"));
    List<RegistryMatch> lupe = List.of(hit("p-003", NAME, calm, "Lupe Nunez"));
    assertEquals(Severity.LOW, ALERTS.alerts("calm.txt", calm, lupe, Severity.LOW).get(0).severity());
    assertEquals(Severity.HIGH, ALERTS.alerts("flyer.txt", FLYER, lupe, Severity.LOW).get(0).severity());
  }

  @Test
  void alerts_minSeverity_filters() {
    assertEquals(List.of("p-002", "p-005", "p-003"),
        ALERTS.alerts("f", FLYER, flyerHits(), Severity.HIGH).stream().map(Alert::personId).toList());
    assertEquals(List.of("p-002", "p-005"),
        ALERTS.alerts("f", FLYER, flyerHits(), Severity.CRITICAL).stream().map(Alert::personId).toList());
    String calm = "Lupe Nunez was seen downtown.";
    List<RegistryMatch> lupe = List.of(hit("p-003", NAME, calm, "Lupe Nunez"));
    assertEquals(1, ALERTS.alerts("calm.txt", calm, lupe, Severity.LOW).size());
    assertEquals(List.of(), ALERTS.alerts("calm.txt", calm, lupe, Severity.MEDIUM));
  }

  @Test
  void alerts_spanishFlyer_relativeAndAddressWithThreat() {
    String es = "¡CUIDADO CON ESTE TIPO! Su esposa Ana Ruiz vive en 350 W. Elm Ave. Unit 7. ¡Compártelo!";
    List<RegistryMatch> hits = List.of(hit("p-004", RELATIVE, es, "Ana Ruiz"), hit("p-004", ADDRESS, es,
        "350 W. Elm Ave. Unit 7"));
    Alert a = ALERTS.alerts("volante.txt", es, hits, Severity.LOW).get(0);
    assertEquals(Severity.CRITICAL, a.severity());
    assertEquals(List.of(ADDRESS, RELATIVE), a.fields());
    assertEquals(List.of(new Evidence(RELATIVE, 34, 42), new Evidence(ADDRESS, 51, 73)), a.evidence());
  }

  @Test
  void alerts_noHits_noAlerts() {
    assertEquals(List.of(), ALERTS.alerts("empty.txt", FLYER, List.of(), Severity.LOW));
  }

  @Test
  void alerts_hitBeyondText_rejectedNamingOffsetsOnly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ALERTS.alerts("x", "short", List.of(new RegistryMatch("p-1", NAME, 2, 9)), Severity.LOW));
    assertEquals("hit [2, 9) of p-1 beyond the text's 5 chars", e.getMessage());
  }

  @Test
  void alerts_sameHitsAnyOrder_sameAlerts() {
    List<RegistryMatch> hits = flyerHits();
    List<Alert> expected = ALERTS.alerts("f", FLYER, hits, Severity.LOW);
    java.util.Collections.reverse(hits);
    assertEquals(expected, ALERTS.alerts("f", FLYER, hits, Severity.LOW));
  }
}
