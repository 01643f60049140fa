package org.piishield.detect;

/**
 * Receives candidate spans from a {@link Recognizer}. Offsets are UTF-16 indices into the text being
 * scanned, end exclusive. {@code pattern} and {@code validator} are short constant names (never the
 * matched text) used in explanations; either may be {@code null}.
 *
 * <p>Implementations are per-call and not thread-safe.
 */
public interface DetectionSink {

  void add(int start, int end, EntityType type, double score, Recognizer source, String pattern, String validator);

  /**
   * Like {@link #add(int, int, EntityType, double, Recognizer, String, String)} for a candidate whose
   * score the recognizer has already set from context it checked itself; the engine will not add a
   * context boost on top.
   */
  default void addWithContext(
      int start, int end, EntityType type, double score, Recognizer source, String pattern, String validator,
      String contextWord) {
    add(start, end, type, score, source, pattern, validator);
  }
}
