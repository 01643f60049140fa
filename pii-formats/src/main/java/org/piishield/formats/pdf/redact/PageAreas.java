package org.piishield.formats.pdf.redact;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The areas of one page and the geometric tests against them, all in the page's default user space.
 *
 * <p>A glyph is hit when its midline crosses an area by more than {@link #EPSILON} points ({@link #hitsQuad}), so a
 * glyph that only touches an area's edge (the next word, computed from the same glyph widths) survives, any glyph
 * along the area is removed, and the lines above and below keep their glyphs. Other shapes (images, forms) hit when
 * their bounds overlap by more than {@link #EPSILON} in both directions.
 */
final class PageAreas {
  /** Overlap, in points, below which a shape merely touches an area. */
  static final double EPSILON = 0.01;

  private final List<RedactionArea> areas;

  PageAreas(List<RedactionArea> areas) {
    this.areas = List.copyOf(areas);
  }

  List<RedactionArea> areas() {
    return areas;
  }

  /**
   * Whether the glyph quadrilateral {@code p0 p1 p2 p3} (user space; {@code p0 -> p1} along the baseline, then up
   * the right side, along the top and down the left side) is hit: its midline, from the middle of its left side to
   * the middle of its right side, crosses an area by more than {@link #EPSILON}. So a glyph anywhere along an area
   * goes, even when only its edge is inside, while a glyph of the line above or below, whose font box reaches
   * into the area but whose middle stays outside, is kept (tightly set lines, LibreOffice's DejaVu at single
   * spacing). A zero-width mark is hit when its midpoint is inside.
   */
  boolean hitsQuad(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double ax = (p0.getX() + p3.getX()) / 2;
    double ay = (p0.getY() + p3.getY()) / 2;
    double bx = (p1.getX() + p2.getX()) / 2;
    double by = (p1.getY() + p2.getY()) / 2;
    for (RedactionArea a : areas) {
      Rectangle2D inner = new Rectangle2D.Double(a.x0() + EPSILON, a.y0() + EPSILON, a.width() - 2 * EPSILON,
          a.height() - 2 * EPSILON);
      if (inner.getWidth() > 0 && inner.getHeight() > 0 && inner.intersectsLine(ax, ay, bx, by)) {
        return true;
      }
    }
    return false;
  }

  /** One-dimensional overlap; an interval thinner than {@link #EPSILON} overlaps when it lies within the area. */
  private static boolean overlaps(double min, double max, float areaMin, float areaMax) {
    if (max - min < EPSILON) {
      return max >= areaMin && min <= areaMax;
    }
    return max > areaMin + EPSILON && min < areaMax - EPSILON;
  }

  /** Whether the rectangle overlaps any area (used to skip forms and images that cannot be affected). */
  boolean hitsBounds(Rectangle2D r) {
    for (RedactionArea a : areas) {
      if (overlaps(r.getMinX(), r.getMaxX(), a.x0(), a.x1()) && overlaps(r.getMinY(), r.getMaxY(), a.y0(), a.y1())) {
        return true;
      }
    }
    return false;
  }
}
