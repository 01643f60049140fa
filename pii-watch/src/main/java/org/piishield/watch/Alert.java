package org.piishield.watch;

import java.util.List;
import java.util.Objects;
import org.piishield.registry.normalize.FieldType;

/**
 * One alert: an enrolled person exposed in one document. {@code fields} are the distinct matched field
 * types in {@link FieldType} order; {@code evidence} is sorted by {@link Evidence#ORDER} without duplicates.
 * {@code score} is in {@code [0, 1]}, with two decimals, and lies in the band of its {@code severity} (see
 * {@link ExposureScorer}).
 *
 * <p>Example: a flyer {@code "flyer-en.txt"} naming p-002 with his home address gives
 * {@code Alert("flyer-en.txt", "p-002", CRITICAL, 0.83, [NAME, ADDRESS], [Evidence(NAME, 0, 14),
 * Evidence(ADDRESS, 24, 35)])}. An alert holds no matched text: its {@code toString()} is safe to log.
 *
 * @param source the document's name, e.g. its path
 * @param personId the opaque enrolled person id
 * @param severity how urgent
 * @param score the exposure score, monotone in the evidence
 * @param fields distinct field types found, in enum order
 * @param evidence where each identifier was found
 */
public record Alert(String source, String personId, Severity severity, double score, List<FieldType> fields,
    List<Evidence> evidence) {

  public Alert {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(severity, "severity");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
    fields = List.copyOf(fields);
    evidence = List.copyOf(evidence);
  }
}
