package org.piishield.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class OriginalPiecesTest {

  @Test
  void of_spanAcrossInlineTag_splitsAroundMarkup() {
    ExtractedText t = HtmlExtractor.strip("Ann <b>Lee</b>");
    assertArrayEquals(new int[] {0, 3, 7, 10}, OriginalPieces.of(t, 0, 7));
  }

  @Test
  void of_spanAcrossBlockBreak_trimsTheInsertedLineBreak() {
    // "Ann<br>Lee" extracts as "Ann\nLee"; the \n stands for "<" of <br> and must not be replaced
    ExtractedText t = HtmlExtractor.strip("Ann<br>Lee");
    assertArrayEquals(new int[] {0, 3, 7, 10}, OriginalPieces.of(t, 0, 7));
    assertArrayEquals(new int[] {0, 3, 4, 7}, OriginalPieces.inText(t, 0, 7));
  }

  @Test
  void of_referencesInside_onePieceCoveringThem() {
    ExtractedText t = HtmlExtractor.strip("<i title=\"ann&#64;x.or&#103;\">");
    assertArrayEquals(new int[] {10, 28}, OriginalPieces.of(t, 0, 9));
  }

  @Test
  void of_plainText_isTheSpan() {
    assertArrayEquals(new int[] {2, 5}, OriginalPieces.of(ExtractedText.plain("a bcd e", "text/plain"), 2, 5));
  }
}
