package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.TextBytes;
import org.piishield.formats.redact.DocumentVerifier;
import org.piishield.formats.redact.FileFormat;

/**
 * Verifies a redacted HTML copy independently of the extractor that redaction mapped spans with: jsoup parses it
 * ({@link HtmlSurfaces}) and each withheld value is searched ({@link SearchText}, folded, without whitespace) in
 * the text ({@code html-text}, also by digits alone), in every attribute value, raw and percent-decoded
 * ({@code html-attributes}), in comments ({@code html-comments}), in script and style text ({@code html-scripts}),
 * and in the markup as written ({@code html-markup}).
 *
 * <p>Example: a copy still holding {@code <img alt="Ann Lee">} when row 2 (PERSON) withheld {@code Ann Lee} fails
 * with {@code withheld value of row 2 (PERSON) still extractable (html-attributes)}. Stateless and thread-safe.
 */
public final class HtmlVerifier implements DocumentVerifier {

  @Override
  public FileFormat format() {
    return FileFormat.HTML;
  }

  @Override
  public VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException {
    String html = TextBytes.decode(Files.readAllBytes(output), null);
    return new VerificationReport(checks(html, withheld, ""), List.of());
  }

  /** The checks on one HTML string; {@code where} prefixes check names (e.g. {@code "body 2 "} in a message). */
  static List<CheckResult> checks(String html, List<WithheldValue> withheld, String where) {
    ValueMatcher values = ValueMatcher.ofWithheld(withheld);
    List<CheckResult> out = new ArrayList<>();
    for (String[] surface : HtmlSurfaces.of(html).named()) {
      boolean byDigits = surface[0].equals("html-text");
      out.add(CheckResult.of(surface[0], Residues.of(SearchText.of(surface[1]), values, withheld, byDigits,
          where + surface[0])));
    }
    out.add(CheckResult.of("html-markup", Residues.of(SearchText.of(html), values, withheld, false,
        where + "html-markup")));
    return out;
  }
}
