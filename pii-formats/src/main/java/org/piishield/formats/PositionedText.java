package org.piishield.formats;

import org.piishield.extract.ExtractedText;

/**
 * Extracted text together with where each of its chars is drawn. {@code layout.length()} equals
 * {@code text.text().length()}, and the offsets of a detection in {@code text.text()} index the layout
 * directly: {@code layout.boxes(d.start(), d.end())} are the areas to redact.
 */
public record PositionedText(ExtractedText text, TextLayout layout) {

  public PositionedText {
    if (layout.length() != text.text().length()) {
      throw new IllegalArgumentException("layout covers " + layout.length() + " chars, text has " + text.text().length());
    }
  }
}
