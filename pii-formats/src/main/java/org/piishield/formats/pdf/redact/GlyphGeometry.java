package org.piishield.formats.pdf.redact;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.util.Matrix;

/**
 * Where a glyph lies: its box in text space is {@code [0, advance] × [descent, ascent]}, which the text rendering
 * matrix maps to a quadrilateral in user space. Caches each font's vertical extent; one instance per redaction
 * run, not thread-safe.
 *
 * <p>Example: 12 pt Helvetica (ascent 718, descent -207 per its AFM) drawing "A" (advance 667) at {@code (72, 700)}
 * gives the box {@code x 72..80.0, y 697.5..708.6}.
 */
final class GlyphGeometry {
  /** Used when a font reports neither a sane ascent/descent nor a bounding box. */
  private static final float[] DEFAULT_EXTENT = {-0.25f, 0.75f};

  private final Map<PDFont, float[]> extents = new IdentityHashMap<>();

  /**
   * The glyph's advance in text space units before font size and horizontal scaling (the PDF spec's {@code w0});
   * for Type 3 fonts this is already scaled by the font matrix. Unknown fonts count half an em per code.
   */
  static double advance(PDFont font, int code) throws IOException {
    if (font == null) {
      return 0.5;
    }
    return font.getDisplacement(code).getX();
  }

  /**
   * The four user-space corners of a glyph box spanning {@code [left, right]} horizontally and the font's extent
   * shifted by {@code shiftY} vertically, in the text space the rendering matrix {@code trm} maps. Horizontal
   * writing uses {@code [0, w0]} and no shift; vertical writing the position vector (see {@link TextShowRewriter}).
   */
  Point2D[] quad(AffineTransform trm, PDFont font, double left, double right, double shiftY) {
    float[] extent = extent(font);
    Point2D[] corners = {
      new Point2D.Double(left, extent[0] + shiftY),
      new Point2D.Double(right, extent[0] + shiftY),
      new Point2D.Double(right, extent[1] + shiftY),
      new Point2D.Double(left, extent[1] + shiftY)
    };
    for (Point2D c : corners) {
      trm.transform(c, c);
    }
    return corners;
  }

  /** {@code {low, high}} in text space units (a 1 pt font): {@code {descent, ascent}} unless the font flips y. */
  float[] extent(PDFont font) {
    if (font == null) {
      return DEFAULT_EXTENT;
    }
    return extents.computeIfAbsent(font, GlyphGeometry::measure);
  }

  private static float[] measure(PDFont font) {
    Matrix fm = font.getFontMatrix();
    // A Type 3 font matrix may flip y; the box then lies on the other side of the baseline.
    float scaleY = fm.getScaleY() != 0 ? fm.getScaleY() : 0.001f;
    float ascent = 0;
    float descent = 0;
    PDFontDescriptor fd = font.getFontDescriptor();
    if (fd != null) {
      ascent = fd.getAscent();
      descent = fd.getDescent();
    }
    if (ascent <= 0 || descent > 0) {
      BoundingBox bbox = boundingBox(font);
      if (bbox != null && bbox.getUpperRightY() > bbox.getLowerLeftY()) {
        ascent = ascent > 0 ? ascent : bbox.getUpperRightY();
        descent = descent < 0 ? descent : Math.min(0, bbox.getLowerLeftY());
      }
    }
    if (ascent <= 0) {
      return DEFAULT_EXTENT;
    }
    float low = Math.min(0, descent) * scaleY;
    float high = ascent * scaleY;
    return new float[] {Math.min(low, high), Math.max(low, high)};
  }

  private static BoundingBox boundingBox(PDFont font) {
    try {
      return font.getBoundingBox();
    } catch (IOException | RuntimeException e) {
      return null; // a damaged font program: fall back to the default extent
    }
  }
}
