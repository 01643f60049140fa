package org.piishield.benchmarks.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.piishield.detect.EntityType;

/**
 * Renders evaluation results: the generated sections of {@code docs/ACCURACY.md} (one for the method, one
 * per dataset) and a plain-text summary for the console. Scores print with three decimals; an undefined
 * ratio prints as {@code –}.
 */
final class AccuracyMarkdown {

  static final String METHOD_SECTION = "method";

  private AccuracyMarkdown() {}

  /** The heading and the methodology, shared by every dataset section. */
  static String method() {
    return """
        Figures below are produced by `org.piishield.benchmarks.eval.EvaluateCommand` (module `pii-benchmarks`).
        Reproduce them from the repository root with `bin/evaluate`, which runs:

        ```
        mvn -q -B -DskipTests package -pl pii-benchmarks -am && java -cp "$(cat pii-benchmarks/target/classpath.txt)" org.piishield.benchmarks.eval.EvaluateCommand --data ../shared/data --out docs/ACCURACY.md
        ```

        Options: `--dataset presidio|meddocan|all`, `--presidio FILE` / `--meddocan DIR` (e.g. a held-out split),
        `--lang dataset|auto|en|es` (default `dataset`: English for Presidio, Spanish for MEDDOCAN),
        `--threshold T` (default: the engine's, 0.4), `--max-docs N` (quick runs; the section then says so).
        Only the sections between `generated` markers are rewritten; text outside them is kept.

        **Engine.** `PiiEngine` with every recognizer found on the class path, default settings, resolved
        detections (`detect`, after context scoring, threshold and overlap resolution).

        **NER model, cross-validated.** The statistical tagger `ner_model` (module `pii-ner-model`) is trained
        on the Presidio and MEDDOCAN development sets scored here, so the shipped model would be scored on text
        it has seen. For these two datasets each document is instead scored by a model that never saw it:
        documents are split into K folds (`--ner-folds K`, default 5) by a stable hash (CRC-32) of their group
        key — the Presidio template id, so no sentence template is on both sides, and the MEDDOCAN file name —
        and fold k is scored by an engine whose `ner_model` was trained, with the shipped model's code, settings
        and synthetic sentences, on everything except fold k. All other recognizers are the shipped ones.
        `--ner-folds 0` scores with the shipped model instead (contaminated; for comparison only). The
        public-domain set is not in the training data and is scored with the shipped model.

        **Offsets.** All corpora give code-point offsets; they are converted to UTF-16 before scoring.

        **Datasets.** Presidio synthetic (English) and MEDDOCAN (Spanish) dev sets from `--data`, and the
        third set, `eval-data/public-domain/` in this repository: public-domain documents (US government
        press releases, court opinions, reports, Voice of America news and posts in English and Spanish;
        Spanish and Mexican official texts) annotated by PII Shield developers for PERSON, LOCATION and
        ORGANIZATION following `eval-data/public-domain/ANNOTATION.md`; sources in each folder's `SOURCES.md`.

        **Categories.** Each corpus label is mapped to a category and the set of PII Shield types that count
        as finding it (tables per dataset below). Labels without a PII Shield counterpart are not scored and
        are listed with the reason.

        **Matching.** *Exact*: same start and end. *Overlap*: at least one character in common. In both, the
        prediction's type must be one the category accepts.

        **Counting.** Recall = TP / Gold, over gold entities (an entity is found at most once). Precision =
        (Predicted − FP) / Predicted, over predictions charged to the category: a prediction is correct in
        every category whose gold entity it matches; a prediction that matches nothing is one FP, charged to
        its type's primary category (the accepting category with the fewest types). Predictions of a type the
        corpus never annotates (e.g. `LICENSE_PLATE` in MEDDOCAN) are not FPs; they are listed separately.

        **All PII** ignores types: a scored gold entity is found when any prediction matches it; a prediction
        is correct when it matches any gold entity, scored or not.

        **Token level** (PERSON, LOCATION, ORGANIZATION): tokens are runs of letters and digits. A gold token
        lies in a gold entity of the category; a predicted token lies in a prediction whose type's primary
        category it is (or of an accepted type, on a gold token). TP = predicted gold tokens; partial names
        earn partial credit, unlike the entity-level rows.
        """;
  }

  /** The generated section of one dataset. */
  static String dataset(ScoreReport r, Map<Category, Counts> tokens, RunInfo run) {
    StringBuilder sb = new StringBuilder();
    DatasetSchema s = r.schema();
    sb.append("## ").append(s.title()).append("\n\n");
    sb.append("Generated ").append(run.date()).append(" at commit `").append(run.commit()).append("` by\n\n```\n")
        .append(run.command()).append("\n```\n\n");
    int goldTotal = 0;
    for (int n : r.goldByLabel().values()) {
      goldTotal += n;
    }
    sb.append("- Data: `").append(run.source()).append("`, ").append(r.documents()).append(" documents");
    if (r.documents() < run.documentsAvailable()) {
      sb.append(" (**first ").append(r.documents()).append(" of ").append(run.documentsAvailable())
          .append(" only, `--max-docs`**)");
    }
    sb.append(", ").append(goldTotal).append(" gold entities, ").append(run.chars()).append(" chars.\n");
    sb.append("- Engine: ").append(run.recognizers().size())
        .append(run.recognizers().size() == 1 ? " recognizer (" : " recognizers (")
        .append(String.join(", ", run.recognizers())).append("), score threshold ")
        .append(String.format(Locale.ROOT, "%.2f", run.threshold())).append(", language `")
        .append(run.language()).append("`.\n");
    sb.append("- Time in the engine: ").append(String.format(Locale.ROOT, "%.2f s", run.seconds())).append(".\n\n");

    for (MatchRule rule : List.of(MatchRule.OVERLAP, MatchRule.EXACT)) {
      sb.append("### ").append(rule == MatchRule.OVERLAP ? "Overlap match" : "Exact match").append("\n\n");
      sb.append("| Category | Gold | Predicted | TP | FP | FN | Precision | Recall | F1 |\n");
      sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Map.Entry<Category, Map<MatchRule, Counts>> e : r.byCategory().entrySet()) {
        row(sb, e.getKey().name(), e.getValue().get(rule));
      }
      row(sb, "**All PII (any type)**", r.allPii().get(rule));
      sb.append('\n');
    }

    if (!tokens.isEmpty()) {
      sb.append("### Token level (names, places, organisations)\n\n");
      sb.append("| Category | Gold tokens | Predicted tokens | TP | FP | FN | Precision | Recall | F1 |\n");
      sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Map.Entry<Category, Counts> e : tokens.entrySet()) {
        row(sb, e.getKey().name(), e.getValue());
      }
      sb.append('\n');
    }

    sb.append("### Predictions of types this corpus does not annotate\n\n");
    if (r.unscoredPredictions().isEmpty()) {
      sb.append("None.\n\n");
    } else {
      sb.append("| Type | Predicted | Overlapping a gold entity |\n|---|---:|---:|\n");
      for (Map.Entry<EntityType, ScoreReport.UnscoredType> e : r.unscoredPredictions().entrySet()) {
        sb.append("| ").append(e.getKey().id()).append(" | ").append(e.getValue().count()).append(" | ")
            .append(e.getValue().overlappingGold()).append(" |\n");
      }
      sb.append('\n');
    }

    sb.append("### Type mapping\n\n");
    sb.append("| Category | Gold labels (entities) | PII Shield types that count |\n|---|---|---|\n");
    for (Category c : s.categories()) {
      List<String> labels = new ArrayList<>();
      for (String l : c.goldLabels()) {
        labels.add("`" + l + "` (" + r.goldByLabel().getOrDefault(l, 0) + ")");
      }
      List<String> types = new ArrayList<>();
      for (EntityType t : c.types()) {
        types.add("`" + t.id() + "`");
      }
      sb.append("| ").append(c.name()).append(" | ").append(String.join(", ", labels)).append(" | ")
          .append(String.join(", ", types)).append(" |\n");
    }
    sb.append("\nNot scored:\n\n");
    for (Map.Entry<String, String> e : s.unscoredLabels().entrySet()) {
      sb.append("- `").append(e.getKey()).append("` (").append(r.goldByLabel().getOrDefault(e.getKey(), 0))
          .append("): ").append(e.getValue()).append(".\n");
    }
    for (String l : r.unmappedLabels()) {
      sb.append("- `").append(l).append("` (").append(r.goldByLabel().get(l))
          .append("): **not in the mapping** — add it to `Datasets`.\n");
    }
    sb.append('\n');
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Counts c) {
    sb.append("| ").append(name).append(" | ").append(c.gold()).append(" | ").append(c.predicted()).append(" | ")
        .append(c.tp()).append(" | ").append(c.fp()).append(" | ").append(c.fn()).append(" | ")
        .append(ratio(c.precision())).append(" | ").append(ratio(c.recall())).append(" | ")
        .append(ratio(c.f1())).append(" |\n");
  }

  /** A console summary: one line per category with overlap P/R/F1 and exact F1. */
  static String summary(ScoreReport r, Map<Category, Counts> tokens, RunInfo run) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.schema().id()).append(": ").append(r.documents()).append(" documents, language ")
        .append(run.language()).append(String.format(Locale.ROOT, ", %.2f s in the engine%n", run.seconds()));
    sb.append(String.format(Locale.ROOT, "  %-22s %6s %6s  %6s %6s %6s  %8s%n", "category", "gold", "pred",
        "P", "R", "F1", "exact F1"));
    for (Map.Entry<Category, Map<MatchRule, Counts>> e : r.byCategory().entrySet()) {
      summaryLine(sb, e.getKey().name(), e.getValue().get(MatchRule.OVERLAP), e.getValue().get(MatchRule.EXACT));
    }
    summaryLine(sb, "ALL PII (any type)", r.allPii().get(MatchRule.OVERLAP), r.allPii().get(MatchRule.EXACT));
    for (Map.Entry<Category, Counts> e : tokens.entrySet()) {
      Counts c = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-22s %6d %6d  %6s %6s %6s%n", e.getKey().name() + " tokens", c.gold(),
          c.predicted(), ratio(c.precision()), ratio(c.recall()), ratio(c.f1())));
    }
    if (!r.unmappedLabels().isEmpty()) {
      sb.append("  warning: gold labels not in the mapping: ").append(String.join(", ", r.unmappedLabels()))
          .append('\n');
    }
    return sb.toString();
  }

  private static void summaryLine(StringBuilder sb, String name, Counts overlap, Counts exact) {
    sb.append(String.format(Locale.ROOT, "  %-22s %6d %6d  %6s %6s %6s  %8s%n", name, overlap.gold(),
        overlap.predicted(), ratio(overlap.precision()), ratio(overlap.recall()), ratio(overlap.f1()),
        ratio(exact.f1())));
  }

  static String ratio(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }
}
