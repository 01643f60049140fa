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
  void toOriginalEnd_wideCharAtSpanEnd_coversWholeReference() {
    // "ann&#64;x.org" -> "ann@x.org": derived 3 ('@') stands for the five chars "&#64;", so from 4 on +4
    OffsetMap m = new OffsetMap.Builder().add(4, 4).wide(3, 5).build();
    assertEquals(3, m.toOriginal(3));
    assertEquals(8, m.toOriginalEnd(4));
    assertEquals(5, m.width(3));
    assertEquals(1, m.width(2));
    assertEquals(8, m.toOriginal(4));
    assertEquals(13, m.toOriginalEnd(9));
  }

  @Test
  void wide_descending_isRejected() {
    OffsetMap.Builder b = new OffsetMap.Builder().wide(5, 2);
    assertThrows(IllegalArgumentException.class, () -> b.wide(5, 3));
  }

  @Test
  void add_descendingPoints_isRejected() {
    OffsetMap.Builder b = new OffsetMap.Builder().add(5, 1);
    assertThrows(IllegalArgumentException.class, () -> b.add(4, 2));
  }
}
