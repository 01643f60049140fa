package org.piishield.benchmarks.eval;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a document's text.
 *
 * <p>In {@code "Call Ana now"}, the name is {@code new TextRange(5, 8)}.
 */
record TextRange(int start, int end) {

  TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  /** True when the two ranges share at least one char. */
  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
