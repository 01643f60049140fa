package org.piishield.registry.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StreetWordsTest {

  @Test
  void kind_wordsInPlace_foldedKinds() {
    String text = "Vive en 742 N Evergreen TERRACE Apt. 4 Key Oficina";
    assertEquals(StreetWords.SUFFIX, StreetWords.kind(text, 24, 7));
    assertEquals(StreetWords.DIRECTIONAL, StreetWords.kind(text, 12, 1));
    assertEquals(StreetWords.UNIT, StreetWords.kind(text, 32, 3));
    assertEquals(StreetWords.SUFFIX | StreetWords.UNIT, StreetWords.kind(text, 39, 3));
    assertEquals(0, StreetWords.kind(text, 14, 9));
    assertEquals(0, StreetWords.kind("#", 0, 1));
  }
}
