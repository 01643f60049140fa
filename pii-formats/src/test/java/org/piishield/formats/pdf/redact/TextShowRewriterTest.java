package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.geom.AffineTransform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.junit.jupiter.api.Test;

/** Exact TJ arrays produced for known Helvetica widths (R 722, o 556, e 556, space 278). */
class TextShowRewriterTest {

  private static GraphicsState helvetica(float size) {
    GraphicsState gs = new GraphicsState();
    gs.font = PdfRedactorTextTest.HELVETICA;
    gs.fontSize = size;
    return gs;
  }

  private static String describe(List<Object> tokens) {
    StringBuilder s = new StringBuilder();
    for (Object t : tokens) {
      if (t instanceof COSArray a) {
        s.append('[');
        for (int i = 0; i < a.size(); i++) {
          COSBase e = a.get(i);
          s.append(i == 0 ? "" : " ");
          if (e instanceof COSString str) {
            s.append('(').append(new String(str.getBytes(), StandardCharsets.ISO_8859_1)).append(')');
          } else {
            s.append(Math.round(((COSNumber) e).floatValue()));
          }
        }
        s.append(']');
      } else {
        s.append(' ').append(t);
      }
    }
    return s.toString();
  }

  @Test
  void rewrite_wordInsideString_becomesAdvanceOfItsWidth() throws Exception {
    GraphicsState gs = helvetica(12);
    float start = Planted.width(gs.font, 12, "Jane ");
    float end = start + Planted.width(gs.font, 12, "Roe");
    PageAreas areas = new PageAreas(List.of(new RedactionArea(0, start, -3, end, 9, "")));
    TextShowRewriter rewriter = new TextShowRewriter(new GlyphGeometry(), areas);

    List<Object> tokens = rewriter.rewrite(List.of(new COSString("Jane Roe, clerk")), gs);

    assertEquals("[(Jane ) -1834 (, clerk)] PDFOperator{TJ}", describe(tokens).trim());
    assertEquals(3, rewriter.glyphsRemoved());
    assertEquals(Planted.width(gs.font, 12, "Jane Roe, clerk"), gs.textMatrix.getTranslateX(), 1e-4);
  }

  @Test
  void rewrite_withSpacingAndScaling_countsCharAndWordSpacingInTheAdvance() throws Exception {
    GraphicsState gs = helvetica(10);
    gs.charSpacing = 0.5f;
    gs.wordSpacing = 2f;
    gs.horizontalScaling = 0.8f;
    // "Jan" advances (5.00+0.5 + 5.56+0.5 + 5.56+0.5) x 0.8; "e R" is e, space, R.
    double startX = (5.00 + 0.5 + 5.56 + 0.5 + 5.56 + 0.5) * 0.8;
    double endX = startX + (5.56 + 0.5 + 2.78 + 0.5 + 2 + 7.22 + 0.5) * 0.8;
    PageAreas areas = new PageAreas(List.of(new RedactionArea(0, (float) startX + 0.02f, -3, (float) endX - 0.02f,
        9, "")));
    TextShowRewriter rewriter = new TextShowRewriter(new GlyphGeometry(), areas);

    List<Object> tokens = rewriter.rewrite(List.of(new COSString("Jane Roe")), gs);

    // -(5.56+0.5 + 2.78+0.5+2 + 7.22+0.5) x 1000 / 10
    assertEquals("[(Jan) -1906 (oe)] PDFOperator{TJ}", describe(tokens).trim());
  }

  @Test
  void rewrite_kernedArray_mergesKerningWithRemovedGlyphAdvance() throws Exception {
    GraphicsState gs = helvetica(10);
    // "Jane" is 21.68 pt, the -100 moves 1 pt right, so the space spans 22.68..25.46: the area hits only it.
    PageAreas areas = new PageAreas(List.of(new RedactionArea(0, 23.5f, -3, 24.5f, 9, "")));
    TextShowRewriter rewriter = new TextShowRewriter(new GlyphGeometry(), areas);

    List<Object> tokens = rewriter.rewrite(List.of(new COSString("Jane"), COSInteger.get(-100),
        new COSString(" Roe")), gs);

    assertEquals("[(Jane) -378 (Roe)] PDFOperator{TJ}", describe(tokens).trim());
    assertEquals(1, rewriter.glyphsRemoved());
  }

  @Test
  void rewrite_nothingUnderArea_returnsNullAndStillAdvances() throws Exception {
    GraphicsState gs = helvetica(12);
    gs.textMatrix = new AffineTransform(1, 0, 0, 1, 100, 700);
    PageAreas areas = new PageAreas(List.of(new RedactionArea(0, 0, 0, 50, 50, "")));
    TextShowRewriter rewriter = new TextShowRewriter(new GlyphGeometry(), areas);

    assertNull(rewriter.rewrite(List.of(new COSString("Clerk")), gs));
    assertEquals(100 + Planted.width(gs.font, 12, "Clerk"), gs.textMatrix.getTranslateX(), 1e-4);
  }

  @Test
  void rewrite_zeroFontSize_writesAdvanceAtTemporarySizeOne() throws Exception {
    GraphicsState gs = helvetica(0);
    gs.fontName = COSName.getPDFName("F1");
    gs.charSpacing = 3;
    PageAreas areas = new PageAreas(List.of(new RedactionArea(0, -1, -1, 1, 1, "")));
    TextShowRewriter rewriter = new TextShowRewriter(new GlyphGeometry(), areas);

    List<Object> tokens = rewriter.rewrite(List.of(new COSString("X")), gs);

    assertEquals("COSName{F1} COSInt{1} PDFOperator{Tf}[-3000] PDFOperator{TJ} COSName{F1} COSInt{0} PDFOperator{Tf}",
        describe(tokens).trim());
  }
}
