package org.piishield.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.piishield.detect.Detection;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.HtmlExtractor;
import org.piishield.extract.OriginalPieces;
import org.piishield.formats.verify.WithheldValue;
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

  /**
   * Detections in the markup, and what each reads as in the extracted text (keyed by its start in the markup):
   * {@code ann@x.org} for the piece {@code ann&#64;x.org}. The values stay in memory for verification only.
   */
  record Pieces(List<Detection> detections, Map<Integer, String> values) {}

  /** {@code found} (offsets into {@code doc.text()}) as pieces with offsets into {@code doc.original()}. */
  static Pieces pieces(List<Detection> found, ExtractedText doc) {
    List<Detection> out = new ArrayList<>(found.size());
    Map<Integer, String> values = new HashMap<>();
    for (Detection d : found) {
      int[] p = OriginalPieces.of(doc, d.start(), d.end());
      int[] t = OriginalPieces.inText(doc, d.start(), d.end());
      for (int k = 0; k < p.length; k += 2) {
        out.add(new Detection(p[k], p[k + 1], d.type(), d.score(), d.recognizer(), d.explanation()));
        values.put(p[k], doc.text().substring(t[k], t[k + 1]));
      }
    }
    return new Pieces(out, values);
  }

  /** The values the non-{@code keep} spans of {@code r} withheld, numbered as log rows from 1. */
  static List<WithheldValue> withheld(RedactionResult r, Pieces pieces) {
    List<WithheldValue> out = new ArrayList<>();
    for (int i = 0; i < r.applied().size(); i++) {
      AppliedRedaction a = r.applied().get(i);
      if (!"keep".equals(a.operator())) {
        out.add(new WithheldValue(i + 1, a.type().id(), pieces.values().get(a.start()),
            WithheldSpans.label(a.exemption(), a.type().id())));
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
