package org.piishield.formats.pdf.redact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Turns a page withheld in full into a placeholder of the same size and orientation that says only
 * {@code Page withheld in full under (b)(6)} (the label; {@code Page withheld in full} without one), centred
 * and upright as displayed.
 *
 * <p>The page dictionary is emptied in place (so a kept link whose destination is this page still points at it,
 * and no other object keeps the old page alive): content, resources, annotations, thumbnails, group, article
 * beads and every other key go; {@code /MediaBox}, {@code /CropBox} and {@code /Rotate}, inherited or not, are
 * written on the page itself.
 */
final class PlaceholderPage {
  static final String SENTENCE = "Page withheld in full";
  private static final float MAX_SIZE = 14f;
  private static final List<COSName> KEPT = List.of(COSName.TYPE, COSName.PARENT);

  private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  static String sentence(String label) {
    return label == null || label.isBlank() ? SENTENCE : SENTENCE + " under " + label;
  }

  void replace(PDDocument document, PDPage page, String label) throws IOException {
    PDRectangle media = page.getMediaBox();
    PDRectangle crop = page.getCropBox();
    int rotation = ((page.getRotation() % 360) + 360) % 360;
    COSDictionary dict = page.getCOSObject();
    for (COSName key : List.copyOf(dict.keySet())) {
      if (!KEPT.contains(key)) {
        dict.removeItem(key);
      }
    }
    page.setMediaBox(media);
    page.setCropBox(crop);
    page.setRotation(rotation);
    PDResources resources = new PDResources();
    COSName font = resources.add(helvetica);
    page.setResources(resources);
    COSStream stream = document.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(content(font, crop, rotation, sentence(label)).getBytes(StandardCharsets.US_ASCII));
    }
    page.setContents(new PDStream(stream));
  }

  private String content(COSName font, PDRectangle crop, int rotation, String text) throws IOException {
    StringBuilder ascii = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      ascii.append(c >= 0x20 && c < 0x7f ? c : '?'); // Helvetica's WinAnsi: anything else prints as ?
    }
    String printable = ascii.toString();
    boolean sideways = rotation == 90 || rotation == 270;
    float along = (sideways ? crop.getHeight() : crop.getWidth()) * 0.8f;
    float unit = helvetica.getStringWidth(printable) / 1000f;
    float size = Math.max(1f, Math.min(MAX_SIZE, unit > 0 ? along / unit : MAX_SIZE));
    double theta = Math.toRadians(rotation);
    float cos = (float) Math.cos(theta);
    float sin = (float) Math.sin(theta);
    float cx = crop.getLowerLeftX() + crop.getWidth() / 2;
    float cy = crop.getLowerLeftY() + crop.getHeight() / 2;
    float dx = -unit * size / 2;
    float dy = -0.718f * size / 2;
    StringBuilder hex = new StringBuilder();
    for (byte b : helvetica.encode(printable)) {
      hex.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
    }
    return String.format(Locale.ROOT, "BT\n0 0 0 rg\n/%s %.3f Tf\n%.5f %.5f %.5f %.5f %.3f %.3f Tm\n<%s> Tj\nET\n",
        font.getName(), size, cos, sin, -sin, cos, cx + cos * dx - sin * dy, cy + sin * dx + cos * dy, hex);
  }
}
