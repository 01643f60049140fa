package org.piishield.watch;

import org.piishield.registry.match.RegistryMatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns the registry hits found in one document into its alerts, one per person:
 * <ol>
 *   <li>groups the hits by person id;</li>
 *   <li>runs the {@link ThreatLexicon} once over the document (not at all when there is no hit);</li>
 *   <li>scores each person's hits with the {@link ExposureScorer};</li>
 *   <li>keeps the alerts at {@code minSeverity} or above, ordered by severity (most severe first), then by
 *       person id.</li>
 * </ol>
 *
 * <p>Example: a flyer {@code "Bill O'Donnell vive en 1600 Oak St. ¡Compártelo!"} with hits
 * {@code (p-002, NAME, 0, 14)} and {@code (p-002, ADDRESS, 23, 34)} gives one alert, p-002, critical, fields
 * {@code [NAME, ADDRESS]}. Immutable and thread-safe; nothing here reads or keeps the matched text beyond the
 * lexicon's pass.
 */
public final class DocumentAlerts {

  private static final Comparator<Alert> ORDER = Comparator.comparing(Alert::severity).reversed()
      .thenComparing(Alert::personId);

  private final ThreatLexicon lexicon;
  private final ExposureScorer scorer;

  public DocumentAlerts(ThreatLexicon lexicon, ExposureScorer scorer) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /** The built-in English and Spanish lexicon with the default scorer. */
  public static DocumentAlerts standard() {
    return new DocumentAlerts(ThreatLexicon.standard(), new ExposureScorer());
  }

  /**
   * The alerts of one document.
   *
   * @param source the document's name in the alerts, e.g. its path
   * @param text the document text the hits' offsets point into
   * @param hits every registry hit in the document, any order, any number of people
   * @param minSeverity the least severe alert to return ({@link Severity#LOW} for all)
   * @throws IllegalArgumentException when a hit ends beyond the text
   */
  public List<Alert> alerts(String source, CharSequence text, Collection<RegistryMatch> hits, Severity minSeverity) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(minSeverity, "minSeverity");
    if (hits.isEmpty()) {
      return List.of();
    }
    Map<String, List<RegistryMatch>> byPerson = new TreeMap<>();
    for (RegistryMatch h : hits) {
      if (h.end() > text.length()) {
        throw new IllegalArgumentException("hit [" + h.start() + ", " + h.end() + ") of " + h.personId()
            + " beyond the text's " + text.length() + " chars");
      }
      byPerson.computeIfAbsent(h.personId(), k -> new ArrayList<>()).add(h);
    }
    List<ThreatSpan> threats = lexicon.find(text);
    List<Alert> out = new ArrayList<>(byPerson.size());
    for (Map.Entry<String, List<RegistryMatch>> e : byPerson.entrySet()) {
      Alert a = scorer.score(source, e.getKey(), e.getValue(), threats);
      if (a.severity().isAtLeast(minSeverity)) {
        out.add(a);
      }
    }
    out.sort(ORDER);
    return out;
  }
}
