package org.piishield.extract;

import org.piishield.text.OffsetMap;

/**
 * Text extracted from a document, ready to scan, with the map from its offsets back to offsets in the
 * document's own decoded text ({@code original}). For plain text both are the same string and the map is
 * the identity; for HTML {@code text} has tags stripped and entities decoded while {@code original} is
 * the markup as read.
 */
public record ExtractedText(String text, String original, OffsetMap offsets, String mediaType) {

  public static ExtractedText plain(String text, String mediaType) {
    return new ExtractedText(text, text, OffsetMap.identity(), mediaType);
  }
}
