package org.piishield.formats.verify;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a document as PDFBox's plain {@link PDFTextStripper} reads it: not the layout extractor the
 * redaction used, so a glyph that extractor missed but the stripper finds is still caught.
 */
final class PdfBoxText {

  private PdfBoxText() {}

  static String read(PDDocument doc) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(false);
    return stripper.getText(doc);
  }
}
