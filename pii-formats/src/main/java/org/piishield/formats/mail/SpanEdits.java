package org.piishield.formats.mail;

import java.util.List;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.HtmlExtractor;
import org.piishield.extract.OriginalPieces;
import org.piishield.formats.redact.WithheldSpan;

/**
 * Replaces withheld spans of a string with {@code [label]}, in one forward pass over spans sorted by start and not
 * overlapping (offsets relative to the string).
 *
 * <p>{@code apply("Ann <ann@example.org>", [span 5..20 label "(b)(6)"])} is {@code "Ann <[(b)(6)]>"}.
 */
final class SpanEdits {

  private SpanEdits() {}

  static String apply(String s, List<WithheldSpan> spans) {
    StringBuilder out = new StringBuilder(s.length());
    int at = 0;
    for (WithheldSpan w : spans) {
      int start = Math.max(w.start(), at);
      if (start >= w.end()) {
        continue;
      }
      out.append(s, at, start).append(replacement(w));
      at = w.end();
    }
    return out.append(s, at, s.length()).toString();
  }

  /**
   * The markup of an HTML body with spans of its extracted text ({@code x.text()}) replaced: each span's
   * {@link OriginalPieces} in the markup, with the escaped replacement, so tags and attribute quoting stay intact.
   */
  static String applyHtml(ExtractedText x, List<WithheldSpan> spans) {
    String html = x.original();
    StringBuilder out = new StringBuilder(html.length());
    int at = 0;
    for (WithheldSpan w : spans) {
      int[] p = OriginalPieces.of(x, w.start(), w.end());
      for (int k = 0; k < p.length; k += 2) {
        int start = Math.max(p[k], at);
        if (start >= p[k + 1]) {
          continue;
        }
        out.append(html, at, start).append(HtmlExtractor.escape(replacement(w)));
        at = p[k + 1];
      }
    }
    return out.append(html, at, html.length()).toString();
  }

  /** What a withheld span becomes in headers and bodies: its label in brackets, {@code [(b)(6)]} or {@code [EMAIL]}. */
  static String replacement(WithheldSpan w) {
    return "[" + w.label() + "]";
  }
}
