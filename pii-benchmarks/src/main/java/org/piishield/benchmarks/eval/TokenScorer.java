package org.piishield.benchmarks.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-level scores for the name categories ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}),
 * complementing {@link Scorer}'s entity-level ones: a name found in part earns part of the credit.
 *
 * <p>A token is a maximal run of letters and digits. For a category C:
 * <ul>
 *   <li>gold tokens: tokens with at least one char inside a gold entity of C;
 *   <li>predicted tokens: tokens with a char inside a prediction whose type's primary category is C (unless
 *       the token is gold in another category that accepts the type, as at entity level), plus tokens
 *       inside a prediction of any type C accepts that are also gold tokens of C (so a
 *       {@code LOCATION} prediction on a hospital's place name counts for MEDDOCAN's organisations, as the
 *       entity-level rules allow);
 *   <li>TP = gold tokens that are predicted tokens; FP = predicted tokens that are not gold; FN = gold tokens
 *       not predicted.
 * </ul>
 *
 * <p>Example: gold PERSON "Maria Ruiz Peña", prediction PERSON "Maria Ruiz": 3 gold tokens, 2 predicted,
 * TP 2, FP 0, FN 1, so precision 1.0 and recall 0.667, while at entity level the overlap rule counts the
 * name as found. Not thread-safe.
 */
final class TokenScorer {

  /** The categories scored at token level, when the schema has them. */
  static final List<String> NAME_CATEGORIES = List.of("PERSON", "LOCATION", "ORGANIZATION");

  private final DatasetSchema schema;
  private final Map<Category, Counts> counts = new LinkedHashMap<>();

  TokenScorer(DatasetSchema schema) {
    this.schema = schema;
    for (Category c : schema.categories()) {
      if (NAME_CATEGORIES.contains(c.name())) {
        counts.put(c, Counts.ZERO);
      }
    }
  }

  /** Adds one document. */
  void add(String text, List<GoldSpan> gold, List<PredictedSpan> predicted) {
    if (counts.isEmpty()) {
      return;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (s < i) {
        token(s, i, gold, predicted);
      }
    }
  }

  private void token(int s, int e, List<GoldSpan> gold, List<PredictedSpan> predicted) {
    for (Map.Entry<Category, Counts> entry : counts.entrySet()) {
      Category c = entry.getKey();
      boolean isGold = false;
      for (GoldSpan g : gold) {
        if (schema.categoryOf(g.label()) == c && g.overlaps(s, e)) {
          isGold = true;
          break;
        }
      }
      boolean isPredicted = false;
      for (PredictedSpan p : predicted) {
        if (p.start() < e && s < p.end() && c.accepts(p.type())
            && (isGold || schema.primaryCategory(p.type()) == c && !goldOfAccepting(s, e, p, gold))) {
          isPredicted = true;
          break;
        }
      }
      if (isGold || isPredicted) {
        int tp = isGold && isPredicted ? 1 : 0;
        Counts add = new Counts(isGold ? 1 : 0, isPredicted ? 1 : 0, tp, isPredicted && !isGold ? 1 : 0,
            isGold && !isPredicted ? 1 : 0);
        entry.setValue(entry.getValue().plus(add));
      }
    }
  }

  /** Is the token gold in some category that accepts {@code p}'s type? Then it is no false positive. */
  private boolean goldOfAccepting(int s, int e, PredictedSpan p, List<GoldSpan> gold) {
    for (GoldSpan g : gold) {
      Category c = schema.categoryOf(g.label());
      if (c != null && c.accepts(p.type()) && g.overlaps(s, e)) {
        return true;
      }
    }
    return false;
  }

  /** Token counts per name category present in the schema, in schema order. */
  Map<Category, Counts> report() {
    return new LinkedHashMap<>(counts);
  }
}
