package org.piishield.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.piishield.extract.ExtractionException;
import org.piishield.extract.HtmlExtractor;
import org.piishield.formats.redact.DocumentVerifier;
import org.piishield.formats.verify.HtmlVerifier;
import org.piishield.formats.verify.LoggedSpan;
import org.piishield.formats.verify.WithheldValue;

/**
 * {@code shield verify} for HTML copies, which {@code shield redact} writes through the policy's operators rather
 * than a {@link org.piishield.formats.redact.DocumentRedactor}: their log offsets index the original markup, so a
 * withheld value is the markup between them with its character references decoded ({@code ana&#64;example.org}
 * reads {@code ana@example.org}), and the copy is checked by {@link HtmlVerifier}.
 */
final class HtmlCopies {

  private static final HtmlVerifier VERIFIER = new HtmlVerifier();

  private HtmlCopies() {}

  static Optional<DocumentVerifier> verifierFor(String fileName) {
    return VERIFIER.handles(fileName) ? Optional.of(VERIFIER) : Optional.empty();
  }

  /** The values of the withheld {@code spans} of the HTML file {@code original} (offsets into its markup). */
  static List<WithheldValue> recover(Path original, List<LoggedSpan> spans) throws IOException, ExtractionException {
    String markup;
    try (InputStream in = Files.newInputStream(original)) {
      markup = new HtmlExtractor().extract(in, original.getFileName().toString(), Files.size(original) + 1)
          .original();
    }
    List<WithheldValue> out = new ArrayList<>(spans.size());
    for (LoggedSpan s : spans) {
      if (!s.isWithheld()) {
        continue;
      }
      if (s.start() < 0 || s.start() >= s.end() || s.end() > markup.length()) {
        throw new ExtractionException("log row " + s.row() + " [" + s.start() + ", " + s.end()
            + ") is outside the markup (length " + markup.length() + "); was the input changed?");
      }
      String value = HtmlExtractor.strip(markup.substring(s.start(), s.end())).text().strip();
      if (!value.isEmpty()) {
        out.add(new WithheldValue(s.row(), s.type(), value, s.label()));
      }
    }
    return out;
  }
}
