package org.piishield.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.piishield.detect.Detection;
import org.piishield.engine.PiiEngine;
import org.piishield.redact.AppliedRedaction;
import org.piishield.redact.PseudonymTable;
import org.piishield.redact.RedactionResult;

/**
 * Randomised invariants every engine configuration must keep. {@link #checkRandomText} runs seeded random
 * Unicode and realistic text and asserts that:
 * <ul>
 *   <li>spans are in bounds and sorted; resolved spans do not overlap;
 *   <li>detection is deterministic;
 *   <li>redacted output does not contain a redacted value (of 4+ chars) more often than the original
 *       contained it outside redacted spans (except under {@code keep});
 *   <li>redacting the redacted output again changes nothing.
 * </ul>
 * The seed comes from {@code -Dtests.seed}: a number repeats a run, {@code random} draws a new seed
 * (print in every failure). Without the property the seed is fixed, so CI is reproducible; run with
 * {@code -Dtests.seed=random} to explore new inputs.
 */
public final class EngineInvariants {

  private EngineInvariants() {}

  /** The fixed default seed; change it only together with whatever it finds. */
  public static final long DEFAULT_SEED = 0x5EED_2026_1129L;

  public static long seed() {
    String s = System.getProperty("tests.seed");
    if (s == null || s.isBlank()) {
      return DEFAULT_SEED;
    }
    return s.equals("random") ? new Random().nextLong() : Long.parseLong(s);
  }

  public static void checkRandomText(PiiEngine engine, int iterations) {
    long seed = seed();
    Random r = new Random(seed);
    for (int i = 0; i < iterations; i++) {
      String text = i % 2 == 0 ? RandomText.unicode(r, 400) : RandomText.realistic(r, 1 + r.nextInt(8));
      try {
        checkText(engine, text);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + " (-Dtests.seed=" + seed + "), iteration " + i + ": "
            + e.getMessage() + "\ntext: " + text, e);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " (-Dtests.seed=" + seed + "), iteration " + i + " threw "
            + e + "\ntext: " + text, e);
      }
    }
  }

  public static void checkText(PiiEngine engine, String text) {
    List<Detection> found = engine.detect(text);
    int prevEnd = 0;
    int prevStart = -1;
    for (Detection d : found) {
      assertTrue(d.start() >= 0 && d.end() <= text.length(), () -> "out of bounds: " + d);
      assertTrue(d.start() >= prevStart, () -> "unsorted at " + d);
      assertTrue(d.start() >= prevEnd, () -> "overlap at " + d + " (previous ended at " + found + ")");
      assertTrue(d.score() >= engine.scoreThreshold() && d.score() <= 1.0, () -> "score out of range: " + d);
      prevStart = d.start();
      prevEnd = d.end();
    }
    assertEquals(found, engine.detect(text), "detection is not deterministic");

    RedactionResult once = engine.redact(text, found, new PseudonymTable());
    for (AppliedRedaction a : once.applied()) {
      if (a.operator().equals("keep") || a.end() - a.start() < 4) {
        continue;
      }
      String value = text.substring(a.start(), a.end());
      int before = count(text, value) - countRedacted(text, once.applied(), value);
      int after = count(once.text(), value);
      if (after > before) {
        fail("redacted value of type " + a.type() + " at [" + a.start() + ", " + a.end() + ") survives: "
            + after + " occurrences in the output, " + before + " unredacted in the input");
      }
    }
    RedactionResult twice = engine.redact(once.text());
    assertEquals(once.text(), twice.text(), "redacting twice changed the output; second pass acted on "
        + twice.applied());
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static int countRedacted(String text, List<AppliedRedaction> applied, String value) {
    int n = 0;
    for (AppliedRedaction a : applied) {
      if (!a.operator().equals("keep") && a.end() - a.start() >= value.length()
          && text.substring(a.start(), a.end()).contains(value)) {
        n += count(text.substring(a.start(), a.end()), value);
      }
    }
    return n;
  }
}
