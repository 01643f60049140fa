package org.piishield.formats.pdf.redact;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;

/**
 * Erases the pixels of an inline image ({@code BI … ID … EI}) under the page's areas, as {@link XObjectRedactor}
 * does for image XObjects, and writes the result back inline: 8-bit DeviceGray or RGB samples (a 1-bit stencil
 * stays a stencil), Flate-compressed and then ASCII-hex encoded ({@code /F [/AHx /Fl]}) so the data can never
 * contain the bytes {@code EI} that end an inline image.
 */
final class InlineImageRedactor {
  private static final Rectangle2D UNIT = new Rectangle2D.Double(0, 0, 1, 1);

  private final PageRun run;

  InlineImageRedactor(PageRun run) {
    this.run = run;
  }

  /** A redacted inline image operator, or null when the image lies outside every area. */
  Operator redact(Operator bi, PDResources resources, GraphicsState gs) throws IOException {
    if (!run.areas.hitsBounds(gs.ctm.createTransformedShape(UNIT).getBounds2D())) {
      return null;
    }
    PDInlineImage image = new PDInlineImage(bi.getImageParameters(), bi.getImageData(), resources);
    XObjectRedactor.checkSize(image);
    List<Rectangle> pixels = ImageEraser.pixelsUnder(run.areas, gs.ctm, image.getWidth(), image.getHeight());
    if (pixels.isEmpty()) {
      return null;
    }
    COSDictionary params = new COSDictionary();
    params.setInt(COSName.W, image.getWidth());
    params.setInt(COSName.H, image.getHeight());
    byte[] samples;
    if (image.isStencil()) {
      samples = ImageEraser.eraseStencil(image, pixels, false);
      params.setItem(COSName.IM, COSBoolean.TRUE);
      params.setInt(COSName.BPC, 1);
      if (image.getDecode() != null) {
        params.setItem(COSName.D, image.getDecode());
      }
    } else {
      Color fill = run.options.fill();
      boolean gray = XObjectRedactor.isDeviceGray(image) && ImageEraser.isGray(fill);
      BufferedImage painted = gray ? ImageEraser.paintGray(image, pixels, fill.getRed())
          : ImageEraser.paintRgb(image.getImage(), pixels, fill);
      samples = samples(painted, gray);
      params.setInt(COSName.BPC, 8);
      params.setItem(COSName.CS, gray ? COSName.G : COSName.RGB);
    }
    COSArray filters = new COSArray();
    filters.add(COSName.getPDFName("AHx"));
    filters.add(COSName.getPDFName("Fl"));
    params.setItem(COSName.F, filters);
    Operator out = Operator.getOperator("BI");
    out.setImageParameters(params);
    out.setImageData(hex(deflate(samples)));
    run.imagesErased++;
    return out;
  }

  private static byte[] samples(BufferedImage image, boolean gray) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] out = new byte[w * h * (gray ? 1 : 3)];
    int i = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = image.getRGB(x, y);
        if (gray) {
          out[i++] = (byte) image.getRaster().getSample(x, y, 0);
        } else {
          out[i++] = (byte) (rgb >> 16);
          out[i++] = (byte) (rgb >> 8);
          out[i++] = (byte) rgb;
        }
      }
    }
    return out;
  }

  private static byte[] deflate(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private static byte[] hex(byte[] data) {
    byte[] out = new byte[data.length * 2 + 1];
    byte[] digits = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < data.length; i++) {
      out[2 * i] = digits[(data[i] >> 4) & 0xF];
      out[2 * i + 1] = digits[data[i] & 0xF];
    }
    out[out.length - 1] = '>';
    return out;
  }
}
