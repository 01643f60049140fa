package org.piishield.benchmarks.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.piishield.detect.EntityType;

/**
 * The result of a {@link Scorer}: per-category counts under each rule, the type-agnostic "all PII" counts,
 * predictions of types the corpus never annotates, and how many gold entities each label had.
 *
 * @param goldByLabel gold entities per corpus label, scored or not, sorted by label
 * @param unmappedLabels labels found in the gold data that the schema neither scores nor lists as unscored
 */
record ScoreReport(
    DatasetSchema schema,
    int documents,
    Map<String, Integer> goldByLabel,
    Map<Category, Map<MatchRule, Counts>> byCategory,
    Map<MatchRule, Counts> allPii,
    Map<EntityType, UnscoredType> unscoredPredictions,
    List<String> unmappedLabels) {

  ScoreReport {
    goldByLabel = Collections.unmodifiableMap(goldByLabel);
    unmappedLabels = List.copyOf(unmappedLabels);
  }

  Counts counts(String category, MatchRule rule) {
    for (Map.Entry<Category, Map<MatchRule, Counts>> e : byCategory.entrySet()) {
      if (e.getKey().name().equals(category)) {
        return e.getValue().get(rule);
      }
    }
    throw new IllegalArgumentException("no category " + category + " in " + schema.id());
  }

  /**
   * Predictions of one type that no category of the corpus accepts.
   *
   * @param count how many were predicted
   * @param overlappingGold how many of them overlap some gold entity (any label)
   */
  record UnscoredType(int count, int overlappingGold) {}
}
