package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueMatcherTest {

  @Test
  void markFound_foldedAndByDigits_asTheIssueExampleSays() {
    ValueMatcher m = ValueMatcher.of(List.of(SearchText.of("Ana Ruiz"), SearchText.of("(312) 555-0142"),
        SearchText.of("Ruiz Peña")));
    SearchText text = SearchText.of("Call ANA  RUIZ at 312.555.0142");

    boolean[] withDigits = m.newFound();
    m.markFound(text, true, withDigits);
    boolean[] textOnly = m.newFound();
    m.markFound(text, false, textOnly);

    assertArrayEquals(new boolean[] {true, true, false}, withDigits);
    assertArrayEquals(new boolean[] {true, false, false}, textOnly);
  }

  @Test
  void markFound_nestedOverlappingAndDuplicateValues_allFound() {
    // long values: "anabanana" inside "xanabananas", "bananasx" overlapping it, the same value twice, a near miss;
    // short ones as whole words: "nan" is inside a word, "banana" is a word of its own
    ValueMatcher m = ValueMatcher.of(List.of(SearchText.of("anabanana"), SearchText.of("bananas x"),
        SearchText.of("ANABANANA"), SearchText.of("anabananab"), SearchText.of("nan"), SearchText.of("banana"),
        SearchText.of("")));
    boolean[] found = m.newFound();

    m.markFound(SearchText.of("xanabananas x, banana"), false, found);

    assertArrayEquals(new boolean[] {true, true, true, false, false, true, false}, found);
  }

  @Test
  void markFound_seededRandomValuesAndTexts_sameAsOneContainsPerValue() {
    Random random = new Random(20261129);
    for (int round = 0; round < 200; round++) {
      List<SearchText> values = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        values.add(SearchText.of(randomText(random, 1 + random.nextInt(14))));
      }
      SearchText text = SearchText.of(randomText(random, random.nextInt(200)));
      ValueMatcher m = ValueMatcher.of(values);
      boolean[] expected = new boolean[values.size()];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = text.contains(values.get(i), round % 2 == 0);
      }
      boolean[] found = m.newFound();

      m.markFound(text, round % 2 == 0, found);

      assertArrayEquals(expected, found, "round " + round);
    }
  }

  /** Few distinct letters and digits, so values often overlap and recur. */
  private static String randomText(Random random, int length) {
    String alphabet = "abAB 0123456789-";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
