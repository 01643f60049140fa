package org.piishield.formats.pdf.redact;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Vector;

/**
 * Removes the glyphs of one text-showing operation ({@code Tj}, {@code TJ}, {@code '}, {@code "}) whose boxes hit
 * an area, and keeps every other glyph exactly where it was.
 *
 * <p>Each string is split into character codes with {@link PDFont#readCode} (one byte for simple fonts, one to four
 * for Type 0 fonts per their CMap). Kept codes stay together in strings; each removed glyph's advance
 * {@code tx = (w0·Tfs + Tc + Tw)·Th} becomes a TJ number {@code -tx·1000 / (Tfs·Th)}, so the text position after
 * the operation, and every later glyph, is unchanged. Example: removing "Roe" from {@code [(Jane Roe, clerk)] TJ}
 * in 12 pt Helvetica gives {@code [(Jane ) -1834 (, clerk)] TJ}.
 *
 * <p>Vertical writing (a Type 0 font with an {@code -V} CMap) works the same along y: advances are {@code w1}
 * (negative, downwards), TJ numbers move vertically, and each glyph's box sits at its position vector, centred on
 * the vertical origin (PDF 32000-1 §9.7.4.3).
 *
 * <p>With a zero font size an advance cannot be written as a TJ number, so it is written as a TJ number at a
 * temporary font size of 1 ({@code /F 1 Tf [n] TJ /F 0 Tf}).
 */
final class TextShowRewriter {
  private static final Operator TJ = Operator.getOperator("TJ");
  private static final Operator TF = Operator.getOperator("Tf");

  private final GlyphGeometry geometry;
  private final PageAreas areas;
  private int glyphsRemoved;

  TextShowRewriter(GlyphGeometry geometry, PageAreas areas) {
    this.geometry = geometry;
    this.areas = areas;
  }

  int glyphsRemoved() {
    return glyphsRemoved;
  }

  /**
   * Walks the elements (strings and numbers, as in a TJ array) advancing {@code gs}'s text matrix, and returns the
   * tokens that replace the show operation, or null when no glyph was removed (keep the original operation).
   */
  List<Object> rewrite(List<COSBase> elements, GraphicsState gs) throws IOException {
    Output out = new Output(gs);
    boolean removedAny = false;
    PDFont font = gs.font;
    PDType0Font vertical = font instanceof PDType0Font t && t.isVertical() ? t : null;
    for (COSBase element : elements) {
      if (element instanceof COSNumber n) {
        float adjust = n.floatValue();
        if (vertical != null) {
          gs.textMatrix.translate(0, -adjust / 1000.0 * gs.fontSize);
        } else {
          gs.advance(-adjust / 1000.0 * gs.fontSize * gs.horizontalScaling);
        }
        out.adjust(adjust);
      } else if (element instanceof COSString s) {
        byte[] bytes = s.getBytes();
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        int pos = 0;
        while (in.available() > 0) {
          int code = font == null ? in.read() : font.readCode(in);
          int end = bytes.length - in.available();
          if (end <= pos) {
            break; // a font that consumed nothing: stop rather than loop
          }
          double spacing = gs.charSpacing + (end - pos == 1 && code == 32 ? gs.wordSpacing : 0);
          AffineTransform trm = gs.textRenderingMatrix();
          // w is the advance along the writing direction: w0 (horizontal) or w1 (vertical, negative = down).
          double w;
          Point2D[] q;
          if (vertical != null) {
            w = vertical.getDisplacement(code).getY();
            Vector origin = vertical.getPositionVector(code);
            double left = origin.getX();
            q = geometry.quad(trm, font, left, left + vertical.getWidth(code) / 1000.0, origin.getY());
          } else {
            w = GlyphGeometry.advance(font, code);
            q = geometry.quad(trm, font, 0, w, 0);
          }
          if (areas.hitsQuad(q[0], q[1], q[2], q[3])) {
            removedAny = true;
            glyphsRemoved++;
            out.skip(w, spacing);
          } else {
            out.keep(bytes, pos, end);
          }
          if (vertical != null) {
            gs.textMatrix.translate(0, w * gs.fontSize + spacing);
          } else {
            gs.advance((w * gs.fontSize + spacing) * gs.horizontalScaling);
          }
          pos = end;
        }
      }
    }
    return removedAny ? out.tokens() : null;
  }

  /** Builds the replacement TJ array(s), merging adjacent numbers and adjacent kept bytes. */
  private static final class Output {
    private final GraphicsState gs;
    private final List<Object> tokens = new ArrayList<>();
    private COSArray array = new COSArray();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private double pendingAdjust;

    Output(GraphicsState gs) {
      this.gs = gs;
    }

    void adjust(double thousandths) {
      flushKept();
      pendingAdjust += thousandths;
    }

    void keep(byte[] bytes, int from, int to) {
      flushAdjust();
      kept.write(bytes, from, to - from);
    }

    void skip(double w0, double spacing) {
      if (gs.fontSize != 0) {
        adjust(-(w0 * gs.fontSize + spacing) * 1000.0 / gs.fontSize);
        return;
      }
      flushKept();
      flushAdjust();
      if (spacing != 0 && gs.fontName != null) {
        // Tfs = 0: write the advance at a temporary size of 1 (see class doc).
        flushArray();
        tokens.add(gs.fontName);
        tokens.add(COSInteger.ONE);
        tokens.add(TF);
        COSArray one = new COSArray();
        one.add(new COSFloat((float) (-spacing * 1000.0)));
        tokens.add(one);
        tokens.add(TJ);
        tokens.add(gs.fontName);
        tokens.add(COSInteger.ZERO);
        tokens.add(TF);
      }
    }

    private void flushKept() {
      if (kept.size() > 0) {
        array.add(new COSString(kept.toByteArray()));
        kept.reset();
      }
    }

    private void flushAdjust() {
      if (pendingAdjust != 0) {
        array.add(new COSFloat((float) pendingAdjust));
        pendingAdjust = 0;
      }
    }

    private void flushArray() {
      if (array.size() > 0) {
        tokens.add(array);
        tokens.add(TJ);
        array = new COSArray();
      }
    }

    List<Object> tokens() {
      flushKept();
      flushAdjust();
      flushArray();
      return tokens;
    }
  }
}
