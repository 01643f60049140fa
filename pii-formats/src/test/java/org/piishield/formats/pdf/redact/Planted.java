package org.piishield.formats.pdf.redact;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a line of text with one withheld part and computes the area that covers exactly that part, from the same
 * font widths and the font's ascent and descent: {@code prefix + withheld + suffix} starting at {@code (x, y)}.
 */
final class Planted {
  private Planted() {}

  /** Shows the line with one {@code Tj} inside its own text object and returns the withheld part's area. */
  static RedactionArea line(PDPageContentStream cs, PDFont font, float size, float x, float y, String prefix,
      String withheld, String suffix, int page, String label) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(prefix + withheld + suffix);
    cs.endText();
    return area(font, size, x, y, prefix, withheld, page, label);
  }

  static RedactionArea area(PDFont font, float size, float x, float y, String prefix, String withheld, int page,
      String label) throws IOException {
    float start = x + width(font, size, prefix);
    float end = start + width(font, size, withheld);
    float ascent = font.getFontDescriptor().getAscent() / 1000f * size;
    float descent = font.getFontDescriptor().getDescent() / 1000f * size;
    return new RedactionArea(page, start, y + descent, end, y + ascent, label);
  }

  static float width(PDFont font, float size, String s) throws IOException {
    return font.getStringWidth(s) / 1000f * size;
  }
}
