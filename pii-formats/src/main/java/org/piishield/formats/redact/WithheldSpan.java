package org.piishield.formats.redact;

/**
 * One span of a document's text to take out: {@code [start, end)} into {@link RedactableDocument#text()}, the
 * entity type, and the label drawn or written in its place (the exemption code, or the type id without one).
 *
 * <p>For a name at {@code [6, 22)} withheld under the foia policy: {@code new WithheldSpan(6, 22, "PERSON", "(b)(6)")}.
 */
public record WithheldSpan(int start, int end, String type, String label) {

  public WithheldSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (type == null || label == null || label.isEmpty()) {
      throw new IllegalArgumentException("a withheld span needs a type and a label");
    }
  }
}
