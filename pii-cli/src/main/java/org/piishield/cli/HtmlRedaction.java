package org.piishield.cli;

import java.util.ArrayList;
import java.util.List;
import org.piishield.detect.Detection;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.HtmlExtractor;
import org.piishield.extract.OriginalPieces;
import org.piishield.redact.AppliedRedaction;
import org.piishield.redact.RedactionResult;

/**
 * Keeps a redacted HTML copy well-formed. Detections found in the extracted text become their
 * {@link OriginalPieces} in the markup (so {@code Ann <b>Lee</b>} is replaced as two pieces around the tags,
 * and an address in {@code href="mailto:ann&#64;x.org"} with its references), and each replacement is
 * {@link HtmlExtractor#escape escaped}, so even a policy's {@code "<withheld>"} cannot open a tag or end an
 * attribute value.
 */
final class HtmlRedaction {

  private HtmlRedaction() {}

  /** {@code found} (offsets into {@code doc.text()}) as pieces with offsets into {@code doc.original()}. */
  static List<Detection> pieces(List<Detection> found, ExtractedText doc) {
    List<Detection> out = new ArrayList<>(found.size());
    for (Detection d : found) {
      int[] p = OriginalPieces.of(doc, d.start(), d.end());
      for (int k = 0; k < p.length; k += 2) {
        out.add(new Detection(p[k], p[k + 1], d.type(), d.score(), d.recognizer(), d.explanation()));
      }
    }
    return out;
  }

  /** The markup of {@code original} with each replacement of {@code r} escaped. */
  static String escaped(String original, RedactionResult r) {
    StringBuilder out = new StringBuilder(original.length());
    int at = 0;
    for (AppliedRedaction a : r.applied()) {
      out.append(original, at, a.start());
      out.append(HtmlExtractor.escape(r.text().substring(a.outStart(), a.outEnd())));
      at = a.end();
    }
    return out.append(original, at, original.length()).toString();
  }
}
