package org.piishield.cli;

import org.piishield.formats.office.LibreOffice;
import org.piishield.formats.office.OfficeToPdfRedactor;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.Redactors;
import picocli.CommandLine.Option;

/**
 * {@code --office-to-pdf}, shared by {@code shield redact} and {@code shield verify}: Office documents (docx, odt,
 * rtf, xlsx, pptx, …) are converted to PDF with LibreOffice and the PDF is truly redacted; the copy of
 * {@code memo.docx} is {@code memo.docx.pdf}. Without it, DOCX files are redacted as DOCX.
 */
final class OfficeToPdfOption {

  @Option(names = "--office-to-pdf",
      description = "Convert Office documents (docx, doc, odt, rtf, xlsx, xls, ods, pptx, ppt, odp) to PDF with "
          + "LibreOffice and redact the PDF; the copy of memo.docx is memo.docx.pdf.")
  boolean enabled;

  /** The built-in redactors, with the Office-to-PDF one first when asked for. */
  Redactors redactors() throws MissingLibreOffice {
    Redactors standard = Redactors.standard();
    if (!enabled) {
      return standard;
    }
    LibreOffice office = LibreOffice.find().orElseThrow(MissingLibreOffice::new);
    DocumentRedactor pdf = standard.forFile("document.pdf").orElseThrow();
    return standard.preferring(new OfficeToPdfRedactor(pdf, office));
  }

  /** --office-to-pdf was given but LibreOffice is not installed. */
  static final class MissingLibreOffice extends Exception {
    MissingLibreOffice() {
      super("--office-to-pdf: " + LibreOffice.INSTALL_HINT);
    }
  }
}
