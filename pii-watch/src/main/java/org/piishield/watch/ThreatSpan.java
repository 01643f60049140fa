package org.piishield.watch;

/**
 * A threat or call-to-action phrase found by the {@link ThreatLexicon}: a UTF-16 span of the document,
 * {@code start} inclusive, {@code end} exclusive, from the first char of the phrase's first word to the last
 * char of its last word.
 *
 * <p>Example: {@code "WE KNOW WHERE\nHE LIVES."} gives {@code ThreatSpan(0, 22)}; the final full stop is
 * not part of the span.
 *
 * @param start first char of the phrase
 * @param end one past the last char of the phrase
 */
public record ThreatSpan(int start, int end) {

  public ThreatSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
