package org.piishield.detect;

import java.util.Objects;

/**
 * One span of personal information found in a text.
 *
 * <p>Offsets are UTF-16 indices into the <em>original</em> text; {@code start} is inclusive and
 * {@code end} exclusive. For {@code "Call 555-867-5309 now"} a phone detection has {@code start() == 5}
 * and {@code end() == 17}, so {@code text.subSequence(5, 17)} is {@code "555-867-5309"}.
 * A detection never holds the matched text itself.
 */
public record Detection(
    int start, int end, EntityType type, double score, String recognizer, Explanation explanation) {

  public Detection {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(recognizer, "recognizer");
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Detection other) {
    return start < other.end && other.start < end;
  }
}
