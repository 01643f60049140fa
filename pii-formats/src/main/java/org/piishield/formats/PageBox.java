package org.piishield.formats;

/**
 * An axis-aligned rectangle on one page of a document: {@code x0 <= x1}, {@code y0 <= y1}, in the units of
 * the {@link TextLayout} it came from (PDF user space in points, y growing upwards, for PDF pages; pixels,
 * y growing downwards, for images).
 *
 * <p>Example: the word {@code Ana} drawn in 12 pt Helvetica at (72, 700) on the first page of a PDF has a box
 * close to {@code PageBox[page=0, x0=72.0, y0=697.8, x1=93.3, y1=711.0]} (from the descent to the ascent).
 */
public record PageBox(int page, float x0, float y0, float x1, float y1) {

  public PageBox {
    if (page < 0 || !(x0 <= x1) || !(y0 <= y1)) {
      throw new IllegalArgumentException("bad box: page " + page + " [" + x0 + ", " + y0 + ", " + x1 + ", " + y1 + "]");
    }
  }

  public float width() {
    return x1 - x0;
  }

  public float height() {
    return y1 - y0;
  }

  /** Whether the point lies inside or on the edge of this box. */
  public boolean contains(float x, float y) {
    return x >= x0 && x <= x1 && y >= y0 && y <= y1;
  }
}
