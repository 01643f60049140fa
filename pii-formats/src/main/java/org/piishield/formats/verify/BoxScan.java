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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads one page's content (Form XObjects included) with PDFBox's graphics engine and collects the redaction
 * boxes (every {@code /PIIShieldRedaction} marked-content sequence: what it fills and what text it shows) and how
 * many images the page draws. Shares no code with the redactor: the mark is the only contract.
 *
 * <p>Example: a page with two boxes labelled {@code (b)(6)} and one scanned image gives two {@link RedactionBox}es
 * numbered 1 and 2 and {@code images() == 1}. Not thread-safe; one per page.
 */
final class BoxScan extends PDFGraphicsStreamEngine {
  static final COSName MARK = COSName.getPDFName("PIIShieldRedaction");

  private final int pageIndex;
  private final List<RedactionBox> boxes = new ArrayList<>();
  private final Deque<Boolean> marks = new ArrayDeque<>();
  private final List<Rectangle2D> path = new ArrayList<>();
  private final Point2D.Float current = new Point2D.Float();
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

  /** The boxes and image count of one page. */
  record Result(List<RedactionBox> boxes, int images) {}

  static Result scan(PDPage page, int pageIndex) throws IOException {
    BoxScan scan = new BoxScan(page, pageIndex);
    scan.processPage(page);
    while (scan.openBoxes > 0) {
      scan.endMarkedContentSequence(); // an unbalanced BMC still yields its box
    }
    return new Result(List.copyOf(scan.boxes), scan.images);
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
    }
    path.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    fillPath(windingRule);
  }

  @Override
  protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
    super.showGlyph(trm, font, code, displacement);
    if (openBoxes == 0) {
      return;
    }
    String unicode = font.toUnicode(code);
    label.append(unicode == null ? "?" : unicode);
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
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // a shading paints over whatever is below; the pixel check sees it when it covers a box
  }

  @Override
  public void clip(int windingRule) {
    // clipping paths are not boxes; the path is consumed by the next painting operator or n
  }

  @Override
  public void moveTo(float x, float y) {
    current.setLocation(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    current.setLocation(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current.setLocation(x3, y3);
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
  }

  @Override
  public void strokePath() {
    path.clear();
  }

  private static int rgb(PDColor color) throws IOException {
    try {
      return color.toRGB() & 0xFFFFFF;
    } catch (UnsupportedOperationException | IOException e) {
      return -1; // a pattern or a colour space PDFBox cannot convert: never equal to a rendered pixel
    }
  }
}
