package org.piishield.registry.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NicknamesTest {

  @Test
  void alternatives_spanishBothDirections_found() {
    assertEquals(List.of("paco", "pancho", "curro", "fran"), Nicknames.alternatives("francisco"));
    assertEquals(List.of("francisco"), Nicknames.alternatives("paco"));
    assertEquals(List.of("lupe", "lupita"), Nicknames.alternatives("guadalupe"));
    assertEquals(List.of("jesus"), Nicknames.alternatives("chuy"));
    assertEquals(List.of("charo"), Nicknames.alternatives("rosario"));
  }

  @Test
  void alternatives_englishBothDirections_found() {
    assertTrue(Nicknames.alternatives("william").contains("bill"));
    assertTrue(Nicknames.alternatives("bill").contains("william"));
  }

  @Test
  void alternatives_unknownName_empty() {
    assertEquals(List.of(), Nicknames.alternatives("zzyzx"));
  }

  @Test
  void alternatives_everyName_bounded() {
    assertTrue(Nicknames.alternatives("robert").size() <= Nicknames.MAX_PER_NAME);
  }
}
