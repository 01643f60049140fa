package org.piishield.formats;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's text stripper, writing into a {@link TextLayout.Builder}: the chars of each word get the boxes
 * of the glyphs they came from; separators the stripper inserts (spaces, line breaks) get none.
 *
 * <p>Order: content-stream order on unrotated pages (producers write columns in reading order), sorted by
 * position on pages with a {@code /Rotate}.
 *
 * <p>Per page: {@link #startPage} opens a layout page with the crop box as its area; PDFBox collects the
 * page's {@link TextPosition}s (only this page's are held at any time), sorts them into lines and calls
 * {@link #writeString} per word; {@link #writePageEnd} lets the {@link PageOcr} add OCR text when the page
 * has (almost) none, then ends the page with {@code "\n\f"} ({@code "\f"} alone for a page without text).
 *
 * <p>A glyph's box is its advance width by the font's descent..ascent, mapped through the text rendering
 * matrix into user space: rotated text, kerning in TJ arrays, Form XObjects and {@code /Rotate} are all
 * handled by that matrix. One instance per document; not thread-safe.
 */
final class PositionStripper extends PDFTextStripper {

  /** OCR for a page whose text layer is (nearly) empty. */
  interface PageOcr {
    /** Appends the page's OCR text to {@code layout} if it needs it; {@code pageIndex} is 0-based. */
    void appendIfScanned(PDPage page, int pageIndex, int textChars, TextLayout.Builder layout) throws IOException;
  }

  private static final float DEFAULT_ASCENT = 0.9f;
  private static final float DEFAULT_DESCENT = -0.25f;

  private final TextLayout.Builder layout;
  private final PageOcr ocr;
  private float cropX;
  private float cropY;
  private int pageTextStart;
  private PDPage page;
  private int pageIndex = -1;

  PositionStripper(TextLayout.Builder layout, PageOcr ocr) {
    this.layout = layout;
    this.ocr = ocr;
    setLineSeparator("\n");
    setWordSeparator(" ");
    setParagraphStart("");
    setParagraphEnd("");
    setPageStart("");
    setPageEnd("");
    setArticleStart("");
    setArticleEnd("");
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    // PDFBox skips pages without a content stream; they still get their (empty) place in the layout
    addEmptyPagesUpTo(getCurrentPageNo() - 1);
    this.page = page;
    pageIndex++;
    // without sorting, PDFBox breaks the lines of a /Rotate'd page apart; unrotated pages keep the
    // content-stream order, which follows columns where sorting by position would interleave them
    setSortByPosition(page.getRotation() % 360 != 0);
    PDRectangle crop = page.getCropBox();
    cropX = crop.getLowerLeftX();
    cropY = crop.getLowerLeftY();
    layout.startPage(new PageBox(0, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getUpperRightX(),
        crop.getUpperRightY()));
    pageTextStart = layout.length();
    super.startPage(page);
  }

  @Override
  protected void endDocument(PDDocument doc) throws IOException {
    addEmptyPagesUpTo(doc.getNumberOfPages());
    super.endDocument(doc);
  }

  /** Adds a page with no text for each page before {@code pageIndexBound} not yet in the layout. */
  private void addEmptyPagesUpTo(int pageIndexBound) {
    while (pageIndex + 1 < pageIndexBound) {
      pageIndex++;
      PDRectangle crop = document.getPage(pageIndex).getCropBox();
      layout.startPage(new PageBox(0, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getUpperRightX(),
          crop.getUpperRightY()));
      layout.appendUnplaced("\f");
    }
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    int n = text.length();
    int m = positions.size();
    if (m == 0) {
      layout.appendUnplaced(text);
      return;
    }
    int sum = 0;
    for (TextPosition p : positions) {
      sum += p.getUnicode().length();
    }
    float[] box = new float[4];
    if (sum == n) {
      int k = 0;
      for (TextPosition p : positions) {
        boolean placed = box(p, box);
        for (int j = 0; j < p.getUnicode().length(); j++, k++) {
          put(text.charAt(k), placed, box);
        }
      }
      return;
    }
    // normalisation changed the length (a ligature glyph written as "fi", right-to-left reordering):
    // spread the glyphs over the chars in order, so every char still gets a box on its word
    for (int i = 0; i < n; i++) {
      TextPosition p = positions.get(Math.min(m - 1, (int) ((long) i * m / n)));
      put(text.charAt(i), box(p, box), box);
    }
  }

  private void put(char c, boolean placed, float[] box) {
    if (placed) {
      layout.append(c, box[0], box[1], box[2], box[3]);
    } else {
      layout.appendUnplaced(String.valueOf(c));
    }
  }

  /** The glyph's box in user space into {@code out} (x0, y0, x1, y1); false if it cannot be computed. */
  private boolean box(TextPosition p, float[] out) {
    Matrix m = p.getTextMatrix();
    PDFont font = p.getFont();
    float advance = 0;
    float ascent = DEFAULT_ASCENT;
    float descent = DEFAULT_DESCENT;
    try {
      for (int code : p.getCharacterCodes()) {
        advance += font.getDisplacement(code).getX();
      }
    } catch (IOException | RuntimeException e) {
      advance = 0;
    }
    if (!(advance > 0) && m.getScalingFactorX() != 0) {
      // no usable width in the font: fall back to what the stripper measured along the baseline
      advance = p.getWidthDirAdj() / m.getScalingFactorX();
    }
    PDFontDescriptor fd = font.getFontDescriptor();
    if (fd != null && !(font instanceof PDType3Font)) {
      float a = fd.getAscent() / 1000f;
      float d = fd.getDescent() / 1000f;
      if (a >= 0.5f && a <= 1.5f) {
        ascent = a;
      }
      if (d < 0 && d >= -0.6f) {
        descent = d;
      }
    }
    Point2D.Float c0 = m.transformPoint(0, descent);
    Point2D.Float c1 = m.transformPoint(advance, descent);
    Point2D.Float c2 = m.transformPoint(advance, ascent);
    Point2D.Float c3 = m.transformPoint(0, ascent);
    out[0] = Math.min(Math.min(c0.x, c1.x), Math.min(c2.x, c3.x)) + cropX;
    out[1] = Math.min(Math.min(c0.y, c1.y), Math.min(c2.y, c3.y)) + cropY;
    out[2] = Math.max(Math.max(c0.x, c1.x), Math.max(c2.x, c3.x)) + cropX;
    out[3] = Math.max(Math.max(c0.y, c1.y), Math.max(c2.y, c3.y)) + cropY;
    for (float v : out) {
      if (!Float.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected void writePageEnd() throws IOException {
    int textChars = 0;
    CharSequence text = layout.text();
    for (int i = pageTextStart; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        textChars++;
      }
    }
    if (ocr != null) {
      endLine();
      ocr.appendIfScanned(page, pageIndex, textChars, layout);
    }
    endLine();
    layout.appendUnplaced("\f");
  }

  private void endLine() {
    CharSequence text = layout.text();
    int n = text.length();
    if (n > pageTextStart && text.charAt(n - 1) != '\n') {
      layout.appendUnplaced("\n");
    }
  }
}
