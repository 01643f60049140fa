package org.piishield.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

  private static final PageBox LETTER = new PageBox(0, 0, 0, 612, 792);

  /** Page 0: "Ana Ruiz\nCalle 5\f" drawn on two lines; page 1: "Eva\f". Each char 10 wide, lines 20 apart. */
  private static TextLayout twoPages() {
    TextLayout.Builder b = TextLayout.newBuilder(TextLayout.Units.PDF_POINTS).startPage(LETTER);
    line(b, "Ana Ruiz", 700);
    b.appendUnplaced("\n");
    line(b, "Calle 5", 680);
    b.appendUnplaced("\f");
    b.startPage(LETTER);
    line(b, "Eva", 700);
    b.appendUnplaced("\f");
    assertEquals("Ana Ruiz\nCalle 5\fEva\f", b.text().toString());
    return b.build();
  }

  private static void line(TextLayout.Builder b, String s, float y) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        b.appendUnplaced(" ");
      } else {
        b.append(s.charAt(i), 100 + 10 * i, y, 110 + 10 * i, y + 12);
      }
    }
  }

  @Test
  void boxes_spanWithinOneLine_oneUnionBox() {
    TextLayout l = twoPages();

    assertEquals(List.of(new PageBox(0, 140, 700, 180, 712)), l.boxes(4, 8));
  }

  @Test
  void boxes_spanAcrossLineBreak_oneBoxPerLine() {
    TextLayout l = twoPages();

    // "Ruiz\nCalle": Ruiz on the first line, Calle on the second
    assertEquals(List.of(new PageBox(0, 140, 700, 180, 712), new PageBox(0, 100, 680, 150, 692)), l.boxes(4, 14));
  }

  @Test
  void boxes_spanAcrossPages_boxesOnEachPage() {
    TextLayout l = twoPages();

    List<PageBox> boxes = l.boxes(15, 19);

    assertEquals(List.of(new PageBox(0, 160, 680, 170, 692), new PageBox(1, 100, 700, 120, 712)), boxes);
  }

  @Test
  void boxes_onlySeparators_empty() {
    TextLayout l = twoPages();

    assertEquals(List.of(), l.boxes(3, 4));
    assertEquals(List.of(), l.boxes(8, 9));
    assertEquals(List.of(), l.boxes(5, 5));
  }

  @Test
  void pageOf_andBox_perChar() {
    TextLayout l = twoPages();

    assertEquals(0, l.pageOf(16));
    assertEquals(1, l.pageOf(17));
    assertEquals(17, l.pageStart(1));
    assertFalse(l.hasBox(3));
    assertTrue(l.box(3).isEmpty());
    assertEquals(new PageBox(1, 110, 700, 120, 712), l.box(18).orElseThrow());
    assertEquals(21, l.length());
  }

  @Test
  void emptyPages_takeTheirPlace() {
    TextLayout.Builder b = TextLayout.newBuilder(TextLayout.Units.PIXELS).startPage(LETTER);
    b.appendUnplaced("\f");
    b.startPage(LETTER).appendUnplaced("\f");
    b.startPage(LETTER).append('x', 1, 2, 3, 4);
    TextLayout l = b.build();

    assertEquals(3, l.pageCount());
    assertEquals(0, l.pageOf(0));
    assertEquals(1, l.pageOf(1));
    assertEquals(2, l.pageOf(2));
    assertEquals(List.of(new PageBox(2, 1, 2, 3, 4)), l.boxes(0, 3));
  }

  @Test
  void boxes_outOfRange_throws() {
    TextLayout l = twoPages();

    assertThrows(IndexOutOfBoundsException.class, () -> l.boxes(-1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> l.boxes(3, 22));
    assertThrows(IndexOutOfBoundsException.class, () -> l.boxes(5, 4));
  }

  @Test
  void builder_charBeforeFirstPage_refused() {
    TextLayout.Builder b = TextLayout.newBuilder(TextLayout.Units.PIXELS);

    assertThrows(IllegalStateException.class, () -> b.appendUnplaced("x"));
  }

  /** Random layouts: every drawn char's box lies inside the boxes of any span holding it, on its page. */
  @Test
  void boxes_randomLayouts_coverEveryDrawnCharOfTheSpan() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int iter = 0; iter < 200; iter++) {
      TextLayout.Builder b = TextLayout.newBuilder(TextLayout.Units.PIXELS);
      int pages = 1 + r.nextInt(3);
      for (int p = 0; p < pages; p++) {
        b.startPage(LETTER);
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) {
          int k = r.nextInt(10);
          if (k == 0) {
            b.appendUnplaced("\n");
          } else if (k == 1) {
            b.appendUnplaced(" ");
          } else {
            float x = r.nextInt(500);
            float y = r.nextInt(700);
            b.append((char) ('a' + k), x, y, x + 1 + r.nextInt(20), y + 1 + r.nextInt(20));
          }
        }
        b.appendUnplaced("\f");
      }
      TextLayout l = b.build();
      int start = r.nextInt(l.length() + 1);
      int end = start + r.nextInt(l.length() - start + 1);
      List<PageBox> boxes = l.boxes(start, end);
      for (int i = start; i < end; i++) {
        if (!l.hasBox(i)) {
          continue;
        }
        PageBox c = l.box(i).orElseThrow();
        boolean covered = boxes.stream().anyMatch(x -> x.page() == c.page() && x.x0() <= c.x0() && x.y0() <= c.y0()
            && x.x1() >= c.x1() && x.y1() >= c.y1());
        int at = i;
        assertTrue(covered, () -> "seed " + seed + ": char " + at + " box " + c + " not in " + boxes);
      }
    }
  }
}
