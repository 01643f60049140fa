package org.piishield.formats.pdf.redact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.PdfExtractor;
import org.piishield.formats.PositionedText;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.FileFormat;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;

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
  public FileFormat format() {
    return FileFormat.PDF;
  }

  @Override
  public RedactableDocument open(Path original, OpenOptions options) throws IOException, ExtractionException {
    PositionedText positioned;
    try (InputStream in = Files.newInputStream(original)) {
      positioned = extractor.withPassword(options.password())
          .extractWithLayout(in, original.getFileName().toString(), options.maxBytes());
    }
    return new Opened(original, options.password(), positioned);
  }

  /** An opened PDF; {@code password} (null for none) opens it again for writing. Never shown: no toString. */
  private static final class Opened implements RedactableDocument {
    private final Path original;
    private final String password;
    private final PositionedText positioned;

    Opened(Path original, String password, PositionedText positioned) {
      this.original = original;
      this.password = password;
      this.positioned = positioned;
    }

    @Override
    public String text() {
      return positioned.text().text();
    }

    @Override
    /**
     * Writes the copy: the spans' areas, the plan's pages withheld in full, and the spans' text as values so links
     * whose URI holds one go too.
     */
    public void writeRedacted(RedactionPlan plan, Path target) throws IOException, ExtractionException {
      List<String> values = new ArrayList<>(plan.spans().size());
      for (WithheldSpan s : plan.spans()) {
        values.add(text().substring(s.start(), s.end()));
      }
      try {
        PdfRedactor.redact(original, password, target,
            new PdfRedactionPlan(PdfAreas.of(plan.spans(), positioned.layout()), plan.withheldPages(), values),
            RedactionOptions.defaults());
      } catch (IllegalArgumentException e) {
        throw new ExtractionException(e.getMessage()); // a withheld page the document does not have
      }
    }
  }
}
