package org.piishield.benchmarks.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.piishield.cli.bench.MixedCorpus;

/**
 * The PDFs the document benchmark redacts, made with PDFBox from the reproducible {@link MixedCorpus} (English and
 * Spanish prose, forms, e-mails, tables; a third of its documents without PII): letter pages of 11 pt Helvetica,
 * 50 lines of at most 90 chars, so a page holds about 3,500 chars (a typical memo page). The scanned variant
 * renders each of those pages at 200 dpi grey and stores it as a JPEG-only page, as a scanner would.
 *
 * <p>Example: {@code textPdf(seed 42, 100 pages)} is the same 100-page file every time.
 */
final class BenchmarkPdfs {

  static final int LINES_PER_PAGE = 50;
  static final int CHARS_PER_LINE = 90;
  static final int SCAN_DPI = 200;

  private BenchmarkPdfs() {}

  /** Writes a {@code pages}-page text PDF of corpus text to {@code out}. */
  static void textPdf(long seed, int pages, Path out) throws IOException {
    List<String> lines = lines(new MixedCorpus(seed), pages * LINES_PER_PAGE);
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.setLeading(13.5f);
          cs.newLineAtOffset(54, 740);
          for (int l = 0; l < LINES_PER_PAGE; l++) {
            cs.showText(lines.get(p * LINES_PER_PAGE + l));
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.save(out.toFile());
    }
  }

  /** Writes an image-only copy of {@code textPdf}: every page rendered at {@link #SCAN_DPI} dpi grey, as JPEG. */
  static void scannedPdf(Path textPdf, Path out) throws IOException {
    try (PDDocument text = org.apache.pdfbox.Loader.loadPDF(textPdf.toFile()); PDDocument scan = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(text);
      for (int p = 0; p < text.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, SCAN_DPI, ImageType.GRAY);
        PDPage page = new PDPage(PDRectangle.LETTER);
        scan.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
          cs.drawImage(JPEGFactory.createFromImage(scan, image, 0.75f), 0, 0, PDRectangle.LETTER.getWidth(),
              PDRectangle.LETTER.getHeight());
        }
      }
      scan.save(out.toFile());
    }
  }

  /** {@code n} lines of corpus text that Helvetica's WinAnsi encoding can show, wrapped at word boundaries. */
  private static List<String> lines(MixedCorpus corpus, int n) {
    List<String> out = new ArrayList<>(n);
    StringBuilder line = new StringBuilder();
    while (out.size() < n) {
      for (String raw : corpus.generate(64 * 1024).split("\n")) {
        for (String word : winAnsi(raw).split(" ")) {
          if (line.length() + word.length() + 1 > CHARS_PER_LINE && line.length() > 0) {
            out.add(line.toString());
            line.setLength(0);
          }
          if (line.length() > 0) {
            line.append(' ');
          }
          line.append(word.length() > CHARS_PER_LINE ? word.substring(0, CHARS_PER_LINE) : word);
        }
        out.add(line.toString());
        line.setLength(0);
        if (out.size() >= n) {
          break;
        }
      }
    }
    return out.subList(0, n);
  }

  /** {@code s} with tabs as spaces and chars outside Latin-1 printable as '?'. */
  private static String winAnsi(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c == '\t' ? ' ' : (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF) ? c : '?');
    }
    return sb.toString();
  }
}
