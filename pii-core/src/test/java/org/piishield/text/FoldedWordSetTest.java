package org.piishield.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldedWordSetTest {

  @Test
  void contains_caseAndAccentVariants_match() {
    FoldedWordSet s = FoldedWordSet.of("María", "O'Donnell", "Peña");
    assertTrue(s.contains("MARIA"));
    assertTrue(s.contains("maría"));
    assertTrue(s.contains("PENA"));
    assertTrue(s.contains("xx o'donnell yy", 3, 9));
    assertFalse(s.contains("Mari"));
    assertFalse(s.contains("Marias"));
    assertEquals(3, s.size());
  }

  @Test
  void get_valuesKeepTheLargestOfDuplicates() {
    FoldedWordSet s = new FoldedWordSet.Builder().put("Ruiz", 3).put("RUIZ", 7).put("Lee", 1).build();
    assertEquals(7, s.get("ruiz", 0, 4));
    assertEquals(1, s.get("LEE", 0, 3));
    assertEquals(FoldedWordSet.ABSENT, s.get("Li", 0, 2));
  }

  @Test
  void contains_randomWords_agreesWithHashSet() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    List<String> words = new ArrayList<>();
    Set<String> folded = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String w = randomWord(r);
      words.add(w);
      folded.add(Fold.fold(w));
    }
    FoldedWordSet s = FoldedWordSet.of(words);
    for (int i = 0; i < 5000; i++) {
      String probe = i % 2 == 0 ? words.get(r.nextInt(words.size())) : randomWord(r);
      assertEquals(folded.contains(Fold.fold(probe)), s.contains(probe), "seed " + seed + " probe " + probe);
    }
  }

  private static String randomWord(Random r) {
    char[] c = new char[1 + r.nextInt(6)];
    for (int i = 0; i < c.length; i++) {
      c[i] = r.nextInt(5) == 0 ? (char) (0xC0 + r.nextInt(60)) : (char) ('a' + r.nextInt(26));
    }
    return new String(c);
  }
}
