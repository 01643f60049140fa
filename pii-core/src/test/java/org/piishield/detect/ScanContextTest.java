package org.piishield.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScanContextTest {

  private static List<String> tokens(ScanContext ctx) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ctx.tokenCount(); i++) {
      out.add(ctx.text().subSequence(ctx.tokenStart(i), ctx.tokenEnd(i)).toString());
    }
    return out;
  }

  @Test
  void reset_mixedText_splitsOnNonAlphanumerics() {
    ScanContext ctx = new ScanContext().reset("Call (562) 555-0123, e-mail ana@x.org; José Peña.", Language.EN);
    assertEquals(List.of("Call", "562", "555", "0123", "e", "mail", "ana", "x", "org", "José", "Peña"), tokens(ctx));
    assertEquals(1, ctx.atSignCount());
    assertEquals(31, ctx.atSign(0));
  }

  @Test
  void reset_flags_describeEachToken() {
    ScanContext ctx = new ScanContext().reset("ABC abc Abc 123 a1 ÉLAN", Language.EN);
    assertTrue(ctx.tokenHas(0, ScanContext.ALL_UPPER));
    assertTrue(ctx.tokenHas(0, ScanContext.UPPER_FIRST));
    assertTrue(ctx.tokenHas(1, ScanContext.LOWER_FIRST));
    assertFalse(ctx.tokenHas(2, ScanContext.ALL_UPPER));
    assertTrue(ctx.tokenHas(3, ScanContext.ALL_DIGIT));
    assertTrue(ctx.tokenHas(4, ScanContext.DIGIT) && ctx.tokenHas(4, ScanContext.LETTER));
    assertFalse(ctx.tokenHas(4, ScanContext.ALL_DIGIT));
    assertTrue(ctx.tokenHas(5, ScanContext.ALL_UPPER));
    assertEquals(2, ctx.digitTokenCount());
    assertEquals(3, ctx.digitToken(0));
    assertEquals(3, ctx.upperTokenCount());
  }

  @Test
  void reset_combiningMark_staysInsideToken() {
    ScanContext ctx = new ScanContext().reset("Jose\u0301 Pen\u0303a", Language.ES);
    assertEquals(List.of("Jose\u0301", "Pen\u0303a"), tokens(ctx));
  }

  @Test
  void tokenAtOrAfter_offsets_findNeighbours() {
    ScanContext ctx = new ScanContext().reset("ab  cd ef", Language.EN);
    assertEquals(0, ctx.tokenAtOrAfter(0));
    assertEquals(0, ctx.tokenAtOrAfter(1));
    assertEquals(1, ctx.tokenAtOrAfter(2));
    assertEquals(3, ctx.tokenAtOrAfter(9));
    assertEquals(-1, ctx.tokenBefore(0));
    assertEquals(0, ctx.tokenBefore(4));
    assertEquals(1, ctx.tokenBefore(5));
  }

  @Test
  void reset_reusedAcrossTexts_forgetsOldTokens() {
    ScanContext ctx = new ScanContext();
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      big.append("w").append(i).append(" @ ");
    }
    ctx.reset(big, Language.EN);
    assertEquals(1000, ctx.tokenCount());
    assertEquals(1000, ctx.atSignCount());
    ctx.reset("one", Language.EN);
    assertEquals(1, ctx.tokenCount());
    assertEquals(0, ctx.atSignCount());
    assertEquals(0, ctx.digitTokenCount());
  }

  @Test
  void reset_randomUnicode_tokensAreInBoundsSortedAndAlphanumeric() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    ScanContext ctx = new ScanContext();
    for (int it = 0; it < 200; it++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(200);
      for (int i = 0; i < len; i++) {
        sb.append((char) r.nextInt(0x3000));
      }
      String s = sb.toString();
      ctx.reset(s, Language.EN);
      int prev = 0;
      for (int i = 0; i < ctx.tokenCount(); i++) {
        int a = ctx.tokenStart(i);
        int b = ctx.tokenEnd(i);
        int idx = i;
        assertTrue(a >= prev && b > a && b <= s.length(), () -> "seed " + seed + " token " + idx);
        assertTrue(Character.isLetterOrDigit(s.charAt(a)), () -> "seed " + seed + " token " + idx + " starts at "
            + (int) s.charAt(a));
        prev = b;
      }
    }
  }
}
