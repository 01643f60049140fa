package org.piishield.benchmarks.eval;

/**
 * When a predicted span counts as finding a gold entity (the types must also agree, see {@link Scorer}).
 *
 * <p>Gold {@code "Ana Ruiz"} at {@code [5, 13)}: a prediction {@code [5, 13)} matches under both rules;
 * {@code [5, 8)} ({@code "Ana"}) or {@code [0, 13)} match only under {@link #OVERLAP}; {@code [13, 20)}
 * matches under neither (touching is not overlapping).
 */
enum MatchRule {
  /** Same start and same end (for a discontinuous entity: its first start and last end). */
  EXACT,
  /** At least one char in common with any fragment of the entity. */
  OVERLAP;

  boolean matches(PredictedSpan p, GoldSpan g) {
    return this == EXACT ? p.start() == g.start() && p.end() == g.end() : g.overlaps(p.start(), p.end());
  }
}
