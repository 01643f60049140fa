package org.piishield.registry.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.piishield.registry.enroll.PeopleCsvReader;
import org.piishield.registry.store.InMemoryRegistryStore;

/**
 * A name shared by more enrolled people than {@link RegistryMatcher#MAX_FANOUT} counts only with another
 * identifier of the same person; one shared by fewer counts alone. Synthetic people.
 */
class RegistryMatcherFanoutTest {

  static final int MANY = RegistryMatcher.MAX_FANOUT + 4;
  static final int FEW = 3;

  private RegistryMatcher matcher;

  @BeforeEach
  void enrol() throws IOException {
    StringBuilder csv = new StringBuilder(PeopleCsvReader.HEADER).append('\n');
    for (int i = 0; i < MANY; i++) {
      // m-3 lives at 55 Pine St, where MANY other people (p-*) live too, in other towns.
      String street = i == 3 ? "55 Pine St" : (100 + i) + " Oak St";
      csv.append("m-").append(i).append(",Maria Garcia,,\"").append(street).append(", Fresno, CA 93721\",,,,\n");
      csv.append("p-").append(i).append(",Person").append((char) ('a' + i)).append(" Lindqvist").append(i)
          .append(",,\"55 Pine St, Town").append((char) ('a' + i)).append(", OR 97").append(100 + i).append("\",,,,\n");
    }
    for (int i = 0; i < FEW; i++) {
      csv.append("r-").append(i).append(",Rosa Quintanilla,,\"").append(200 + i).append(" Elm St, Fresno, CA 93721\",,,,\n");
    }
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    new org.piishield.registry.enroll.Enroller(store, RegistryMatcherTest.keys(), 1)
        .enrol(new PeopleCsvReader().read(new StringReader(csv.toString())));
    matcher = new RegistryMatcher(org.piishield.registry.index.RegistryIndex.load(store, RegistryMatcherTest.key()));
  }

  List<String> found(String text) {
    List<String> out = new ArrayList<>();
    for (RegistryMatch m : matcher.match(text)) {
      out.add(m.personId() + " " + m.field().id() + " " + m.start() + "-" + m.end());
    }
    return out;
  }

  @Test
  void match_nameSharedByManyAlone_alertsNoOne() {
    assertEquals(List.of(), found("Maria Garcia was there"));
  }

  @Test
  void match_nameSharedByManyWithAnAddress_namesTheOneAtThatAddress() {
    assertEquals(List.of("m-7 name 0-12", "m-7 address 22-32"), found("MARIA GARCIA lives at 107 Oak St"));
  }

  @Test
  void match_commonNameAndCommonStreetTogether_nameTheOnePersonWithBoth() {
    assertEquals(List.of("m-3 name 0-12", "m-3 address 14-24"), found("Maria Garcia, 55 Pine St"));
  }

  @Test
  void match_commonStreetAlone_alertsNoOne() {
    assertEquals(List.of(), found("a party at 55 Pine St tonight"));
  }

  @Test
  void match_nameSharedByFew_countsAloneForEach() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < FEW; i++) {
      expected.add("r-" + i + " name 0-16");
    }
    assertEquals(expected, found("Rosa Quintanilla was there"));
  }
}
