package org.piishield.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

  @Test
  void toOriginal_identity_returnsSameOffset() {
    assertEquals(17, OffsetMap.identity().toOriginal(17));
  }

  @Test
  void toOriginal_strippedTags_mapsBack() {
    // "<b>Ann</b> Lee" -> "Ann Lee"
    OffsetMap m = new OffsetMap.Builder().add(0, 3).add(3, 7).build();
    assertEquals(3, m.toOriginal(0));
    assertEquals(5, m.toOriginal(2));
    assertEquals(10, m.toOriginal(3));
    assertEquals(6, m.toOriginalEnd(3));
    assertEquals(14, m.toOriginalEnd(7));
  }

  @Test
  void add_descendingPoints_isRejected() {
    OffsetMap.Builder b = new OffsetMap.Builder().add(5, 1);
    assertThrows(IllegalArgumentException.class, () -> b.add(4, 2));
  }
}
