package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.TextBytes;
import org.piishield.formats.redact.DocumentVerifier;
import org.piishield.formats.redact.FileFormat;
import org.piishield.formats.redact.Redactors;

/**
 * Verifies a redacted e-mail independently of the redactor (which parses with mime4j): its own
 * {@link MimeReader} decodes the copy and each withheld value is searched ({@link SearchText}) in
 *
 * <ul>
 *   <li>{@code eml-headers}: every header field of every part, RFC 2047 decoded (file names included; also by
 *       digits, on digit-group boundaries);
 *   <li>{@code eml-text}: every {@code text/*} part but HTML, transfer- and charset-decoded (also by digits);
 *   <li>HTML bodies: the {@link HtmlVerifier} checks, named e.g. {@code body 2 html-attributes};
 *   <li>{@code attachment N}: each other part through the verifier {@link Redactors} has for it (on a scratch
 *       copy named {@code attachment-N.ext}), its residues prefixed with the attachment; without a verifier its
 *       bytes read as text;
 *   <li>{@code eml-outside-parts}: text outside the parts of multiparts (preambles, epilogues).
 * </ul>
 *
 * <p>Example: a copy whose {@code To:} still decodes to {@code Ann Lee <ann@example.org>} when row 1 (EMAIL)
 * withheld {@code ann@example.org} fails with {@code withheld value of row 1 (EMAIL) still extractable
 * (eml-headers)}. Stateless and thread-safe; scratch copies are deleted before {@link #verify} returns.
 */
public final class EmlVerifier implements DocumentVerifier {

  private final Supplier<Redactors> redactors;

  /** Attachments checked through {@link Redactors#standard()}. */
  public EmlVerifier() {
    this(Redactors::standard);
  }

  EmlVerifier(Supplier<Redactors> redactors) {
    this.redactors = redactors;
  }

  @Override
  public FileFormat format() {
    return FileFormat.EML;
  }

  @Override
  public VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException {
    byte[] raw = Files.readAllBytes(output);
    MimeReader.Read read = MimeReader.read(raw);
    if (read.headers().isEmpty()) {
      throw new ExtractionException("not an e-mail message: no header fields");
    }
    ValueMatcher values = ValueMatcher.ofWithheld(withheld);
    List<CheckResult> checks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    StringBuilder headers = new StringBuilder();
    for (MimeReader.Header h : read.headers()) {
      headers.append(h.name()).append(": ").append(h.value()).append('\n');
    }
    checks.add(CheckResult.of("eml-headers", Residues.of(SearchText.of(headers), values, withheld, true,
        "eml-headers")));
    StringBuilder text = new StringBuilder();
    int number = 0;
    for (int i = 0; i < read.leaves().size(); i++) {
      MimeReader.Leaf leaf = read.leaves().get(i);
      if (leaf.mediaType().equals("text/html")) {
        String where = "body " + (i + 1) + " ";
        for (CheckResult c : HtmlVerifier.checks(TextBytes.decode(leaf.bytes(), leaf.charset()), withheld, where)) {
          checks.add(new CheckResult(where + c.name(), c.ran(), c.residues()));
        }
      } else if (leaf.mediaType().startsWith("text/")) {
        text.append(TextBytes.decode(leaf.bytes(), leaf.charset())).append('\n');
      } else {
        number++;
        checks.add(attachment(number, leaf, withheld, values, notes));
      }
    }
    checks.add(CheckResult.of("eml-text", Residues.of(SearchText.of(text), values, withheld, true, "eml-text")));
    // not the raw file: a short value such as a three-letter surname turns up by chance in long base64 lines
    checks.add(CheckResult.of("eml-outside-parts", Residues.of(SearchText.of(read.outsideParts()), values, withheld,
        false, "eml-outside-parts")));
    return new VerificationReport(checks, notes);
  }

  private CheckResult attachment(int number, MimeReader.Leaf leaf, List<WithheldValue> withheld,
      ValueMatcher values, List<String> notes) throws IOException, ExtractionException {
    String name = "attachment " + number;
    String scratch = "attachment-" + number + "." + extension(leaf);
    Optional<DocumentVerifier> verifier = redactors.get().verifierFor(scratch);
    if (verifier.isEmpty()) {
      String asText = TextBytes.decode(leaf.bytes(), leaf.charset()) + "\n"
          + new String(leaf.bytes(), StandardCharsets.ISO_8859_1);
      notes.add(name + " (" + leaf.mediaType() + ") has no verifier; its bytes were searched as text");
      return CheckResult.of(name, Residues.of(SearchText.of(asText), values, withheld, false, name));
    }
    Path dir = Files.createTempDirectory("shield-verify-");
    Path file = dir.resolve(scratch);
    try {
      Files.write(file, leaf.bytes());
      VerificationReport r = verifier.get().verify(file, withheld);
      for (String note : r.notes()) {
        notes.add(name + ": " + note);
      }
      List<String> residues = new ArrayList<>();
      for (String residue : r.residues()) {
        residues.add(name + " (" + verifier.get().name() + "): " + residue);
      }
      return CheckResult.of(name, residues);
    } catch (ExtractionException e) {
      return CheckResult.of(name, List.of(name + " cannot be read by the " + verifier.get().name() + " verifier: "
          + e.getMessage()));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static String extension(MimeReader.Leaf leaf) {
    if (leaf.fileName() != null) {
      int dot = leaf.fileName().lastIndexOf('.');
      String ext = dot < 0 ? "" : leaf.fileName().substring(dot + 1).toLowerCase(Locale.ROOT);
      if (!ext.isEmpty() && ext.length() <= 8 && ext.chars().allMatch(Character::isLetterOrDigit)) {
        return ext;
      }
    }
    return switch (leaf.mediaType()) {
      case "application/pdf" -> "pdf";
      case "image/png" -> "png";
      case "image/jpeg" -> "jpg";
      case "image/gif" -> "gif";
      case "image/tiff" -> "tif";
      case "message/rfc822" -> "eml";
      default -> "bin";
    };
  }
}
