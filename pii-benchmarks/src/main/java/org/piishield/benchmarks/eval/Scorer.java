package org.piishield.benchmarks.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.piishield.detect.EntityType;

/**
 * Scores predictions against gold entities, document by document, for each category of a
 * {@link DatasetSchema} under both {@link MatchRule}s.
 *
 * <ol>
 *   <li>A gold entity of category C is a true positive when some prediction of a type C accepts matches it;
 *       otherwise a false negative. Gold entities of unscored labels are not counted.
 *   <li>A prediction whose type some category accepts is correct in every such category where it matches a
 *       gold entity of that category. If it matches none, it is one false positive, charged to the type's
 *       {@linkplain DatasetSchema#primaryCategory primary category}.
 *   <li>A prediction of a type no category accepts (say {@code LICENSE_PLATE} in a corpus that never
 *       annotates plates) is not a false positive: it is tallied per type under
 *       {@link ScoreReport#unscoredPredictions()}, with how many overlap some gold entity.
 *   <li>"All PII" ignores types: a scored gold entity is found when any prediction matches it; a prediction
 *       is correct when it matches any gold entity, scored or not (a span on an annotated age is not a
 *       false alarm).
 * </ol>
 *
 * <p>Example (Presidio): gold {@code PERSON [0,8)}, {@code GPE [20,27)}; predictions {@code PERSON [0,3)},
 * {@code LOCATION [20,27)}, {@code EMAIL [40,50)}. Under OVERLAP, PERSON has tp 1 and predicted 1;
 * LOCATION has tp 1 and predicted 1 (the prediction is also accepted by ADDRESS but matches no address, so
 * ADDRESS is not charged); EMAIL has predicted 1, fp 1. Under EXACT the PERSON prediction is an fp and the
 * name an fn.
 *
 * <p>Not thread-safe.
 */
final class Scorer {

  private final DatasetSchema schema;
  private final Map<Category, EnumMap<MatchRule, Counts>> byCategory = new LinkedHashMap<>();
  private final EnumMap<MatchRule, Counts> allPii = new EnumMap<>(MatchRule.class);
  private final Map<String, int[]> unscoredPredictions = new TreeMap<>();
  private final Map<String, Integer> goldByLabel = new TreeMap<>();
  private int documents;

  Scorer(DatasetSchema schema) {
    this.schema = schema;
    for (Category c : schema.categories()) {
      EnumMap<MatchRule, Counts> m = new EnumMap<>(MatchRule.class);
      for (MatchRule r : MatchRule.values()) {
        m.put(r, Counts.ZERO);
      }
      byCategory.put(c, m);
    }
    for (MatchRule r : MatchRule.values()) {
      allPii.put(r, Counts.ZERO);
    }
  }

  /** Adds one document's gold entities and predictions. */
  void add(List<GoldSpan> gold, List<PredictedSpan> predicted) {
    documents++;
    for (GoldSpan g : gold) {
      goldByLabel.merge(g.label(), 1, Integer::sum);
    }
    for (MatchRule rule : MatchRule.values()) {
      for (Category c : schema.categories()) {
        byCategory.get(c).merge(rule, categoryCounts(c, rule, gold, predicted), Counts::plus);
      }
      allPii.merge(rule, allPiiCounts(rule, gold, predicted), Counts::plus);
    }
    for (PredictedSpan p : predicted) {
      if (schema.categoriesAccepting(p.type()).isEmpty()) {
        int[] t = unscoredPredictions.computeIfAbsent(p.type().id(), k -> new int[2]);
        t[0]++;
        if (matchesAny(MatchRule.OVERLAP, p, gold)) {
          t[1]++;
        }
      }
    }
  }

  private Counts categoryCounts(Category c, MatchRule rule, List<GoldSpan> gold, List<PredictedSpan> predicted) {
    int goldN = 0;
    int tp = 0;
    for (GoldSpan g : gold) {
      if (schema.categoryOf(g.label()) != c) {
        continue;
      }
      goldN++;
      for (PredictedSpan p : predicted) {
        if (c.accepts(p.type()) && rule.matches(p, g)) {
          tp++;
          break;
        }
      }
    }
    int predictedN = 0;
    int fp = 0;
    for (PredictedSpan p : predicted) {
      if (!c.accepts(p.type())) {
        continue;
      }
      if (matchesCategory(rule, p, c, gold)) {
        predictedN++;
      } else if (schema.primaryCategory(p.type()) == c && !matchesAnyAccepting(rule, p, gold)) {
        predictedN++;
        fp++;
      }
    }
    return new Counts(goldN, predictedN, tp, fp, goldN - tp);
  }

  private Counts allPiiCounts(MatchRule rule, List<GoldSpan> gold, List<PredictedSpan> predicted) {
    int goldN = 0;
    int tp = 0;
    for (GoldSpan g : gold) {
      if (schema.categoryOf(g.label()) == null) {
        continue;
      }
      goldN++;
      for (PredictedSpan p : predicted) {
        if (rule.matches(p, g)) {
          tp++;
          break;
        }
      }
    }
    int fp = 0;
    for (PredictedSpan p : predicted) {
      if (!matchesAny(rule, p, gold)) {
        fp++;
      }
    }
    return new Counts(goldN, predicted.size(), tp, fp, goldN - tp);
  }

  private boolean matchesCategory(MatchRule rule, PredictedSpan p, Category c, List<GoldSpan> gold) {
    for (GoldSpan g : gold) {
      if (schema.categoryOf(g.label()) == c && rule.matches(p, g)) {
        return true;
      }
    }
    return false;
  }

  /** Does {@code p} match a gold entity of any category that accepts its type? */
  private boolean matchesAnyAccepting(MatchRule rule, PredictedSpan p, List<GoldSpan> gold) {
    for (GoldSpan g : gold) {
      Category c = schema.categoryOf(g.label());
      if (c != null && c.accepts(p.type()) && rule.matches(p, g)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(MatchRule rule, PredictedSpan p, List<GoldSpan> gold) {
    for (GoldSpan g : gold) {
      if (rule.matches(p, g)) {
        return true;
      }
    }
    return false;
  }

  ScoreReport report() {
    Map<Category, Map<MatchRule, Counts>> cats = new LinkedHashMap<>();
    byCategory.forEach((c, m) -> cats.put(c, new EnumMap<>(m)));
    Map<EntityType, ScoreReport.UnscoredType> unscored = new LinkedHashMap<>();
    unscoredPredictions.forEach((id, t) -> unscored.put(new EntityType(id), new ScoreReport.UnscoredType(t[0], t[1])));
    List<String> unmapped = new ArrayList<>();
    for (String label : goldByLabel.keySet()) {
      if (!schema.isKnownLabel(label)) {
        unmapped.add(label);
      }
    }
    return new ScoreReport(schema, documents, new TreeMap<>(goldByLabel), cats, new EnumMap<>(allPii), unscored,
        unmapped);
  }
}
