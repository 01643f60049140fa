package org.piishield.formats.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.piishield.formats.docx.DocxDocumentRedactor;
import org.piishield.formats.mail.EmlDocumentRedactor;
import org.piishield.formats.pdf.redact.PdfDocumentRedactor;
import org.piishield.formats.redact.image.ImageDocumentRedactor;
import org.piishield.formats.verify.DocxVerifier;
import org.piishield.formats.verify.EmlVerifier;
import org.piishield.formats.verify.ImageVerifier;
import org.piishield.formats.verify.PdfVerifier;

/**
 * The redactors and verifiers {@code shield redact} and {@code shield verify} choose from by file name, first
 * match wins. {@link #standard()} is the built-in set: PDF; PNG, JPEG and TIFF images; e-mail ({@code .eml});
 * Word ({@code .docx}).
 *
 * <p>Example: {@code Redactors.standard().forFile("memo.PDF")} is the PDF redactor;
 * {@code forFile("notes.txt")} is empty (text copies are written by the policy's operators instead).
 */
public final class Redactors {

  private final List<DocumentRedactor> redactors;
  private final List<DocumentVerifier> verifiers;

  public Redactors(List<DocumentRedactor> redactors, List<DocumentVerifier> verifiers) {
    this.redactors = List.copyOf(redactors);
    this.verifiers = List.copyOf(verifiers);
  }

  /** The built-in redactors and verifiers. */
  public static Redactors standard() {
    return new Redactors(
        List.of(
            new PdfDocumentRedactor(),
            new ImageDocumentRedactor(),
            new EmlDocumentRedactor(),
            new DocxDocumentRedactor()),
        List.of(
            new PdfVerifier(),
            new ImageVerifier(),
            new EmlVerifier(),
            new DocxVerifier()));
  }

  /**
   * These redactors with {@code first} tried before them, and the same verifiers; e.g. the Office-to-PDF redactor
   * of {@code shield redact --office-to-pdf} ahead of the DOCX one.
   */
  public Redactors preferring(DocumentRedactor first) {
    List<DocumentRedactor> all = new ArrayList<>(redactors.size() + 1);
    all.add(first);
    all.addAll(redactors);
    return new Redactors(all, verifiers);
  }

  /** The redactor for files named {@code fileName}, if any. */
  public Optional<DocumentRedactor> forFile(String fileName) {
    return redactors.stream().filter(r -> r.handles(fileName)).findFirst();
  }

  /** The verifier for redacted copies named {@code fileName}, if any. */
  public Optional<DocumentVerifier> verifierFor(String fileName) {
    return verifiers.stream().filter(v -> v.handles(fileName)).findFirst();
  }
}
