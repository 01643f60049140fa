package org.piishield.formats.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.FileFormat;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.Redactors;

/**
 * True redaction of e-mail messages ({@code .eml}, RFC 5322/MIME), attachments included, recursively.
 *
 * <ol>
 *   <li>{@link #open}: parse with mime4j ({@link MailParser}); hand each attachment (decoded, in a scratch file
 *       named by {@link AttachmentFiles}) to the redactor {@link Redactors} has for it and take its text; lay
 *       out the text ({@link MailText}): every header but the MIME structure ones, RFC 2047 decoded; file names;
 *       plain and HTML bodies, transfer- and charset-decoded; attached messages; each attachment's text.
 *   <li>{@link RedactableDocument#writeRedacted}: replace each span in its header, file name or body with
 *       {@code [label]} (HTML bodies through their markup, escaped), have each attachment's redactor write its
 *       redacted copy (the attachment is opened again from the message and must give the same text), drop every
 *       attachment no redactor reads for a short notice, and write the message anew ({@link MailWriter}).
 * </ol>
 *
 * <p>Example: for a message {@code From: Ann Lee <ann@example.org>} with a PDF attached, {@code open(m).text()}
 * starts {@code "From: Ann Lee <ann@example.org>\n"} and ends with the PDF's text after
 * {@code "--- attachment 1 ---"}; withholding the address under {@code (b)(6)} writes
 * {@code From: Ann Lee <[(b)(6)]>} and the PDF's own true redaction.
 *
 * <p>Every {@code text/*} part (vCards, calendars, CSV too) is redacted as text. DKIM and ARC signature fields
 * are dropped: they no longer hold once anything is redacted, and a body hash would confirm a guess at a withheld
 * value. The structure of an address field may change ({@code To: [(b)(6)] <ann.lee@example.org>}); a label in
 * parentheses reads as a comment to address parsers, which is accepted.
 *
 * <p>Attached messages in {@code message/rfc822} parts are part of the tree (bounded by
 * {@link MailLimits#maxDepth}); an {@code .eml} attached as a plain file goes through this redactor again, one
 * level deeper. Outlook {@code .msg} files are not handled. Stateless and thread-safe; scratch files are deleted
 * before each call returns.
 */
public final class EmlDocumentRedactor implements DocumentRedactor {

  private final Supplier<Redactors> redactors;
  private final MailLimits limits;
  private final int depth;

  /** Attachments through {@link Redactors#standard()}, {@link MailLimits#DEFAULT default limits}. */
  public EmlDocumentRedactor() {
    this(Redactors::standard, MailLimits.DEFAULT, 0);
  }

  EmlDocumentRedactor(Supplier<Redactors> redactors, MailLimits limits, int depth) {
    this.redactors = redactors;
    this.limits = limits;
    this.depth = depth;
  }

  @Override
  public FileFormat format() {
    return FileFormat.EML;
  }

  @Override
  public RedactableDocument open(Path original, OpenOptions options) throws IOException, ExtractionException {
    long size = Files.size(original);
    if (size > options.maxBytes()) {
      throw new ExtractionException("larger than the " + options.maxBytes() + "-byte limit");
    }
    MailNode root;
    try (InputStream in = Files.newInputStream(original)) {
      root = MailParser.parse(in, limits);
    }
    Attachments attachments = new Attachments(this, options);
    Map<Integer, String> texts = new HashMap<>();
    attachments.collectTexts(root, texts);
    return new OpenedMail(root, MailText.layOut(root, texts), attachments);
  }

  /** The redactor for an attachment's scratch file name; an attached {@code .eml} goes one level deeper. */
  Optional<DocumentRedactor> redactorFor(String scratchName) throws ExtractionException {
    Optional<DocumentRedactor> r = redactors.get().forFile(scratchName);
    if (r.isPresent() && r.get() instanceof EmlDocumentRedactor) {
      if (depth + 1 > limits.maxDepth()) {
        throw new ExtractionException("attached messages nest deeper than " + limits.maxDepth() + " levels");
      }
      return Optional.of(new EmlDocumentRedactor(redactors, limits, depth + 1));
    }
    return r;
  }
}
