package org.piishield.recognizers.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;

class TextShapeTest {

  // text | gap start | gap end | joiner?
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "García-López | 6 | 7 | true",
      "J. R. | 1 | 3 | true",
      "O'Brien | 1 | 2 | true",
      "Ruiz, Ana | 4 | 6 | false",
      "A .- B | 1 | 5 | false",
      "\"Ana\nRuiz\" | 3 | 4 | false",
  })
  void isJoiner_gap_matchesTable(String text, int from, int to, boolean expected) {
    assertEquals(expected, TextShape.isJoiner(text, from, to), () -> "gap in '" + text + "'");
  }

  // text | span start | span end | embedded?
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "maria.ruiz@example.org | 5 | 9 | true",
      "maria.ruiz@example.org | 0 | 5 | true",
      "see example.org/Ruiz now | 16 | 20 | true",
      "ask Ruiz. Then | 4 | 8 | false",
      "@Ruiz | 1 | 5 | true",
      "(Ruiz) | 1 | 5 | false",
  })
  void isEmbedded_span_matchesTable(String text, int start, int end, boolean expected) {
    assertEquals(expected, TextShape.isEmbedded(text, start, end), () -> "span in '" + text + "'");
  }

  // text | token index | sentence start?
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Will the board meet | 0 | true",
      "It ended. Will the board meet | 2 | true",
      "Dr. Will Jenkins | 1 | false",
      "J. Will Jenkins | 1 | false",
      "asked \"Will you come\" | 1 | true",
      "Name: Will | 1 | true",
      "then Will left | 1 | false",
  })
  void isSentenceStart_token_matchesTable(String text, int token, boolean expected) {
    ScanContext ctx = new ScanContext().reset(text, Language.EN);
    assertEquals(expected, TextShape.isSentenceStart(ctx, token), () -> "token " + token + " in '" + text + "'");
  }
}
