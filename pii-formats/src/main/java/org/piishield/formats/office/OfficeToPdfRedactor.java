package org.piishield.formats.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.FileFormat;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;

/**
 * Redacts an Office document as a PDF, when asked ({@code shield redact --office-to-pdf}): LibreOffice converts
 * it to a temporary PDF ({@link LibreOffice}), and the PDF redactor given (the {@code "pdf"}
 * {@link DocumentRedactor}) opens and truly redacts that PDF. The copy is named {@code memo.docx.pdf}; its text
 * and offsets are those of the converted PDF.
 *
 * <p>{@code new OfficeToPdfRedactor(pdf, LibreOffice.find().orElseThrow()).open(Path.of("memo.odt"), options)}
 * gives the PDF's text; {@code writeRedacted(plan, out.resolve("memo.odt.pdf"))} writes the redacted PDF and deletes
 * the temporary one. The temporary PDF lives (owner-only, in the temp folder) from {@code open} until
 * {@code writeRedacted} returns, and is deleted on exit if never written. Thread-safe if the PDF redactor is.
 */
public final class OfficeToPdfRedactor implements DocumentRedactor {

  static final FileFormat FORMAT = new FileFormat("office-to-pdf",
      Set.of("docx", "doc", "odt", "rtf", "xlsx", "xls", "ods", "pptx", "ppt", "odp"));

  private final DocumentRedactor pdf;
  private final LibreOffice libreOffice;

  public OfficeToPdfRedactor(DocumentRedactor pdf, LibreOffice libreOffice) {
    this.pdf = pdf;
    this.libreOffice = libreOffice;
  }

  @Override
  public FileFormat format() {
    return FORMAT;
  }

  @Override
  public String outputName(String fileName) {
    return fileName + ".pdf";
  }

  @Override
  public RedactableDocument open(Path original, OpenOptions options) throws IOException, ExtractionException {
    if (Files.size(original) > options.maxBytes()) {
      throw new ExtractionException("larger than the " + options.maxBytes() + "-byte limit");
    }
    Path tmp = Files.createTempFile("shield-office-", ".pdf");
    tmp.toFile().deleteOnExit();
    boolean ok = false;
    try {
      libreOffice.convert(original, "pdf", tmp);
      RedactableDocument doc = pdf.open(tmp, options);
      ok = true;
      return new Converted(doc, tmp);
    } finally {
      if (!ok) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** The converted PDF opened by the PDF redactor; the temporary PDF goes once the copy is written. */
  private record Converted(RedactableDocument pdf, Path tmp) implements RedactableDocument {

    @Override
    public String text() {
      return pdf.text();
    }

    @Override
    public void writeRedacted(RedactionPlan plan, Path target) throws IOException, ExtractionException {
      try {
        pdf.writeRedacted(plan, target);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
