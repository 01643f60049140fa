package org.piishield.recognizers.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextChunksTest {

  @Test
  void end_textFits_isTheTextEnd() {
    assertEquals(14, TextChunks.end("Ana Ruiz lives", 0, 14));
    assertEquals(14, TextChunks.end("Ana Ruiz lives", 9, 10));
  }

  @Test
  void end_longText_cutsJustAfterLastWhitespaceThatFits() {
    assertEquals(9, TextChunks.end("Ana Ruiz lives", 0, 10));
    // the space at 8 is the 9th char: a piece of 9 fits it
    assertEquals(9, TextChunks.end("Ana Ruiz lives", 0, 9));
    assertEquals(4, TextChunks.end("Ana Ruiz lives", 0, 8));
  }

  @Test
  void end_lineBreakOrSentenceEndInSecondHalf_isPreferredToLaterSpace() {
    // "Ana Ruiz.\n" ends at 10; the last space that fits (max 16) ends a piece at 13
    assertEquals(10, TextChunks.end("Ana Ruiz.\nLa Paz Ruiz", 0, 16));
    assertEquals(10, TextChunks.end("Ana Ruiz. La Paz Ruiz", 0, 16));
    // a line break in the first half would make a tiny piece: the last space wins
    assertEquals(13, TextChunks.end("Ana\nRuiz, La Paz Ruiz", 0, 16));
  }

  @Test
  void end_noWhitespace_cutsAtMaxButNeverInsideSurrogatePair() {
    assertEquals(4, TextChunks.end("abcdefgh", 0, 4));
    // "abc" then an emoji at [3, 5): a cut at 4 would split it
    assertEquals(3, TextChunks.end("abc\uD83D\uDE00defg", 0, 4));
    assertEquals(5, TextChunks.end("abc\uD83D\uDE00defg", 0, 5));
  }

  @Test
  void isBlank_onlyWhitespace_isTrue() {
    assertTrue(TextChunks.isBlank("a \n\t b", 1, 5));
    assertFalse(TextChunks.isBlank("a \n\t b", 1, 6));
  }
}
