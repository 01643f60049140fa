package org.piishield.formats.pdf.redact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.PdfExtractor;
import org.piishield.formats.PositionedText;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;

/**
 * True redaction of PDFs: {@link PdfExtractor} gives the text and where each char is drawn (OCR for image-only
 * pages), each withheld span becomes areas ({@link PdfAreas}) and {@link PdfRedactor} removes what is under them.
 *
 * <p>Example: {@code open(memo.pdf).text()} is what {@code shield scan memo.pdf} reports; writing a plan with the
 * span of an e-mail address on page 1 removes its glyphs and draws a box labelled {@code (b)(6)} there.
 */
public final class PdfDocumentRedactor implements DocumentRedactor {

  private final PdfExtractor extractor;

  public PdfDocumentRedactor() {
    this(new PdfExtractor());
  }

  public PdfDocumentRedactor(PdfExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return PdfExtractor.NAME;
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  @Override
  public RedactableDocument open(Path original, OpenOptions options) throws IOException, ExtractionException {
    PositionedText positioned;
    try (InputStream in = Files.newInputStream(original)) {
      positioned = extractor.extractWithLayout(in, original.getFileName().toString(), options.maxBytes());
    }
    return new Opened(original, positioned);
  }

  private record Opened(Path original, PositionedText positioned) implements RedactableDocument {

    @Override
    public String text() {
      return positioned.text().text();
    }

    @Override
    public void writeRedacted(RedactionPlan plan, Path target) throws IOException {
      PdfRedactor.redact(original, target, PdfAreas.of(plan.spans(), positioned.layout()), RedactionOptions.defaults());
    }
  }
}
