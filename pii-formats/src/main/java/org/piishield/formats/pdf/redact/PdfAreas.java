package org.piishield.formats.pdf.redact;

import java.util.ArrayList;
import java.util.List;
import org.piishield.formats.PageBox;
import org.piishield.formats.TextLayout;
import org.piishield.formats.redact.WithheldSpan;

/**
 * The areas of a PDF to redact for withheld spans: every span becomes one area per line it is drawn on
 * ({@link TextLayout#boxes}), grown by {@link #PAD} points on every side so no sliver of a glyph survives, and
 * labelled with the span's label (the rule's exemption code, or else the entity type).
 *
 * <p>Example: with the foia policy, an e-mail at {@code [9, 29)} of the extracted text drawn on one line of the
 * first page at {@code (72, 697.6)-(180.4, 710.9)} becomes
 * {@code RedactionArea[pageIndex=0, x0=71, y0=696.6, x1=181.4, y1=711.9, label=(b)(6)]}. A punctuation mark
 * touching the span (a comma right after a name) may be removed with it; nothing farther away is.
 */
public final class PdfAreas {

  /** Points added on each side of a line's box. */
  public static final float PAD = 1f;

  private PdfAreas() {}

  public static List<RedactionArea> of(List<WithheldSpan> spans, TextLayout layout) {
    List<RedactionArea> out = new ArrayList<>(spans.size());
    for (WithheldSpan s : spans) {
      for (PageBox b : layout.boxes(s.start(), s.end())) {
        out.add(new RedactionArea(b.page(), b.x0() - PAD, b.y0() - PAD, b.x1() + PAD, b.y1() + PAD, s.label()));
      }
    }
    return out;
  }
}
