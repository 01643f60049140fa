package org.piishield.formats.redact.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.piishield.formats.PageBox;

/**
 * Burns redaction boxes into pixels: an opaque {@link #FILL} rectangle (never a blur or pixelation, which can be
 * reversed or read through), with its label drawn in {@link #INK} in the middle when the label fits.
 *
 * <p>Example: the word box {@code (120, 40)-(260, 80)} becomes the black rectangle {@code (116, 36)-(264, 84)}
 * ({@value #PAD} pixels of padding on every side, clipped to the image) with {@code (b)(6)} written inside it.
 * A label that would be smaller than {@value #MIN_LABEL_PX} pixels is left out: the box alone is drawn.
 *
 * <p>Stateless; each call draws on the image it is given (which must be of a type with true black and white, see
 * {@link RedactableImage}).
 */
final class BoxBurner {

  static final Color FILL = Color.BLACK;
  static final Color INK = Color.WHITE;
  /** Pixels added on every side of a box: OCR boxes hug the ink, anti-aliased edges reach a little further. */
  static final int PAD = 4;
  static final int MIN_LABEL_PX = 7;

  private BoxBurner() {}

  /** {@code box} grown by {@link #PAD} and clipped to a {@code width} x {@code height} image. */
  static Rectangle padded(PageBox box, int width, int height) {
    int x0 = Math.max(0, (int) Math.floor(box.x0()) - PAD);
    int y0 = Math.max(0, (int) Math.floor(box.y0()) - PAD);
    int x1 = Math.min(width, (int) Math.ceil(box.x1()) + PAD);
    int y1 = Math.min(height, (int) Math.ceil(box.y1()) + PAD);
    return new Rectangle(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
  }

  /**
   * Fills {@code area} and writes {@code label} (may be empty) inside it when it fits, never within {@link #PAD}
   * pixels of its edge.
   */
  static void burn(BufferedImage image, Rectangle area, String label) {
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(FILL);
      g.fillRect(area.x, area.y, area.width, area.height);
      Rectangle inner = new Rectangle(area.x + PAD, area.y + PAD, area.width - 2 * PAD, area.height - 2 * PAD);
      if (inner.width > 0 && inner.height > 0) {
        drawCentred(g, inner, label, 0.85f, 1f);
      }
    } finally {
      g.dispose();
    }
  }

  /** Fills the whole image and writes {@code "Page withheld in full under " + label} across it. */
  static void withholdPage(BufferedImage image, String label) {
    Graphics2D g = image.createGraphics();
    try {
      Rectangle all = new Rectangle(0, 0, image.getWidth(), image.getHeight());
      g.setColor(FILL);
      g.fillRect(all.x, all.y, all.width, all.height);
      int lineHeight = Math.max(MIN_LABEL_PX, image.getHeight() / 12);
      Rectangle band = new Rectangle(0, (image.getHeight() - lineHeight) / 2, image.getWidth(), lineHeight);
      drawCentred(g, band, "Page withheld in full under " + label, 0.8f, 0.85f);
    } finally {
      g.dispose();
    }
  }

  /**
   * Draws {@code text} centred in {@code area}, its font at most {@code heightShare} of the area's height and its
   * width at most {@code widthShare} of the area's width; nothing when it would be too small to read.
   */
  private static void drawCentred(Graphics2D g, Rectangle area, String text, float heightShare, float widthShare) {
    if (text == null || text.isEmpty()) {
      return;
    }
    float size = area.height * heightShare;
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size);
    FontMetrics m = g.getFontMetrics(font);
    float limit = area.width * widthShare;
    if (m.stringWidth(text) > limit) {
      size = size * limit / m.stringWidth(text);
    }
    // glyph widths do not scale exactly with the size: step down until it fits
    while (size >= MIN_LABEL_PX) {
      font = font.deriveFont(size);
      m = g.getFontMetrics(font);
      if (m.stringWidth(text) <= limit && m.getAscent() + m.getDescent() <= area.height) {
        break;
      }
      size *= 0.95f;
    }
    if (size < MIN_LABEL_PX) {
      return;
    }
    int width = m.stringWidth(text);
    g.setFont(font);
    g.setColor(INK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    int x = area.x + (area.width - width) / 2;
    int baseline = area.y + (area.height - (m.getAscent() + m.getDescent())) / 2 + m.getAscent();
    g.setClip(area);
    g.drawString(text, x, baseline);
  }
}
