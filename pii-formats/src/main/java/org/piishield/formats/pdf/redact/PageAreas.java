package org.piishield.formats.pdf.redact;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The areas of one page and the geometric tests against them, all in the page's default user space.
 *
 * <p>A shape hits an area when they overlap by more than {@link #EPSILON} points in both directions, so a glyph
 * that only touches an area's edge (the next word, computed from the same glyph widths) survives while any glyph
 * with ink inside it is removed. Degenerate shapes (zero-width marks, zero font size) hit when their bounds do.
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

  /** Whether the quadrilateral {@code p0 p1 p2 p3} (user space, in order around it) overlaps any area. */
  boolean hitsQuad(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    boolean axisAligned = isAxisAligned(p0, p1, p2);
    Path2D.Double quad = null;
    for (RedactionArea a : areas) {
      if (!overlaps(minX, maxX, a.x0(), a.x1()) || !overlaps(minY, maxY, a.y0(), a.y1())) {
        continue;
      }
      if (axisAligned || maxX - minX < EPSILON || maxY - minY < EPSILON) {
        return true;
      }
      if (quad == null) {
        quad = new Path2D.Double();
        quad.moveTo(p0.getX(), p0.getY());
        quad.lineTo(p1.getX(), p1.getY());
        quad.lineTo(p2.getX(), p2.getY());
        quad.lineTo(p3.getX(), p3.getY());
        quad.closePath();
      }
      if (quad.intersects(a.x0() + EPSILON, a.y0() + EPSILON, a.width() - 2 * EPSILON, a.height() - 2 * EPSILON)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAxisAligned(Point2D p0, Point2D p1, Point2D p2) {
    double tolerance = 1e-9;
    return (Math.abs(p0.getY() - p1.getY()) < tolerance && Math.abs(p1.getX() - p2.getX()) < tolerance)
        || (Math.abs(p0.getX() - p1.getX()) < tolerance && Math.abs(p1.getY() - p2.getY()) < tolerance);
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
