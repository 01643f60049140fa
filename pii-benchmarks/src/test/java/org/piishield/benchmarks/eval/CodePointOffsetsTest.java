package org.piishield.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {

  @Test
  void toUtf16_bmpOnlyText_returnsSameOffset() {
    CodePointOffsets o = new CodePointOffsets("Ana Ruiz");
    assertEquals(0, o.toUtf16(0));
    assertEquals(4, o.toUtf16(4));
    assertEquals(8, o.toUtf16(8));
  }

  @Test
  void toUtf16_afterAstralCharacters_shiftsByOnePerCharacter() {
    // U+1F600 and U+1D11E each take two UTF-16 units
    String text = "\uD83D\uDE00 Ana \uD834\uDD1E Ruiz";
    CodePointOffsets o = new CodePointOffsets(text);
    assertEquals(0, o.toUtf16(0));
    assertEquals(2, o.toUtf16(1));
    assertEquals(3, o.toUtf16(2));
    assertEquals(6, o.toUtf16(5));
    assertEquals(7, o.toUtf16(6));
    assertEquals(9, o.toUtf16(7));
    assertEquals(14, o.toUtf16(12));
    assertEquals(text.length(), o.toUtf16(12));
  }

  @Test
  void toUtf16_beyondText_throws() {
    CodePointOffsets o = new CodePointOffsets("\uD83D\uDE00ab");
    assertThrows(IllegalArgumentException.class, () -> o.toUtf16(4));
    assertThrows(IllegalArgumentException.class, () -> o.toUtf16(-1));
  }
}
