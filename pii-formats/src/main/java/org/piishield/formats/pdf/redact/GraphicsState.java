package org.piishield.formats.pdf.redact;

import java.awt.geom.AffineTransform;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The part of the PDF graphics state that decides where glyphs and images land: the CTM and the text state
 * (PDF 32000-1 §8.4, §9.3), plus the text and line matrices of the current text object. Mutable, one per walk of a
 * content stream; {@code q} pushes a {@link #copy()}.
 *
 * <p>Matrices use {@link AffineTransform}, whose {@code concatenate} applies its argument first, so the PDF product
 * {@code M × CTM} (operator {@code cm}) is {@code ctm.concatenate(M)}.
 */
final class GraphicsState {
  AffineTransform ctm = new AffineTransform();
  AffineTransform textMatrix = new AffineTransform();
  AffineTransform lineMatrix = new AffineTransform();
  PDFont font;
  COSName fontName;
  float fontSize;
  float charSpacing;
  float wordSpacing;
  /** Horizontal scaling as a factor: {@code Tz 100} is 1. */
  float horizontalScaling = 1f;
  float leading;
  float rise;
  int renderingMode;

  GraphicsState copy() {
    GraphicsState c = new GraphicsState();
    c.ctm = new AffineTransform(ctm);
    c.textMatrix = new AffineTransform(textMatrix);
    c.lineMatrix = new AffineTransform(lineMatrix);
    c.font = font;
    c.fontName = fontName;
    c.fontSize = fontSize;
    c.charSpacing = charSpacing;
    c.wordSpacing = wordSpacing;
    c.horizontalScaling = horizontalScaling;
    c.leading = leading;
    c.rise = rise;
    c.renderingMode = renderingMode;
    return c;
  }

  /** Text space to user space for the next glyph: {@code [Tfs×Th 0 0 Tfs 0 Trise] × Tm × CTM}. */
  AffineTransform textRenderingMatrix() {
    AffineTransform trm = new AffineTransform(ctm);
    trm.concatenate(textMatrix);
    trm.concatenate(new AffineTransform(fontSize * horizontalScaling, 0, 0, fontSize, 0, rise));
    return trm;
  }

  /** Moves the text position along the baseline by {@code tx} text space units (after a glyph or a TJ number). */
  void advance(double tx) {
    textMatrix.translate(tx, 0);
  }

  /** {@code Td}: a new line start offset from the current one. */
  void newLine(double tx, double ty) {
    lineMatrix.translate(tx, ty);
    textMatrix = new AffineTransform(lineMatrix);
  }
}
