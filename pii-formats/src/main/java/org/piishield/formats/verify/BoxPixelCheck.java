package org.piishield.formats.verify;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Check {@code box-pixels}: renders every page that has redaction boxes ({@code pdftoppm}, {@value #DPI} dpi, no
 * anti-aliasing: a pixel is 2 pt, and edges are crisp) and requires each box's interior, inset by {@value #INSET}
 * pixel, to be the box's fill colour, except where a
 * label is drawn (any box's label bounds, grown by one pixel), where only blends of the fill and that label's
 * colour are allowed. Anything painted over a box (an image, text, a shape, a transparent box) shows up as
 * other pixels: {@code page 3: redaction box 2 has 140 non-fill pixels}.
 *
 * <p>A channel may differ from the expected colour by {@value #TOLERANCE} (rendering rounding).
 */
final class BoxPixelCheck {
  /* 36 dpi without anti-aliasing renders a page of text about 5 times faster than 72 dpi with it (500 Letter pages:
     2.4 s against 12.5 s on the shared 2-core machine, load 11), and still puts 5 rows of pixels in a box around
     11 pt text. */
  static final int DPI = 36;
  static final int INSET = 1;
  static final int TOLERANCE = 24;

  private BoxPixelCheck() {}

  static CheckResult run(Path pdf, PDDocument doc, Map<Integer, List<RedactionBox>> boxesByPage) throws IOException {
    Map<Integer, PageRaster> rasters = PageRenders.render(pdf, boxesByPage.keySet(), DPI, false);
    List<String> residues = new ArrayList<>();
    for (Map.Entry<Integer, List<RedactionBox>> e : new TreeMap<>(boxesByPage).entrySet()) {
      PageRaster raster = rasters.get(e.getKey());
      if (raster == null) {
        residues.add("page " + (e.getKey() + 1) + ": could not be rendered to check its redaction boxes");
        continue;
      }
      PageMapping map = new PageMapping(doc.getPage(e.getKey()), raster);
      List<Rectangle2D> labels = new ArrayList<>();
      List<int[]> labelColors = new ArrayList<>();
      for (RedactionBox b : e.getValue()) {
        if (b.labelBounds() != null) {
          Rectangle2D r = map.toPixels(b.labelBounds());
          labels.add(new Rectangle2D.Double(r.getX() - 1, r.getY() - 1, r.getWidth() + 2, r.getHeight() + 2));
          labelColors.add(new int[] {b.fill(), b.labelColor()});
        }
      }
      for (RedactionBox b : e.getValue()) {
        Rectangle2D box = map.toPixels(b.rect());
        List<Rectangle2D> near = new ArrayList<>();
        List<int[]> nearColors = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
          if (labels.get(i).intersects(box)) {
            near.add(labels.get(i));
            nearColors.add(labelColors.get(i));
          }
        }
        int bad = nonFill(raster, box, b.fill(), near, nearColors);
        if (bad > 0) {
          residues.add("page " + (b.page() + 1) + ": redaction box " + b.number() + " has " + bad
              + " non-fill pixels");
        }
      }
    }
    return CheckResult.of("box-pixels", residues);
  }

  private static int nonFill(PageRaster raster, Rectangle2D box, int fill, List<Rectangle2D> labels,
      List<int[]> labelColors) {
    int x0 = Math.max(0, (int) Math.ceil(box.getMinX()) + INSET);
    int x1 = Math.min(raster.width() - 1, (int) Math.floor(box.getMaxX()) - 1 - INSET);
    int y0 = Math.max(0, (int) Math.ceil(box.getMinY()) + INSET);
    int y1 = Math.min(raster.height() - 1, (int) Math.floor(box.getMaxY()) - 1 - INSET);
    int bad = 0;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        int rgb = raster.rgb(x, y);
        if (fill >= 0 && close(rgb, fill)) {
          continue;
        }
        boolean blend = false;
        for (int i = 0; i < labels.size() && !blend; i++) {
          int[] c = labelColors.get(i);
          blend = labels.get(i).contains(x + 0.5, y + 0.5) && c[0] >= 0 && c[1] >= 0 && onSegment(rgb, c[0], c[1]);
        }
        if (!blend) {
          bad++;
        }
      }
    }
    return bad;
  }

  private static boolean close(int a, int b) {
    return Math.abs(r(a) - r(b)) <= TOLERANCE && Math.abs(g(a) - g(b)) <= TOLERANCE
        && Math.abs(bl(a) - bl(b)) <= TOLERANCE;
  }

  /** Whether {@code p} lies within {@link #TOLERANCE} of the RGB segment from {@code a} to {@code b}. */
  private static boolean onSegment(int p, int a, int b) {
    double dx = r(b) - r(a);
    double dy = g(b) - g(a);
    double dz = bl(b) - bl(a);
    double len2 = dx * dx + dy * dy + dz * dz;
    double t = len2 == 0 ? 0
        : Math.max(0, Math.min(1, ((r(p) - r(a)) * dx + (g(p) - g(a)) * dy + (bl(p) - bl(a)) * dz) / len2));
    double ex = r(a) + t * dx - r(p);
    double ey = g(a) + t * dy - g(p);
    double ez = bl(a) + t * dz - bl(p);
    return ex * ex + ey * ey + ez * ez <= (double) TOLERANCE * TOLERANCE;
  }

  private static int r(int rgb) {
    return rgb >> 16 & 0xFF;
  }

  private static int g(int rgb) {
    return rgb >> 8 & 0xFF;
  }

  private static int bl(int rgb) {
    return rgb & 0xFF;
  }

  /** Default user space of one page to the pixels of its rendering (MediaBox, /Rotate clockwise). */
  private static final class PageMapping {
    private final PDRectangle media;
    private final int rotation;
    private final double scale;

    PageMapping(PDPage page, PageRaster raster) {
      this.media = page.getMediaBox();
      this.rotation = ((page.getRotation() % 360) + 360) % 360;
      boolean sideways = rotation == 90 || rotation == 270;
      this.scale = raster.width() / (double) (sideways ? media.getHeight() : media.getWidth());
    }

    Rectangle2D toPixels(Rectangle2D r) {
      double[] a = point(r.getMinX(), r.getMinY());
      double[] b = point(r.getMaxX(), r.getMaxY());
      return new Rectangle2D.Double(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]),
          Math.abs(a[1] - b[1]));
    }

    private double[] point(double x, double y) {
      double x0 = media.getLowerLeftX();
      double y0 = media.getLowerLeftY();
      double x1 = media.getUpperRightX();
      double y1 = media.getUpperRightY();
      double u;
      double v;
      switch (rotation) {
        case 90 -> {
          u = y - y0;
          v = x - x0;
        }
        case 180 -> {
          u = x1 - x;
          v = y - y0;
        }
        case 270 -> {
          u = y1 - y;
          v = x1 - x;
        }
        default -> {
          u = x - x0;
          v = y1 - y;
        }
      }
      return new double[] {u * scale, v * scale};
    }
  }
}
