package org.piishield.formats.pdf.redact;

/**
 * A rectangle of one page to redact, in the page's default user space (the coordinates the page's content stream
 * draws in before any {@code cm}, ignoring the page's {@code /Rotate}; the origin is wherever the MediaBox puts
 * it, usually the lower-left corner), and the exemption code to print in its box.
 *
 * <p>Example: on a US Letter page ({@code [0 0 612 792]}) a name drawn in 12 pt Helvetica with its baseline at
 * {@code (72, 700)}, 60 pt wide, is covered by {@code new RedactionArea(0, 72, 697.5f, 132, 708.7f, "(b)(6)")}: the
 * first page, x from 72 to 132 and y from just under the baseline (the font's descent) to the ascent. Corners may
 * be given in any order; the record stores them normalised so that {@code x0 <= x1} and {@code y0 <= y1}.
 *
 * @param pageIndex zero-based page number
 * @param label exemption code printed in the box, e.g. {@code "(b)(6)"}; empty for none. Never the withheld value.
 */
public record RedactionArea(int pageIndex, float x0, float y0, float x1, float y1, String label) {

  public RedactionArea {
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex must be >= 0: " + pageIndex);
    }
    if (!Float.isFinite(x0) || !Float.isFinite(y0) || !Float.isFinite(x1) || !Float.isFinite(y1)) {
      throw new IllegalArgumentException("area corners must be finite numbers");
    }
    float lowX = Math.min(x0, x1);
    float lowY = Math.min(y0, y1);
    x1 = Math.max(x0, x1);
    y1 = Math.max(y0, y1);
    x0 = lowX;
    y0 = lowY;
    label = label == null ? "" : label;
  }

  /** Width in points. */
  public float width() {
    return x1 - x0;
  }

  /** Height in points. */
  public float height() {
    return y1 - y0;
  }
}
