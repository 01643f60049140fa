package org.piishield.registry.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FilterMemoTest {

  @Test
  void mightContain_repeatedToken_asksFilterOnceUntilCleared() {
    int[] calls = new int[1];
    NamePartFilter f = t -> {
      calls[0]++;
      return t.toString().equals("ana");
    };
    FilterMemo memo = new FilterMemo();
    CharSlice view = new CharSlice();
    char[] text = "ana gil ana".toCharArray();
    assertTrue(memo.mightContain(text, 0, 3, f, view));
    assertFalse(memo.mightContain(text, 4, 3, f, view));
    assertTrue(memo.mightContain(text, 8, 3, f, view));
    assertEquals(2, calls[0]);
    memo.clear();
    assertTrue(memo.mightContain(text, 8, 3, f, view));
    assertEquals(3, calls[0]);
  }

  @Test
  void mightContain_longTokenOrCollidingSlot_alwaysRightAnswer() {
    NamePartFilter f = t -> t.length() % 2 == 0;
    FilterMemo memo = new FilterMemo();
    CharSlice view = new CharSlice();
    for (int i = 0; i < 20000; i++) {
      char[] tok = Integer.toString(i * 7919, 36).toCharArray();
      assertEquals(tok.length % 2 == 0, memo.mightContain(tok, 0, tok.length, f, view), () -> new String(tok));
    }
    char[] longTok = "abcdefghijklmnop".toCharArray();
    assertTrue(memo.mightContain(longTok, 0, longTok.length, f, view));
  }
}
