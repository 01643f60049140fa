package org.piishield.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import org.piishield.extract.DocumentExtractor;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.ExtractionException;
import org.piishield.extract.Extractors;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;

/**
 * Reads one {@link InputFile} into {@link ExtractedText} through the extractor
 * {@link Extractors#forFile chosen by its name} (stdin is read as plain text). Any failure becomes an
 * {@link InputException} whose message is a short reason such as {@code permission denied} or
 * {@code binary content (NUL byte at offset 3); not a text file}. {@link #open} opens a file for a format's true redaction. Does not close stdin. Thread-safe.
 */
final class DocumentReader {

  private final Extractors extractors;
  private final long maxBytes;
  private final InputStream stdin;

  DocumentReader(Extractors extractors, long maxBytes, InputStream stdin) {
    this.extractors = extractors;
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  ExtractedText read(InputFile f) throws InputException {
    DocumentExtractor extractor = extractorFor(f);
    return read(f, extractor, (in, name) -> extractor.extract(in, name, maxBytes));
  }

  /** The extractor {@link #read(InputFile)} uses for {@code f}, chosen by its name. */
  DocumentExtractor extractorFor(InputFile f) {
    return extractors.forFile(f.isStdin() ? "stdin.txt" : f.fileName());
  }

  /**
   * Opens {@code f} (a file, not stdin) with a format's {@code redactor} for true redaction. Fails like
   * {@link #read(InputFile)}: a missing, unreadable, oversized, damaged or encrypted file is an
   * {@link InputException} with a short reason.
   */
  RedactableDocument open(InputFile f, DocumentRedactor redactor) throws InputException {
    try {
      checkFile(f);
      return redactor.open(f.path(), OpenOptions.of(maxBytes));
    } catch (IOException e) {
      throw new InputException("cannot read: " + reason(e));
    } catch (ExtractionException e) {
      throw new InputException(e.getMessage());
    } catch (RuntimeException e) {
      throw new InputException("cannot read it with the " + redactor.name() + " redactor ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  private void checkFile(InputFile f) throws IOException, InputException {
    if (!Files.exists(f.path())) {
      throw new InputException("no such file or directory");
    }
    if (!Files.isRegularFile(f.path())) {
      throw new InputException("not a regular file");
    }
    long size = Files.size(f.path());
    if (size > maxBytes) {
      throw new InputException("larger than the " + maxBytes + "-byte limit (" + size + " bytes; see --max-bytes)");
    }
  }

  /** One way of extracting an open stream. */
  private interface Extraction<T> {
    T from(InputStream in, String fileName) throws IOException, ExtractionException;
  }

  private <T> T read(InputFile f, DocumentExtractor extractor, Extraction<T> extraction) throws InputException {
    try {
      if (f.isStdin()) {
        return extraction.from(stdin, InputFile.STDIN);
      }
      checkFile(f);
      try (InputStream in = Files.newInputStream(f.path())) {
        return extraction.from(in, f.fileName());
      }
    } catch (IOException e) {
      throw new InputException("cannot read: " + reason(e));
    } catch (ExtractionException e) {
      throw new InputException(e.getMessage());
    } catch (RuntimeException e) {
      // a format library choking on a malformed file; its message may quote content, so only the class
      throw new InputException("cannot extract text with the " + extractor.name() + " extractor ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** A short reason for an I/O failure, without the path (the caller prints the name). */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
