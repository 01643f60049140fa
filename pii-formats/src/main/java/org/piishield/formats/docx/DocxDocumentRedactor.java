package org.piishield.formats.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.FileFormat;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;

/**
 * True redaction of Word documents ({@code .docx}; {@code .docm} is recognised and refused, since its macros are
 * not redacted). The withheld characters are replaced by the label in brackets in the runs that held them (body,
 * tables, headers, footers, footnotes, endnotes, text boxes, field instructions, hyperlink targets), keeping the
 * runs' formatting and all other text; and the copy is scrubbed: tracked changes accepted (deleted text removed),
 * comments, hidden text, custom XML, document properties, the thumbnail, the glossary, the people part, document
 * variables and alternative text removed ({@link PackageScrub}, {@link StoryCleaner}).
 *
 * <p>For {@code memo.docx} whose body reads {@code "Officer Ana Ruiz called.\n"}:
 * {@code open(memo, OpenOptions.of(50_000_000)).text()} starts with that line, and
 * {@code writeRedacted(new RedactionPlan(List.of(new WithheldSpan(8, 16, "PERSON", "(b)(6)")), Map.of()), out)}
 * writes a copy reading {@code "Officer [(b)(6)] called."}. Comments, deleted and hidden text are not in
 * {@code text()}: they are withheld whole, by removal.
 *
 * <p>Gaps: pictures, charts, SmartArt and embedded objects are copied as they are (the verifier reads the XML of
 * charts and SmartArt and fails a copy that still holds a withheld value there). Thread-safe (stateless).
 */
public final class DocxDocumentRedactor implements DocumentRedactor {

  @Override
  public FileFormat format() {
    return FileFormat.DOCX;
  }

  @Override
  public RedactableDocument open(Path original, OpenOptions options) throws IOException, ExtractionException {
    if (original.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docm")) {
      throw new ExtractionException("macro-enabled document (.docm) refused: macros are not redacted; save it as"
          + " a .docx without macros first");
    }
    DocxModel model = DocxModel.load(original, options.maxBytes());
    return new Opened(original, options.maxBytes(), model.text(), model);
  }

  /**
   * An opened document: its text, the model it was read from (used by the first write, which saves loading the
   * package again) and the file to load afresh for any later write, so every write starts from the original.
   */
  private static final class Opened implements RedactableDocument {

    private final Path original;
    private final long maxBytes;
    private final String text;
    private DocxModel unused;

    Opened(Path original, long maxBytes, String text, DocxModel model) {
      this.original = original;
      this.maxBytes = maxBytes;
      this.text = text;
      this.unused = model;
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public synchronized void writeRedacted(RedactionPlan plan, Path target) throws IOException, ExtractionException {
      DocxModel model = unused;
      unused = null;
      if (model == null) {
        model = DocxModel.load(original, maxBytes);
        if (!model.text().equals(text)) {
          throw new ExtractionException("the file changed since it was opened");
        }
      }
      model.redact(plan.spans());
      model.write(target);
    }

    @Override
    public String toString() {
      return "docx " + original.getFileName() + " (" + text.length() + " chars)";
    }
  }
}
