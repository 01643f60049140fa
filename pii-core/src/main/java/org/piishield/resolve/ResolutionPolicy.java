package org.piishield.resolve;

/** How {@link OverlapResolver} picks between overlapping detections. */
public enum ResolutionPolicy {
  /** Higher score wins, then the longer span, then the type with higher priority. The default. */
  SCORE_THEN_LENGTH,
  /** The longer span wins, then the higher score, then the type with higher priority. */
  LENGTH_THEN_SCORE,
  /** Keep every detection, overlapping or not (for explanation and evaluation, never for redaction). */
  KEEP_ALL
}
