package org.piishield.formats.pdf.redact;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Overwrites the pixels of an image that lie under redaction areas, in the image's own samples.
 *
 * <p>An image drawn with CTM {@code M} fills the unit square mapped by {@code M}; its column {@code c} and row
 * {@code r} (row 0 at the top) cover {@code u in [c/w, (c+1)/w]}, {@code v in [1-(r+1)/h, 1-r/h]} of that square
 * (PDF 32000-1 §8.9.4). Each area is mapped back through {@code M⁻¹} and every pixel its bounding box touches is
 * painted, so a rotated or skewed placement erases a little more, never less. Pixels are painted solid, never
 * blurred.
 */
final class ImageEraser {

  private ImageEraser() {}

  /** The pixel rectangles of a {@code width × height} image drawn with {@code ctm} that lie under the areas. */
  static List<Rectangle> pixelsUnder(PageAreas areas, AffineTransform ctm, int width, int height) {
    List<Rectangle> out = new ArrayList<>();
    AffineTransform inverse;
    try {
      inverse = ctm.createInverse();
    } catch (NoninvertibleTransformException e) {
      return out; // a degenerate placement draws nothing
    }
    for (RedactionArea a : areas.areas()) {
      double u0 = Double.MAX_VALUE;
      double v0 = Double.MAX_VALUE;
      double u1 = -Double.MAX_VALUE;
      double v1 = -Double.MAX_VALUE;
      for (Point2D p : new Point2D[] {new Point2D.Double(a.x0(), a.y0()), new Point2D.Double(a.x1(), a.y0()),
          new Point2D.Double(a.x1(), a.y1()), new Point2D.Double(a.x0(), a.y1())}) {
        inverse.transform(p, p);
        u0 = Math.min(u0, p.getX());
        u1 = Math.max(u1, p.getX());
        v0 = Math.min(v0, p.getY());
        v1 = Math.max(v1, p.getY());
      }
      int c0 = floor(Math.max(0, u0) * width);
      int c1 = ceil(Math.min(1, u1) * width);
      int r0 = floor((1 - Math.min(1, v1)) * height);
      int r1 = ceil((1 - Math.max(0, v0)) * height);
      if (c1 > c0 && r1 > r0) {
        out.add(new Rectangle(c0, r0, c1 - c0, r1 - r0));
      }
    }
    return out;
  }

  /** Rounding that ignores the inverse matrix's float noise (a millionth of a pixel), so 19.9999999 is 20. */
  private static int floor(double v) {
    return (int) Math.floor(v + 1e-6);
  }

  private static int ceil(double v) {
    return (int) Math.ceil(v - 1e-6);
  }

  /**
   * A copy of the image decoded to sRGB (masks not applied) with the rectangles painted {@code fill}. Pixels are
   * copied with {@code getRGB}/{@code setRGB}, not drawn, so Java 2D applies no colour conversion to the rest.
   */
  static BufferedImage paintRgb(BufferedImage decoded, List<Rectangle> pixels, Color fill) {
    int w = decoded.getWidth();
    int h = decoded.getHeight();
    BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      decoded.getRGB(0, y, w, 1, row, 0, w);
      copy.setRGB(0, y, w, 1, row, 0, w);
    }
    int rgb = fill.getRGB();
    for (Rectangle r : pixels) {
      for (int y = r.y; y < Math.min(h, r.y + r.height); y++) {
        for (int x = r.x; x < Math.min(w, r.x + r.width); x++) {
          copy.setRGB(x, y, rgb);
        }
      }
    }
    return copy;
  }

  /**
   * The raw samples of a one-component image (DeviceGray, or a soft mask) scaled to 8 bits and with its /Decode
   * applied, the rectangles set to {@code value}. No colour conversion: a soft mask's alpha and a gray scan's
   * levels outside the rectangles stay exactly as they were (at 8 bits per component).
   */
  static BufferedImage paintGray(PDImage image, List<Rectangle> pixels, int value) throws IOException {
    WritableRaster raw = image.getRawRaster();
    int w = raw.getWidth();
    int h = raw.getHeight();
    int max = (1 << image.getBitsPerComponent()) - 1;
    COSArray decode = image.getDecode();
    boolean inverted = decode != null && decode.size() >= 2 && decode.get(0) instanceof COSNumber n
        && n.floatValue() == 1f;
    BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster out = copy.getRaster();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = raw.getSample(x, y, 0);
        out.setSample(x, y, 0, (inverted ? max - v : v) * 255 / max);
      }
    }
    for (Rectangle r : pixels) {
      for (int y = r.y; y < Math.min(h, r.y + r.height); y++) {
        for (int x = r.x; x < Math.min(w, r.x + r.width); x++) {
          out.setSample(x, y, 0, value);
        }
      }
    }
    return copy;
  }

  /** Whether {@code c} is a shade of gray, so a gray image can take it without becoming RGB. */
  static boolean isGray(Color c) {
    return c.getRed() == c.getGreen() && c.getGreen() == c.getBlue();
  }

  /**
   * The samples of a 1-bit mask with the rectangles set to "not painted" (1 under the default decode
   * {@code [0 1]}, 0 under {@code [1 0]}) or, with {@code painted}, the opposite. A stencil mask ({@code
   * /ImageMask}) is erased to not painted, so the fill colour no longer draws there; an image's explicit
   * {@code /Mask} to painted, so the erased pixels show. Either way the mask no longer holds the shape it had.
   */
  static byte[] eraseStencil(PDImage stencil, List<Rectangle> pixels, boolean painted) throws IOException {
    int width = stencil.getWidth();
    int height = stencil.getHeight();
    int stride = (width + 7) / 8;
    byte[] bits = new byte[stride * height];
    try (InputStream in = stencil.createInputStream()) {
      in.readNBytes(bits, 0, bits.length);
    }
    COSArray decode = stencil.getDecode();
    boolean inverted = decode != null && decode.size() >= 2 && decode.get(0) instanceof COSNumber n
        && n.floatValue() == 1f;
    for (Rectangle r : pixels) {
      for (int y = r.y; y < Math.min(height, r.y + r.height); y++) {
        for (int x = r.x; x < Math.min(width, r.x + r.width); x++) {
          int index = y * stride + (x >> 3);
          int mask = 0x80 >> (x & 7);
          bits[index] = (byte) (inverted != painted ? bits[index] & ~mask : bits[index] | mask);
        }
      }
    }
    return bits;
  }
}
