package org.piishield.formats.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;

/**
 * Hands attachments to their own redactors through scratch files in a private temporary directory, deleted
 * before each method returns. A failure names the attachment by number, never by its file name.
 */
final class Attachments {

  private final EmlDocumentRedactor owner;
  private final OpenOptions options;

  Attachments(EmlDocumentRedactor owner, OpenOptions options) {
    this.owner = owner;
    this.options = options;
  }

  /** Puts the text of every attachment some redactor reads into {@code texts}, by attachment number. */
  void collectTexts(MailNode n, Map<Integer, String> texts) throws IOException, ExtractionException {
    for (MailNode child : n.children()) {
      collectTexts(child, texts);
    }
    if (n.kind() != MailNode.Kind.ATTACHMENT) {
      return;
    }
    String scratch = AttachmentFiles.scratchName(n);
    Optional<DocumentRedactor> r = owner.redactorFor(scratch);
    if (r.isEmpty()) {
      return;
    }
    Path dir = Files.createTempDirectory("shield-mail-");
    try {
      Path file = Files.write(dir.resolve(scratch), n.bytes());
      texts.put(n.number(), open(r.get(), file, n).text());
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Writes the redacted copy of attachment {@code n} without {@code spans} (offsets into its own text);
   * {@code expectedText} is the text {@link #collectTexts} took, which opening it again must give.
   */
  MailWriter.RedactedAttachment redact(MailNode n, String expectedText, List<WithheldSpan> spans,
      String redactedFileName) throws IOException, ExtractionException {
    String scratch = AttachmentFiles.scratchName(n);
    DocumentRedactor r = owner.redactorFor(scratch).orElseThrow(
        () -> new ExtractionException("attachment " + n.number() + " has no redactor any more"));
    Path dir = Files.createTempDirectory("shield-mail-");
    try {
      Path file = Files.write(dir.resolve(scratch), n.bytes());
      RedactableDocument doc = open(r, file, n);
      if (!doc.text().equals(expectedText)) {
        throw new ExtractionException("attachment " + n.number() + " gave a different text when opened again");
      }
      String outName = r.outputName(scratch);
      Path out = dir.resolve("redacted-" + outName);
      try {
        doc.writeRedacted(RedactionPlan.of(spans), out);
      } catch (ExtractionException e) {
        throw new ExtractionException("attachment " + n.number() + ": " + e.getMessage(), e);
      }
      String suffix = outName.startsWith(scratch) ? outName.substring(scratch.length()) : "";
      String fileName = redactedFileName == null ? null : redactedFileName + suffix;
      // the same type unless the redactor converts (e.g. to PDF); never message/rfc822, which may not be base64
      String type = outName.equals(scratch) ? n.mimeType() : AttachmentFiles.mediaType(outName, n.mimeType());
      return new MailWriter.RedactedAttachment(Files.readAllBytes(out), type, fileName);
    } finally {
      deleteTree(dir);
    }
  }

  private RedactableDocument open(DocumentRedactor r, Path file, MailNode n) throws IOException, ExtractionException {
    try {
      return r.open(file, options);
    } catch (ExtractionException e) {
      throw new ExtractionException("attachment " + n.number() + " (" + r.name() + "): " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }
}
