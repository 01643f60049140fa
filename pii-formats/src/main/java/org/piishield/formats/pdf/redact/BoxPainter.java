package org.piishield.formats.pdf.redact;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws the redaction boxes at the end of a page's content: one {@code q … Q} holding, per area, a marked-content
 * sequence {@code /PIIShieldRedaction BMC … EMC} with a filled rectangle and the exemption code in Helvetica
 * centred in it and turned to read upright on the rotated page. The mark lets a verifier find every box (and the
 * label inside it) from the content stream alone.
 *
 * <p>The label is shrunk to fit the box (at most 10 pt); every box carries one, however small (a 4 × 3 pt box gets
 * a label under 1 pt: unreadable in print, but still the box's stated reason for any reader of the text).
 * Characters Helvetica (WinAnsi) cannot show are printed as {@code ?}. Example: a 60 × 12 pt box labelled
 * {@code (b)(6)} gets the code at 8.4 pt (70% of the box's height).
 */
final class BoxPainter {
  /** The marked-content tag around each box and its label. */
  static final String MARK = "PIIShieldRedaction";
  /** Labels are never drawn smaller than this (PDF viewers may drop text at size 0). */
  static final float MIN_LABEL_SIZE = 0.05f;
  private static final float MAX_LABEL_SIZE = 10f;
  private static final float PADDING = 1f;

  private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /** Writes the boxes; the caller has already closed every {@code q} and text object of the page content. */
  void paint(OutputStream out, PageAreas areas, PDResources resources, int rotation, RedactionOptions options)
      throws IOException {
    COSName fontName = null;
    StringBuilder s = new StringBuilder("\nq\n");
    for (RedactionArea a : areas.areas()) {
      s.append('/').append(MARK).append(" BMC\n");
      s.append(color(options.fill())).append(" rg\n");
      s.append(f(a.x0())).append(' ').append(f(a.y0())).append(' ').append(f(a.width())).append(' ')
          .append(f(a.height())).append(" re f\n");
      if (a.label().isEmpty()) {
        s.append("EMC\n");
        continue;
      }
      byte[] encoded = encode(a.label());
      float unitWidth = helvetica.getStringWidth(printable(a.label())) / 1000f;
      boolean sideways = rotation == 90 || rotation == 270;
      float along = (sideways ? a.height() : a.width()) - 2 * PADDING;
      float across = sideways ? a.width() : a.height();
      float size = Math.max(MIN_LABEL_SIZE, Math.min(MAX_LABEL_SIZE,
          Math.min(across * 0.7f, unitWidth > 0 ? along / unitWidth : MAX_LABEL_SIZE)));
      if (fontName == null) {
        fontName = resources.add(helvetica);
      }
      double theta = Math.toRadians(rotation);
      float cos = (float) Math.cos(theta);
      float sin = (float) Math.sin(theta);
      float cx = (a.x0() + a.x1()) / 2;
      float cy = (a.y0() + a.y1()) / 2;
      // Helvetica's cap height is 718/1000: centre the capitals vertically.
      float dx = -unitWidth * size / 2;
      float dy = -0.718f * size / 2;
      s.append("BT\n").append(color(options.labelColor())).append(" rg\n");
      s.append('/').append(fontName.getName()).append(' ').append(f(size)).append(" Tf\n");
      s.append(f(cos)).append(' ').append(f(sin)).append(' ').append(f(-sin)).append(' ').append(f(cos)).append(' ')
          .append(f(cx + cos * dx - sin * dy)).append(' ').append(f(cy + sin * dx + cos * dy)).append(" Tm\n");
      s.append('<').append(hex(encoded)).append("> Tj\nET\nEMC\n");
    }
    s.append("Q\n");
    out.write(s.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] encode(String label) throws IOException {
    return helvetica.encode(printable(label));
  }

  private String printable(String label) {
    StringBuilder out = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.toString();
  }

  private static String color(Color c) {
    return f(c.getRed() / 255f) + " " + f(c.getGreen() / 255f) + " " + f(c.getBlue() / 255f);
  }

  private static String f(float v) {
    String s = String.format(Locale.ROOT, "%.4f", v);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
    }
    return out.toString();
  }
}
