package org.piishield.benchmarks.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;

/**
 * How one gold-standard corpus maps onto PII Shield's entity types: which gold labels are scored, in which
 * {@link Category}, and which are deliberately not scored (with the reason, printed in the report).
 *
 * <p>A predicted type may be accepted by more than one category (in Presidio, {@code LOCATION} finds both
 * {@code GPE} and {@code STREET_ADDRESS}). Its {@link #primaryCategory primary category}, the first declared
 * category that lists it as its own first type, else the accepting category with the fewest types (ties:
 * first declared), is the one charged with its false positives. In MEDDOCAN, {@code LOCATION} is accepted by
 * {@code ADDRESS}, {@code LOCATION} (which also takes postal codes) and {@code ORGANIZATION}; it is charged
 * to {@code LOCATION}.
 *
 * <p>Immutable.
 */
final class DatasetSchema {

  private final String id;
  private final String title;
  private final Language language;
  private final List<Category> categories;
  private final Map<String, Category> byLabel;
  private final Map<String, String> unscored;

  private DatasetSchema(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.language = b.language;
    this.categories = List.copyOf(b.categories);
    Map<String, Category> m = new LinkedHashMap<>();
    for (Category c : categories) {
      for (String label : c.goldLabels()) {
        if (m.put(label, c) != null || b.unscored.containsKey(label)) {
          throw new IllegalArgumentException("gold label " + label + " is mapped twice in " + id);
        }
      }
    }
    this.byLabel = Collections.unmodifiableMap(m);
    this.unscored = Collections.unmodifiableMap(new LinkedHashMap<>(b.unscored));
  }

  static Builder newBuilder(String id, String title, Language language) {
    return new Builder(id, title, language);
  }

  /** Short id used for report sections and {@code --dataset}: {@code presidio}, {@code meddocan}. */
  String id() {
    return id;
  }

  String title() {
    return title;
  }

  /** The language the corpus is written in, passed to the engine unless {@code --lang} says otherwise. */
  Language language() {
    return language;
  }

  List<Category> categories() {
    return categories;
  }

  /** The category of a gold label, or {@code null} when the label is unscored or unknown. */
  Category categoryOf(String goldLabel) {
    return byLabel.get(goldLabel);
  }

  /** Labels deliberately left out of scoring, each with its reason. */
  Map<String, String> unscoredLabels() {
    return unscored;
  }

  boolean isKnownLabel(String goldLabel) {
    return byLabel.containsKey(goldLabel) || unscored.containsKey(goldLabel);
  }

  /** Every category that accepts {@code type}, in declaration order; empty for a type the corpus never annotates. */
  List<Category> categoriesAccepting(EntityType type) {
    List<Category> out = new ArrayList<>(2);
    for (Category c : categories) {
      if (c.accepts(type)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The first declared category whose first type is {@code type}, else the accepting category with the fewest
   * types, first declared on ties; {@code null} if none accepts it.
   */
  Category primaryCategory(EntityType type) {
    for (Category c : categories) {
      if (!c.types().isEmpty() && c.types().get(0).equals(type)) {
        return c;
      }
    }
    Category best = null;
    for (Category c : categories) {
      if (c.accepts(type) && (best == null || c.types().size() < best.types().size())) {
        best = c;
      }
    }
    return best;
  }

  /** Collects categories and unscored labels; {@link #build()} rejects a label mapped twice. */
  static final class Builder {
    private final String id;
    private final String title;
    private final Language language;
    private final List<Category> categories = new ArrayList<>();
    private final Map<String, String> unscored = new LinkedHashMap<>();

    private Builder(String id, String title, Language language) {
      this.id = Objects.requireNonNull(id);
      this.title = Objects.requireNonNull(title);
      this.language = Objects.requireNonNull(language);
    }

    /** A scored category named {@code name}, found by any of {@code types}, fed by {@code goldLabels}. */
    Builder category(String name, List<EntityType> types, String... goldLabels) {
      categories.add(new Category(name, types, List.of(goldLabels)));
      return this;
    }

    Builder unscored(String goldLabel, String reason) {
      if (unscored.put(goldLabel, reason) != null) {
        throw new IllegalArgumentException("gold label " + goldLabel + " listed twice as unscored");
      }
      return this;
    }

    DatasetSchema build() {
      return new DatasetSchema(this);
    }
  }
}
