package org.piishield.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentVerifier;
import org.piishield.formats.redact.Redactors;
import org.piishield.formats.verify.LoggedSpan;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;
import org.piishield.formats.verify.WithheldValues;
import org.piishield.redact.AppliedRedaction;

/**
 * What {@code shield redact} does with each copy it has just written, unless {@code --no-verify}: the checks of
 * {@code shield verify} (the format's {@link DocumentVerifier}, which re-reads the copy without the redaction code)
 * against the values the run withheld, recovered from the text it redacted as the log's rows would give them. A
 * copy that fails is deleted and named with its residues (log row and type, never the value), e.g.
 * {@code in/memo.pdf: the redacted copy failed verification and was not kept: withheld value of row 2 (EMAIL)
 * still extractable (pdftotext)}.
 */
final class CopyVerification {

  private CopyVerification() {}

  /**
   * Runs {@code shield verify}'s checks on the copy just written (the format's independent re-reading and
   * structure checks); a copy that fails is deleted and named with its residues (row and type, never the value).
   * A format without a verifier passes.
   */
  static boolean passed(InputFile f, Path target, Redactors redactors, String text, List<AppliedRedaction> applied,
      Map<Integer, String> pages, ErrorReport errors) {
    Optional<DocumentVerifier> verifier = redactors.verifierFor(target.getFileName().toString());
    if (verifier.isEmpty()) {
      return true;
    }
    List<LoggedSpan> spans = new ArrayList<>(applied.size());
    for (int i = 0; i < applied.size(); i++) {
      AppliedRedaction a = applied.get(i);
      spans.add(new LoggedSpan(i + 1, a.start(), a.end(), a.type().id(), a.operator(),
          WithheldSpans.label(a.exemption(), a.type().id())));
    }
    int row = applied.size(); // page rows follow the spans in the log
    for (Map.Entry<Integer, String> p : pages.entrySet()) {
      int page = p.getKey() + 1;
      spans.add(new LoggedSpan(++row, page, page, WithheldValue.PAGE, WithheldPagesOption.OPERATOR, p.getValue()));
    }
    List<WithheldValue> withheld;
    try {
      withheld = WithheldValues.recover(text, spans);
    } catch (ExtractionException e) {
      deleteQuietly(target);
      errors.input(f.source(), "the redacted copy could not be verified and was not kept: " + e.getMessage());
      return false;
    }
    return passed(f, target, verifier.get(), withheld, errors);
  }

  /** Runs {@code verifier} on the copy just written; deletes it and names the residues when it fails. */
  static boolean passed(InputFile f, Path target, DocumentVerifier verifier, List<WithheldValue> withheld,
      ErrorReport errors) {
    try {
      VerificationReport report = verifier.verify(target, withheld);
      if (report.passed()) {
        return true;
      }
      Files.deleteIfExists(target);
      errors.input(f.source(), "the redacted copy failed verification and was not kept: "
          + String.join("; ", report.residues()));
    } catch (IOException | ExtractionException e) {
      deleteQuietly(target);
      errors.input(f.source(), "the redacted copy could not be verified and was not kept: "
          + e.getClass().getSimpleName());
    }
    return false;
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // the error above already names the file; a leftover copy is reported by the next verify
    }
  }
}
