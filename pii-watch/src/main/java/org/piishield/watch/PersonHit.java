package org.piishield.watch;

import java.util.Objects;
import org.piishield.registry.normalize.FieldType;

/**
 * One span of a document that matched an enrolled identifier of one person: the input of watch scoring.
 * Offsets are UTF-16 indices into the document text, {@code start} inclusive, {@code end} exclusive.
 *
 * <p>Example: in {@code "Bill O'Donnell lives at 1600 Oak St"} the matcher reports
 * {@code new PersonHit("p-002", FieldType.NAME, 0, 14)} for {@code "Bill O'Donnell"} and
 * {@code new PersonHit("p-002", FieldType.ADDRESS, 24, 35)} for {@code "1600 Oak St"}.
 *
 * <p>A hit holds no matched text, so its {@code toString()} is safe to log.
 *
 * @param personId the opaque enrolled person id
 * @param field what kind of identifier matched
 * @param start first char of the span
 * @param end one past the last char of the span
 */
public record PersonHit(String personId, FieldType field, int start, int end) {

  public PersonHit {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(field, "field");
    if (personId.isEmpty()) {
      throw new IllegalArgumentException("empty person id");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + personId);
    }
  }
}
