package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random lines (kerning, character and word spacing, horizontal scaling, rise, font size) with a random
 * area: PDFBox's own text engine ({@link PDFTextStripper}, not our geometry) must see exactly the glyphs outside
 * the area, each at the position it had. The seed is in every failure message.
 */
class PdfRedactorRandomTest {
  private static final String[] WORDS = {"alpha", "Bravo", "charlie", "DELTA", "echo", "fox", "Golf", "hotel",
      "India", "juliet", "kilo", "Lima", "mike", "(b)(6)", "42", "x-ray", "yankee", "Zulu"};
  private static final int ITERATIONS = 25;

  @TempDir Path dir;

  /** A glyph as PDFBox's text engine places it. */
  record Glyph(String text, double x, double y, double width) {}

  @Test
  void redact_randomLines_keepsExactlyTheGlyphsOutsideTheArea() throws Exception {
    long seed = Long.getLong("tests.seed", new Random().nextLong());
    Random random = new Random(seed);
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      String where = "seed " + seed + " iteration " + iteration;
      Path in = dir.resolve("in-" + iteration + ".pdf");
      Path out = dir.resolve("out-" + iteration + ".pdf");
      float size = 8 + random.nextInt(13);
      float baseline = 600;
      try (PDDocument doc = new PDDocument()) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(PdfRedactorTextTest.HELVETICA, size);
          cs.setCharacterSpacing(random.nextFloat() * 2);
          cs.setWordSpacing(random.nextFloat() * 4);
          cs.setHorizontalScaling(70 + random.nextInt(61));
          cs.setTextRise(random.nextInt(3) - 1);
          cs.newLineAtOffset(40, baseline);
          List<Object> tj = new ArrayList<>();
          for (int w = 0; w < 6 + random.nextInt(4); w++) {
            String word = WORDS[random.nextInt(WORDS.length)] + " ";
            int cut = random.nextInt(word.length());
            tj.add(word.substring(0, cut));
            if (random.nextBoolean()) {
              tj.add((float) (random.nextInt(401) - 200));
            }
            tj.add(word.substring(cut));
          }
          tj.removeIf(o -> o instanceof String s && s.isEmpty());
          cs.showTextWithPositioning(tj.toArray());
          cs.endText();
        }
        doc.save(in.toFile());
      }
      List<Glyph> before = glyphs(in);
      double lineStart = before.get(0).x();
      double lineEnd = before.get(before.size() - 1).x() + before.get(before.size() - 1).width();
      float x0 = (float) (lineStart + random.nextDouble() * (lineEnd - lineStart) * 0.8);
      float x1 = (float) (x0 + 2 + random.nextDouble() * (lineEnd - x0) * 0.5);
      RedactionArea area = new RedactionArea(0, x0, baseline - size, x1, baseline + size, "");

      PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

      List<Glyph> expected = new ArrayList<>();
      int ambiguous = 0;
      for (Glyph g : before) {
        double overlap = Math.min(g.x() + g.width(), x1) - Math.max(g.x(), x0);
        if (Math.abs(overlap) < 0.02) {
          ambiguous++; // touches the edge within float noise: either outcome is right
          expected.add(g);
        } else if (overlap < 0) {
          expected.add(g);
        }
      }
      List<Glyph> after = glyphs(out);
      after.removeIf(g -> g.y() < baseline - 2 * size || g.y() > baseline + 2 * size); // none expected, but be clear
      assertEquals(before.size(), after.size() + report.glyphsRemoved(), where);
      assertEquals(true, after.size() >= expected.size() - ambiguous && after.size() <= expected.size(),
          where + ": " + after.size() + " glyphs kept, expected " + (expected.size() - ambiguous) + " + up to "
          + ambiguous + " touching the edge");
      int j = 0;
      for (Glyph g : after) {
        while (j < expected.size() && !same(expected.get(j), g)) {
          j++;
        }
        assertEquals(true, j < expected.size(), where + ": glyph '" + g.text() + "' at " + g.x()
            + " was not expected there; area " + x0 + ".." + x1 + ", before " + before + ", after " + after);
        j++;
      }
    }
  }

  static boolean same(Glyph a, Glyph b) {
    return a.text().equals(b.text()) && Math.abs(a.x() - b.x()) < 0.01 && Math.abs(a.y() - b.y()) < 0.01;
  }

  /** Every glyph PDFBox's text engine sees, sorted by x. */
  static List<Glyph> glyphs(Path pdf) throws IOException {
    List<Glyph> out = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        if (!t.getUnicode().isEmpty()) {
          out.add(new Glyph(t.getUnicode(), t.getTextMatrix().getTranslateX(), t.getTextMatrix().getTranslateY(),
              t.getWidth()));
        }
      }
    };
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      stripper.getText(doc);
    }
    out.sort((a, b) -> Double.compare(a.x(), b.x()));
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s(%d iterations)", getClass().getSimpleName(), ITERATIONS);
  }
}
