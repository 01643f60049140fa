package org.piishield.benchmarks.eval;

/**
 * Counts for one category under one {@link MatchRule}, and the scores derived from them.
 *
 * <ul>
 *   <li>{@code gold}: gold entities of the category; {@code tp} of them were found, {@code fn} were not.
 *   <li>{@code predicted}: predictions charged to the category; {@code fp} of them found nothing.
 * </ul>
 *
 * Recall is {@code tp / gold}; precision is {@code (predicted - fp) / predicted}, i.e. counted over
 * predictions, so two predictions that each cover half of one name are both correct under
 * {@link MatchRule#OVERLAP} while the name counts once for recall. Example: gold 4, predicted 5, tp 3,
 * fp 1, fn 1 gives precision 0.8, recall 0.75, F1 0.7742. Undefined ratios (nothing predicted, or no gold)
 * are {@code NaN}; F1 is 0 when only one of precision and recall is defined.
 */
record Counts(int gold, int predicted, int tp, int fp, int fn) {

  static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

  Counts {
    if (gold < 0 || predicted < 0 || tp < 0 || fp < 0 || fn < 0 || tp + fn != gold || fp > predicted) {
      throw new IllegalArgumentException("inconsistent counts gold=" + gold + " predicted=" + predicted + " tp="
          + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  Counts plus(Counts o) {
    return new Counts(gold + o.gold, predicted + o.predicted, tp + o.tp, fp + o.fp, fn + o.fn);
  }

  double precision() {
    return predicted == 0 ? Double.NaN : (predicted - fp) / (double) predicted;
  }

  double recall() {
    return gold == 0 ? Double.NaN : tp / (double) gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    if (Double.isNaN(p) && Double.isNaN(r)) {
      return Double.NaN;
    }
    if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
      return 0;
    }
    return 2 * p * r / (p + r);
  }
}
