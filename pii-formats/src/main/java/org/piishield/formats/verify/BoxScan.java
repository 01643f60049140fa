package org.piishield.formats.verify;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads one page's content (Form XObjects included) with PDFBox's graphics engine and collects the redaction
 * boxes (every {@code /PIIShieldRedaction} marked-content sequence: what it fills and what text it shows), how
 * many images the page draws, and whether any box may be covered, so the pixel check renders only such pages.
 * Shares no code with the redactor: the mark is the only contract.
 *
 * <p>A box may be covered ({@link Result#mayBeCovered()}) when, under the PDF imaging model, its pixels could
 * differ from its fill: something painted later in content order (a path, with its line width; an image; a
 * shading; a glyph, grown by its size) whose bounds touch an earlier box; a box filled with a constant alpha
 * below 1, a soft mask, a blend mode other than Normal, a clip not holding the whole box, or inside a Form XObject;
 * anything but the fill and the label inside a box's sequence; an annotation other than a link without an
 * appearance over a box. Conservative: a false "may be covered" only costs a rendering.
 *
 * <p>Example: a page with two boxes labelled {@code (b)(6)} and one scanned image drawn before them gives two
 * {@link RedactionBox}es numbered 1 and 2, {@code images() == 1} and {@code mayBeCovered() == false}; the same
 * image drawn after them, over the first box, gives {@code mayBeCovered() == true}. Not thread-safe; one per
 * page.
 */
final class BoxScan extends PDFGraphicsStreamEngine {
  static final COSName MARK = COSName.getPDFName("PIIShieldRedaction");

  private final int pageIndex;
  private final List<RedactionBox> boxes = new ArrayList<>();
  private final Deque<Boolean> marks = new ArrayDeque<>();
  private final List<Rectangle2D> path = new ArrayList<>();
  private final Point2D.Float current = new Point2D.Float();
  private Rectangle2D pathBounds;
  private int formDepth;
  private boolean covered;
  private int images;
  private int openBoxes;
  private Rectangle2D rect;
  private int fill;
  private StringBuilder label;
  private Rectangle2D labelBounds;
  private int labelColor;

  private BoxScan(PDPage page, int pageIndex) {
    super(page);
    this.pageIndex = pageIndex;
  }

  /** The boxes and image count of one page, and whether any box may be covered (see the class comment). */
  record Result(List<RedactionBox> boxes, int images, boolean mayBeCovered) {}

  static Result scan(PDPage page, int pageIndex) throws IOException {
    BoxScan scan = new BoxScan(page, pageIndex);
    scan.processPage(page);
    while (scan.openBoxes > 0) {
      scan.endMarkedContentSequence(); // an unbalanced BMC still yields its box
    }
    for (PDAnnotation a : page.getAnnotations()) {
      boolean paints = !"Link".equals(a.getSubtype()) || a.getAppearance() != null;
      PDRectangle r = a.getRectangle();
      if (paints && (r == null || scan.touchesBox(new Rectangle2D.Float(r.getLowerLeftX(), r.getLowerLeftY(),
          r.getWidth(), r.getHeight())))) {
        scan.covered = true;
      }
    }
    return new Result(List.copyOf(scan.boxes), scan.images, scan.covered && !scan.boxes.isEmpty());
  }

  private boolean touchesBox(Rectangle2D r) {
    for (RedactionBox b : boxes) {
      if (r.intersects(b.rect()) || b.rect().contains(r.getX(), r.getY())) {
        return true;
      }
    }
    return false;
  }

  /** Outside a box: flags a paint whose bounds touch an earlier box. Inside one: anything but the fill flags. */
  private void painted(Rectangle2D bounds) {
    if (openBoxes > 0) {
      covered = true;
    } else if (bounds == null || touchesBox(bounds)) {
      covered = true;
    }
  }

  private void addToPath(double x, double y) {
    if (pathBounds == null) {
      pathBounds = new Rectangle2D.Double(x, y, 0, 0);
    } else {
      pathBounds.add(x, y);
    }
  }

  private Rectangle2D grown(Rectangle2D r, double by) {
    return r == null ? null : new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by,
        r.getHeight() + 2 * by);
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    formDepth++;
    try {
      super.showForm(form);
    } finally {
      formDepth--;
    }
  }

  @Override
  public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
    formDepth++;
    try {
      super.showTransparencyGroup(form);
    } finally {
      formDepth--;
    }
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    boolean mark = MARK.equals(tag);
    marks.push(mark);
    if (mark && openBoxes++ == 0) {
      rect = null;
      fill = 0;
      label = new StringBuilder();
      labelBounds = null;
      labelColor = 0;
    }
  }

  @Override
  public void endMarkedContentSequence() {
    boolean mark = marks.isEmpty() ? openBoxes > 0 : marks.pop();
    if (mark && --openBoxes == 0 && rect != null) {
      boxes.add(new RedactionBox(pageIndex, boxes.size() + 1, rect, fill, label.toString().strip(), labelBounds,
          labelColor));
    }
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
    r.add(p1);
    r.add(p2);
    r.add(p3);
    path.add(r);
    addToPath(r.getMinX(), r.getMinY());
    addToPath(r.getMaxX(), r.getMaxY());
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    if (openBoxes > 0 && !path.isEmpty()) {
      for (Rectangle2D r : path) {
        if (rect == null) {
          rect = r;
        } else {
          rect.add(r);
        }
      }
      fill = rgb(getGraphicsState().getNonStrokingColor());
      PDGraphicsState gs = getGraphicsState();
      Rectangle2D clip = gs.getCurrentClippingPath().getBounds2D();
      if (gs.getNonStrokeAlphaConstant() < 1 || gs.getSoftMask() != null || gs.getBlendMode() != BlendMode.NORMAL
          || formDepth > 0 || !clip.contains(rect)) {
        covered = true;
      }
      for (RedactionBox earlier : boxes) {
        covered |= earlier.fill() != fill && earlier.rect().intersects(rect); // a box of another colour over it
      }
    } else if (openBoxes == 0) {
      painted(pathBounds);
    } else {
      covered = true; // a path filled inside a box that is not a rectangle
    }
    path.clear();
    pathBounds = null;
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    Rectangle2D stroked = grown(pathBounds, strokeWidth());
    fillPath(windingRule);
    painted(stroked);
  }

  @Override
  public void strokePath() throws IOException {
    painted(grown(pathBounds, strokeWidth()));
    path.clear();
    pathBounds = null;
  }

  /** The line width in page space (at least 1 pt: zero-width lines are one device pixel wide). */
  private double strokeWidth() {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    double scale = Math.max(Math.abs(ctm.getScalingFactorX()), Math.abs(ctm.getScalingFactorY()));
    return Math.max(1, getGraphicsState().getLineWidth() * scale) + 1;
  }

  @Override
  protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
    super.showGlyph(trm, font, code, displacement);
    float w = displacement.getX();
    Rectangle2D glyph = null;
    for (float[] corner : new float[][] {{0, -0.25f}, {w, -0.25f}, {w, 1f}, {0, 1f}}) {
      Point2D.Float p = trm.transformPoint(corner[0], corner[1]);
      if (glyph == null) {
        glyph = new Rectangle2D.Double(p.x, p.y, 0, 0);
      } else {
        glyph.add(p);
      }
    }
    if (openBoxes == 0) {
      // glyph outlines may reach past the em box: grow it by one em in every direction
      painted(grown(glyph, Math.max(Math.abs(trm.getScalingFactorX()), Math.abs(trm.getScalingFactorY()))));
      return;
    }
    String unicode = font.toUnicode(code);
    label.append(unicode == null ? "?" : unicode);
    if (labelBounds == null) {
      labelBounds = glyph;
    } else {
      labelBounds.add(glyph);
    }
    labelColor = rgb(getGraphicsState().getNonStrokingColor());
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Rectangle2D bounds = null;
    for (float[] corner : new float[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}}) {
      Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
      if (bounds == null) {
        bounds = new Rectangle2D.Double(p.x, p.y, 0, 0);
      } else {
        bounds.add(p);
      }
    }
    painted(grown(bounds, 1));
  }

  @Override
  public void shadingFill(COSName shadingName) {
    painted(getGraphicsState().getCurrentClippingPath().getBounds2D()); // sh paints the whole clip
  }

  @Override
  public void clip(int windingRule) {
    // clipping paths are not boxes; the path is consumed by the next painting operator or n
  }

  @Override
  public void moveTo(float x, float y) {
    current.setLocation(x, y);
    addToPath(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    current.setLocation(x, y);
    addToPath(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current.setLocation(x3, y3);
    addToPath(x1, y1); // a Bezier curve lies within the hull of its control points
    addToPath(x2, y2);
    addToPath(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    // nothing to track: only rectangles make boxes
  }

  @Override
  public void endPath() {
    path.clear();
    pathBounds = null;
  }

  private static int rgb(PDColor color) throws IOException {
    try {
      return color.toRGB() & 0xFFFFFF;
    } catch (UnsupportedOperationException | IOException e) {
      return -1; // a pattern or a colour space PDFBox cannot convert: never equal to a rendered pixel
    }
  }
}
