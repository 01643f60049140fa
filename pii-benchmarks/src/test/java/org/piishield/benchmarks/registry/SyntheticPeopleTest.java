package org.piishield.benchmarks.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.piishield.registry.enroll.EnrolmentRecord;
import org.piishield.registry.enroll.PeopleCsvReader;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.Variants;

class SyntheticPeopleTest {

  private static String csv(long seed, int people) throws IOException {
    StringWriter out = new StringWriter();
    new SyntheticPeople(seed).writeCsv(out, people);
    return out.toString();
  }

  @Test
  void writeCsv_sameSeed_sameRowsAndPrefixOfLargerRun() throws IOException {
    String small = csv(42, 300);
    assertEquals(small, csv(42, 300));
    assertTrue(csv(42, 600).startsWith(small));
    assertNotEquals(small, csv(43, 300));
  }

  /** Every generated row is a valid people-CSV row whose every value normalises; the mix is as documented. */
  @Test
  void writeCsv_seededPopulation_everyRowEnrolsAndMixAsDocumented() throws IOException {
    int n = 5_000;
    PeopleCsvReader.Result read = new PeopleCsvReader().read(new StringReader(csv(7, n)));
    assertEquals(List.of(), read.errors());
    assertEquals(n, read.records().size());
    int twoPhones = 0;
    int emails = 0;
    int units = 0;
    Set<String> phones = new HashSet<>();
    int phoneCount = 0;
    for (EnrolmentRecord r : read.records()) {
      twoPhones += r.phones().size() == 2 ? 1 : 0;
      emails += r.emails().size();
      units += r.addresses().get(0).matches(".*(Apt |#|Unit ).*") ? 1 : 0;
      assertTrue(r.aliases().size() <= 2 && r.relatives().size() <= 3 && r.plates().size() <= 1, r.toString());
      for (String p : r.phones()) {
        phones.add(Variants.of(FieldType.PHONE, p).get(0));
        phoneCount++;
      }
    }
    assertTrue(twoPhones > n * 0.30 && twoPhones < n * 0.40, "two phones: " + twoPhones);
    assertTrue(emails > n * 0.55 && emails < n * 0.65, "e-mails: " + emails);
    assertTrue(units > n * 0.15 && units < n * 0.25, "units: " + units);
    assertTrue(phones.size() > phoneCount * 0.99, "distinct phones: " + phones.size() + " of " + phoneCount);
  }
}
