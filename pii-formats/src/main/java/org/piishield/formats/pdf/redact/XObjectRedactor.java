package org.piishield.formats.pdf.redact;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Redacts what a {@code Do} or an inline image draws under the page's areas.
 *
 * <p>A changed XObject is never edited in place: each affected use gets a redacted copy, registered in the
 * (page-private) resources under a fresh name, so other uses of the same XObject on this or other pages, which
 * draw it elsewhere, keep the original. The caller prunes resource entries no longer named by any {@code Do}, so
 * the unredacted original is written only if something else still draws it.
 *
 * <ul>
 *   <li>Form XObjects: the form's stream is rewritten by {@link ContentRewriter} with CTM {@code Matrix × CTM}
 *       and private copies of its resources; forms whose transformed /BBox misses every area are skipped.</li>
 *   <li>Image XObjects: decoded (masks not applied), the pixels under the areas painted with the fill colour,
 *       re-encoded losslessly (Flate), or as JPEG when the original was DCT. A soft mask is copied with the erased
 *       pixels made opaque, an explicit stencil /Mask with them painted; 1-bit stencil images (/ImageMask) get
 *       their bits set to "not painted".</li>
 * </ul>
 *
 * <p>Inline images are handled by {@link InlineImageRedactor}.
 */
final class XObjectRedactor {
  /** What to do with a {@code Do}: keep it, replace its name, or drop it (unreadable XObject under an area). */
  record Outcome(COSName replacement, boolean dropped) {
    static final Outcome KEEP = new Outcome(null, false);
    static final Outcome DROP = new Outcome(null, true);
  }

  private static final Rectangle2D UNIT = new Rectangle2D.Double(0, 0, 1, 1);

  /**
   * Largest image (in pixels) decoded for erasing: 64 M pixels is 256 MB as RGB, a 600 dpi A3 scan. Beyond it the
   * redaction fails rather than risk running out of memory on a decompression bomb.
   */
  static final long MAX_PIXELS = 64L * 1024 * 1024;

  private final PageRun run;
  private final ContentRewriter content;

  XObjectRedactor(PageRun run, ContentRewriter content) {
    this.run = run;
    this.content = content;
  }

  Outcome redact(COSName name, PDResources resources, GraphicsState gs, int depth) throws IOException {
    PDXObject xobject;
    try {
      xobject = resources == null ? null : resources.getXObject(name);
    } catch (IOException | RuntimeException e) {
      // Unreadable: we cannot tell what it draws, so it must not survive on a page being redacted.
      return Outcome.DROP;
    }
    if (xobject instanceof PDImageXObject image) {
      return image(image, resources, gs.ctm);
    }
    if (xobject instanceof PDFormXObject form) {
      return form(form, resources, gs, depth);
    }
    return Outcome.KEEP;
  }

  private Outcome image(PDImageXObject image, PDResources resources, AffineTransform ctm) throws IOException {
    if (!run.areas.hitsBounds(ctm.createTransformedShape(UNIT).getBounds2D())) {
      return Outcome.KEEP;
    }
    List<Rectangle> pixels = ImageEraser.pixelsUnder(run.areas, ctm, image.getWidth(), image.getHeight());
    if (pixels.isEmpty()) {
      return Outcome.KEEP;
    }
    PDImageXObject erased = erasedCopy(image, pixels, ctm);
    run.imagesErased++;
    return new Outcome(resources.add(erased, "Rdi"), false);
  }

  private PDImageXObject erasedCopy(PDImageXObject image, List<Rectangle> pixels, AffineTransform ctm)
      throws IOException {
    checkSize(image);
    if (image.isStencil()) {
      return stencilCopy(image, pixels, false);
    }
    Color fill = run.options.fill();
    BufferedImage painted = isDeviceGray(image) && ImageEraser.isGray(fill)
        ? ImageEraser.paintGray(image, pixels, fill.getRed())
        : ImageEraser.paintRgb(image.getOpaqueImage(), pixels, fill);
    boolean jpeg = image.getCOSObject().getFilters() != null
        && image.getCOSObject().getFilters().toString().contains(COSName.DCT_DECODE.getName());
    PDImageXObject copy = jpeg ? JPEGFactory.createFromImage(run.document, painted, 0.92f) : lossless(painted);
    // Masks have their own pixel grids, drawn over the same unit square: erase the same areas in them.
    PDImageXObject softMask = image.getSoftMask();
    if (softMask != null) {
      List<Rectangle> under = ImageEraser.pixelsUnder(run.areas, ctm, softMask.getWidth(), softMask.getHeight());
      BufferedImage alpha = ImageEraser.paintGray(softMask, under, 255);
      copy.getCOSObject().setItem(COSName.SMASK, lossless(alpha));
    }
    PDImageXObject mask = image.getMask();
    if (mask != null && mask.isStencil()) {
      List<Rectangle> under = ImageEraser.pixelsUnder(run.areas, ctm, mask.getWidth(), mask.getHeight());
      copy.getCOSObject().setItem(COSName.MASK, stencilCopy(mask, under, true));
    } // colour-key mask arrays are dropped: they name sample values of the original encoding
    return copy;
  }

  /**
   * Flate-encodes an image. Gray images are written from their raster: {@code LosslessFactory} reads them through
   * {@code getRGB}, which applies Java's linear-gray to sRGB curve and would change every level (alpha 10 became
   * 56).
   */
  private PDImageXObject lossless(BufferedImage image) throws IOException {
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      return LosslessFactory.createFromImage(run.document, image);
    }
    byte[] samples = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    COSStream stream = run.document.getDocument().createCOSStream();
    stream.setItem(COSName.TYPE, COSName.XOBJECT);
    stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
    stream.setInt(COSName.WIDTH, image.getWidth());
    stream.setInt(COSName.HEIGHT, image.getHeight());
    stream.setInt(COSName.BITS_PER_COMPONENT, 8);
    stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(samples);
    }
    return new PDImageXObject(new PDStream(stream), null);
  }

  private PDImageXObject stencilCopy(PDImageXObject stencil, List<Rectangle> pixels, boolean painted)
      throws IOException {
    byte[] bits = ImageEraser.eraseStencil(stencil, pixels, painted);
    COSStream original = stencil.getCOSObject();
    COSStream copy = run.document.getDocument().createCOSStream();
    for (COSName key : List.of(COSName.TYPE, COSName.SUBTYPE, COSName.WIDTH, COSName.HEIGHT, COSName.IMAGE_MASK,
        COSName.BITS_PER_COMPONENT, COSName.DECODE, COSName.INTERPOLATE)) {
      if (original.containsKey(key)) {
        copy.setItem(key, original.getItem(key));
      }
    }
    try (OutputStream out = copy.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(bits);
    }
    return new PDImageXObject(new PDStream(copy), null);
  }

  private Outcome form(PDFormXObject form, PDResources resources, GraphicsState gs, int depth) throws IOException {
    GraphicsState inner = gs.copy();
    inner.ctm.concatenate(form.getMatrix().createAffineTransform());
    PDRectangle bbox = form.getBBox();
    if (bbox != null && !run.areas.hitsBounds(inner.ctm.createTransformedShape(
        new Rectangle2D.Float(bbox.getLowerLeftX(), bbox.getLowerLeftY(), bbox.getWidth(), bbox.getHeight()))
        .getBounds2D())) {
      return Outcome.KEEP;
    }
    if (depth >= ContentRewriter.MAX_DEPTH) {
      return Outcome.DROP; // too deep (or a cycle): cannot prove it draws nothing under the area
    }
    PDResources own = form.getResources() != null ? form.getResources() : resources;
    PDResources copyResources = ResourceCopies.privateCopy(own, run.document);
    List<Object> tokens;
    try {
      tokens = new PDFStreamParser(form).parse();
    } catch (IOException | RuntimeException e) {
      return Outcome.DROP;
    }
    ContentRewriter.Result result = content.rewrite(tokens, copyResources, inner, depth + 1);
    if (!result.changed()) {
      return Outcome.KEEP;
    }
    ResourceCopies.prune(copyResources, ContentRewriter.xobjectNames(result.tokens()));
    COSStream original = form.getCOSObject();
    COSStream copy = run.document.getDocument().createCOSStream();
    for (COSName key : original.keySet()) {
      if (!key.equals(COSName.LENGTH) && !key.equals(COSName.FILTER) && !key.equals(COSName.DECODE_PARMS)
          && !key.equals(COSName.METADATA) && !key.equals(COSName.PIECE_INFO)) {
        copy.setItem(key, original.getItem(key));
      }
    }
    copy.setItem(COSName.RESOURCES, copyResources.getCOSObject());
    try (OutputStream out = copy.createOutputStream(COSName.FLATE_DECODE)) {
      ContentStreamWriter writer = new ContentStreamWriter(out);
      writer.writeTokens(result.tokens());
      for (int i = 0; i < result.openSaves(); i++) {
        writer.writeTokens(Operator.getOperator("Q"));
      }
    }
    run.formsRewritten++;
    return new Outcome(resources.add(new PDFormXObject(copy), "Rdf"), false);
  }

  static void checkSize(PDImage image) throws IOException {
    long pixels = (long) image.getWidth() * image.getHeight();
    if (image.getWidth() <= 0 || image.getHeight() <= 0 || pixels > MAX_PIXELS) {
      throw new IOException("image of " + image.getWidth() + " x " + image.getHeight()
          + " pixels under a redaction area cannot be erased (limit " + MAX_PIXELS + " pixels)");
    }
  }

  /** DeviceGray only: other one-component spaces (Separation, ICC gray) do not map samples to gray levels as is. */
  static boolean isDeviceGray(PDImage image) {
    try {
      return image.getColorSpace() instanceof PDDeviceGray;
    } catch (IOException | RuntimeException e) {
      return false; // unknown colour space: the RGB path converts whatever PDFBox can decode
    }
  }


}
