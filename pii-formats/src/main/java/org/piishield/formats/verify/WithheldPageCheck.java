package org.piishield.formats.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Check {@code withheld-pages}: a page the log withholds in full must be a placeholder: its only text is
 * {@code Page withheld in full under LABEL} (whitespace collapsed; {@code Page withheld in full} for an empty
 * label), it draws no image and has no annotation. Residues name the row and page:
 * {@code row 5 (PAGE): page 3 draws 1 image(s)}.
 */
final class WithheldPageCheck {
  static final String SENTENCE = "Page withheld in full";

  private WithheldPageCheck() {}

  static String expected(String label) {
    return label.isBlank() ? SENTENCE : SENTENCE + " under " + BoxLabelCheck.normalise(label);
  }

  /** {@code imagesByPage[i]}: images page {@code i} draws (from {@link BoxScan}). */
  static CheckResult run(PDDocument doc, List<WithheldValue> pages, int[] imagesByPage) throws IOException {
    List<String> residues = new ArrayList<>();
    for (WithheldValue w : pages) {
      int index = w.pageIndex();
      String name = "row " + w.row() + " (" + w.type() + "): page " + (index + 1);
      if (index >= doc.getNumberOfPages()) {
        residues.add(name + " is missing from the output (" + doc.getNumberOfPages() + " pages)");
        continue;
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(index + 1);
      stripper.setEndPage(index + 1);
      String text = stripper.getText(doc).strip().replaceAll("\\s+", " ");
      if (!text.equals(expected(w.label()))) {
        residues.add(name + " does not show only the placeholder sentence");
      }
      if (imagesByPage[index] > 0) {
        residues.add(name + " draws " + imagesByPage[index] + " image(s)");
      }
      PDPage page = doc.getPage(index);
      if (!page.getAnnotations().isEmpty()) {
        residues.add(name + " has " + page.getAnnotations().size() + " annotation(s)");
      }
    }
    return CheckResult.of("withheld-pages", residues);
  }
}
