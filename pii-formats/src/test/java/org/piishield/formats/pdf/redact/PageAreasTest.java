package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.OutputStream;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;

/** Geometry: when a glyph box hits an area, which image pixels lie under it, where a flattened annotation lands. */
class PageAreasTest {
  private final PageAreas areas = new PageAreas(List.of(new RedactionArea(0, 100, 700, 160, 712, "")));

  private static Point2D p(double x, double y) {
    return new Point2D.Double(x, y);
  }

  private boolean hits(double x0, double y0, double x1, double y1) {
    return areas.hitsQuad(p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1));
  }

  @Test
  void hitsQuad_boxTouchingEdge_isNotHit() {
    assertFalse(hits(160, 700, 166, 712), "next glyph starts where the area ends");
    assertFalse(hits(94, 700, 100, 712), "previous glyph ends where the area starts");
    assertFalse(hits(100, 712, 110, 724), "line above touches the top");
    assertFalse(hits(159.995, 700, 166, 712), "overlap of 0.005 pt is float noise");
  }

  @Test
  void hitsQuad_glyphAlongTheAreaByMoreThanEpsilon_isHit() {
    assertTrue(hits(159.9, 700, 166, 712), "its left edge is inside");
    assertTrue(hits(120, 698, 126, 716), "a taller glyph whose middle is inside");
    assertTrue(hits(90, 690, 200, 720), "a glyph larger than the area");
  }

  @Test
  void hitsQuad_glyphOfTheLineAboveOrBelowReachingIn_isKept() {
    // single-spaced 12 pt DejaVu: the font box of the next line overlaps the area by 2 pt, its middle stays out
    assertFalse(hits(120, 710, 126, 724), "line above");
    assertFalse(hits(120, 688, 126, 702), "line below");
    assertFalse(hits(120, 711.9, 126, 724));
  }

  @Test
  void hitsQuad_zeroWidthMarkInside_isHit() {
    assertTrue(hits(130, 700, 130, 712));
    assertFalse(hits(170, 700, 170, 712));
  }

  @Test
  void hitsQuad_rotatedGlyphWhoseBoundsOverlapButShapeMisses_isNotHit() {
    // A diamond around (176, 706): its bounding box reaches x 164 but the shape lies right of the area.
    assertFalse(areas.hitsBounds(new Rectangle2D.Double(164, 694, 24, 24)));
    assertTrue(areas.hitsBounds(new Rectangle2D.Double(154, 694, 24, 24)));
    assertFalse(areas.hitsQuad(p(176, 694), p(188, 706), p(176, 718), p(164, 706)));
    assertFalse(areas.hitsQuad(p(166, 694), p(178, 706), p(166, 718), p(154, 706)),
        "only its left tip is inside: its midline from (160, 700) runs outside the area");
    assertTrue(areas.hitsQuad(p(162, 694), p(174, 706), p(162, 718), p(150, 706)), "its midline enters at (156, 700)");
  }

  @Test
  void pixelsUnder_imageAtOnePixelPerPoint_coversTheAreaRoundedOutwards() {
    // 200 x 50 image drawn at (80, 680): column = x - 80, row = 730 - y.
    AffineTransform ctm = new AffineTransform(200, 0, 0, 50, 80, 680);
    List<Rectangle> pixels = ImageEraser.pixelsUnder(areas, ctm, 200, 50);
    assertEquals(List.of(new Rectangle(20, 18, 60, 12)), pixels);
  }

  @Test
  void pixelsUnder_areaPastTheImageEdge_isClipped() {
    AffineTransform ctm = new AffineTransform(40, 0, 0, 40, 130, 705); // 40 x 40 image at (130, 705)
    assertEquals(List.of(new Rectangle(0, 33, 30, 7)), ImageEraser.pixelsUnder(areas, ctm, 40, 40));
  }

  @Test
  void pixelsUnder_flippedImage_mapsRowsBottomUp() {
    // d < 0: row 0 at the bottom of the placement.
    AffineTransform ctm = new AffineTransform(200, 0, 0, -50, 80, 730);
    assertEquals(List.of(new Rectangle(20, 20, 60, 12)), ImageEraser.pixelsUnder(areas, ctm, 200, 50));
  }

  @Test
  void area_cornersInAnyOrder_areNormalised() {
    RedactionArea a = new RedactionArea(2, 50, 80, 10, 20, null);
    assertEquals(new RedactionArea(2, 10, 20, 50, 80, ""), a);
    assertEquals(40, a.width());
    assertThrows(IllegalArgumentException.class, () -> new RedactionArea(-1, 0, 0, 1, 1, ""));
    assertThrows(IllegalArgumentException.class, () -> new RedactionArea(0, Float.NaN, 0, 1, 1, ""));
  }

  @Test
  void eraseStencil_defaultAndInvertedDecode_setsTheNotPaintedBit() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      byte[] zeros = new byte[2 * 3]; // 12 x 3 pixels, 2 bytes per row, all painted under [0 1]
      COSStream stream = doc.getDocument().createCOSStream();
      try (OutputStream out = stream.createOutputStream()) {
        out.write(zeros);
      }
      PDImageXObject stencil = new PDImageXObject(new PDStream(stream), null);
      stencil.setWidth(12);
      stencil.setHeight(3);
      stencil.setBitsPerComponent(1);
      stencil.setStencil(true);
      List<Rectangle> box = List.of(new Rectangle(6, 1, 4, 1));
      assertArrayEquals(new byte[] {0, 0, 0x03, (byte) 0xC0, 0, 0}, ImageEraser.eraseStencil(stencil, box, false));
      assertArrayEquals(new byte[6], ImageEraser.eraseStencil(stencil, box, true), "already painted");
      COSArray inverted = new COSArray();
      inverted.add(COSInteger.ONE);
      inverted.add(COSInteger.ZERO);
      stencil.setDecode(inverted);
      assertArrayEquals(new byte[6], ImageEraser.eraseStencil(stencil, box, false), "0 is not painted under [1 0]");
    }
  }

  @Test
  void placement_rotatedAppearance_mapsTransformedBBoxOntoRect() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDAppearanceStream appearance = new PDAppearanceStream(doc);
      appearance.setBBox(new PDRectangle(0, 0, 100, 20));
      appearance.setMatrix(AffineTransform.getQuadrantRotateInstance(1)); // BBox becomes x -20..0, y 0..100
      AffineTransform a = AnnotationFlattener.placement(appearance, new PDRectangle(300, 700, 20, 100));
      assertEquals(new Point2D.Double(300, 700), a.transform(new Point2D.Double(-20, 0), null));
      assertEquals(new Point2D.Double(320, 800), a.transform(new Point2D.Double(0, 100), null));
    }
  }
}
