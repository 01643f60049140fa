package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code shield scan} on the bundled examples finds the names, places and organisations in them, in English
 * and Spanish, as the README shows. Each expected row is {@code TYPE "text"}, in document order; with only these
 * types asked for, the town and state inside a street address are listed as places.
 */
class ScanExamplesNamesTest {

  private static List<String> names(String file) {
    Shield.Result r = Shield.run("scan", "--format", "text", "--show-text", "--lang", "auto",
        "--entities", "PERSON,LOCATION,ORGANIZATION", "../examples/" + file);
    assertEquals(ExitCode.OK, r.exitCode(), r::toString);
    List<String> rows = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      String[] f = line.trim().split("\\s+", 7);
      if (f.length == 7 && List.of("PERSON", "LOCATION", "ORGANIZATION").contains(f[3])) {
        rows.add(f[3] + " " + f[6].substring(f[6].indexOf('"')));
      }
    }
    return rows;
  }

  @Test
  void scan_englishMemo_findsPeoplePlacesAndOffices() {
    assertEquals(List.of("ORGANIZATION \"DEPARTMENT OF EXAMPLE AFFAIRS\"",
        "ORGANIZATION \"OFFICE OF PROFESSIONAL RESPONSIBILITY\"", "PERSON \"Daniel Harris\"",
        "PERSON \"Daniel Harris\"", "PERSON \"Maria Lopez\"", "LOCATION \"Riverside\"", "PERSON \"Harris\"",
        "LOCATION \"Springfield\"", "LOCATION \"IL\"", "LOCATION \"Illinois\"", "PERSON \"Lopez\"",
        "LOCATION \"Fairview\"", "LOCATION \"IL\"", "PERSON \"Daniel Harris\""), names("foia-memo.txt"));
  }

  @Test
  void scan_spanishFlyer_findsPeopleAndThePoliceDepartment() {
    assertEquals(List.of("PERSON \"Carlos Ruiz Peña\"", "ORGANIZATION \"Departamento de Policía de Salem\"",
        "LOCATION \"Salem\"", "LOCATION \"OR\"", "PERSON \"Lucía Ruiz\""), names("flyer-es.txt"));
  }
}
