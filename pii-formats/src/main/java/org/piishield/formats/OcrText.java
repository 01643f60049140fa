package org.piishield.formats;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * Writes OCR words into a layout: words of one line separated by a space, lines ended by {@code '\n'};
 * every char of a word gets the word's box, mapped from image pixels into the layout's units.
 */
final class OcrText {

  private OcrText() {}

  /** Appends {@code words}; {@code pixelsToPage} maps image pixels to the layout's coordinates. */
  static void append(List<OcrWord> words, TextLayout.Builder layout, AffineTransform pixelsToPage) {
    int line = -1;
    Point2D.Float a = new Point2D.Float();
    Point2D.Float b = new Point2D.Float();
    for (OcrWord w : words) {
      if (line >= 0) {
        layout.appendUnplaced(w.line() != line ? "\n" : " ");
      }
      line = w.line();
      pixelsToPage.transform(new Point2D.Float(w.x0(), w.y0()), a);
      pixelsToPage.transform(new Point2D.Float(w.x1(), w.y1()), b);
      layout.append(w.text(), Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y));
    }
    if (line >= 0) {
      layout.appendUnplaced("\n");
    }
  }
}
