package org.piishield.registry.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.piishield.registry.normalize.FieldType;
import org.piishield.testing.RandomText;

/** The whole extractor: the class javadoc example, blocks, bounds on random Unicode. Values are synthetic. */
class CandidateExtractorTest {

  @Test
  void extract_javadocExample_allDomains() {
    CandidateExtractor ex = new CandidateExtractor(Candidates.tokens("william", "w", "odonnell"));
    List<String> all = Candidates.all(ex,
        "Bill? No: W. O'DONNELL, 123 N. Main St. #4, (562) 555-0123");
    assertTrue(all.contains("NAME w odonnell 10 22"), all::toString);
    assertTrue(all.contains("ADDRESS 123 n main st apt 4 24 42"), all::toString);
    assertTrue(all.contains("ADDRESS 123 n main st 24 38"), all::toString);
    assertTrue(all.contains("ADDRESS 123 main st 24 38"), all::toString);
    assertTrue(all.contains("PHONE +15625550123 44 58"), all::toString);
  }

  @Test
  void extract_textLongerThanABlock_offsetsIntoTheWholeText() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 3 * CandidateExtractor.BLOCK_CHARS) {
      sb.append("nothing to see here in this line\n");
    }
    int at = sb.length();
    sb.append("Ana Gil, 12 Oak St, (562) 555-0123, ana@example.org, plate 7ABC123\n");
    String text = sb.toString();
    List<String> all = Candidates.all(new CandidateExtractor(Candidates.tokens("ana", "gil")), text);
    assertTrue(all.contains("NAME ana gil " + at + " " + (at + 7)), all::toString);
    assertTrue(all.contains("ADDRESS 12 oak st " + (at + 9) + " " + (at + 18)), all::toString);
    assertTrue(all.contains("PHONE +15625550123 " + (at + 20) + " " + (at + 34)), all::toString);
    assertTrue(all.contains("EMAIL ana@example.org " + (at + 36) + " " + (at + 51)), all::toString);
    assertTrue(all.contains("PLATE 7ABC123 " + (at + 59) + " " + (at + 66)), all::toString);
  }

  @Test
  void blockEnd_cutsAfterALineBreak() {
    String text = "x".repeat(CandidateExtractor.BLOCK_CHARS + 10) + "\nrest";
    assertEquals(CandidateExtractor.BLOCK_CHARS + 11, CandidateExtractor.blockEnd(text, 0, text.length()));
    assertEquals(5, CandidateExtractor.blockEnd("short", 0, 5));
  }

  @Test
  void extract_randomUnicode_candidatesInBoundsAndNonEmpty() {
    Random r = new Random(0xC0FFEEL);
    CandidateExtractor ex = new CandidateExtractor(t -> true);
    for (int i = 0; i < 300; i++) {
      String text = r.nextBoolean() ? RandomText.unicode(r, 400) : RandomText.realistic(r, 6);
      ex.extract(text, (d, v, s, e) -> {
        assertTrue(0 <= s && s < e && e <= text.length(), () -> d + " [" + s + ", " + e + ") in " + text.length());
        assertTrue(v.length() > 0, () -> d + " empty at " + s);
        if (d == FieldType.NAME) {
          assertTrue(v.toString().indexOf(' ') > 0, () -> "single-token name at " + s);
        }
      });
    }
  }

  @Test
  void extract_sharedAcrossThreads_sameCandidatesAsAlone() throws Exception {
    CandidateExtractor ex = new CandidateExtractor(Candidates.tokens("maria", "garcia", "smith", "james"));
    Random r = new Random(0x7EADL);
    List<String> docs = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      docs.add(RandomText.realistic(r, 20));
    }
    List<List<String>> expected = new java.util.ArrayList<>();
    for (String d : docs) {
      expected.add(Candidates.all(ex, d));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < docs.size(); i++) {
            if (!expected.get(i).equals(Candidates.all(ex, docs.get(i)))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void extract_nulls_rejected() {
    CandidateExtractor ex = new CandidateExtractor(t -> false);
    assertThrows(NullPointerException.class, () -> ex.extract(null, (d, v, s, e) -> { }));
    assertThrows(NullPointerException.class, () -> ex.extract("x", null));
    assertThrows(NullPointerException.class, () -> new CandidateExtractor(null));
  }

  @Test
  void extract_sinkReentersSameExtractor_stillCorrect() {
    CandidateExtractor ex = new CandidateExtractor(Candidates.tokens("ana", "gil"));
    List<String> inner = new java.util.ArrayList<>();
    ex.extract("Ana Gil", (d, v, s, e) -> inner.addAll(Candidates.all(ex, "Gil Ana")));
    assertEquals(List.of("NAME gil ana 0 7"), inner);
  }
}
