package org.piishield.watch;

import java.util.Comparator;
import java.util.Objects;
import org.piishield.registry.normalize.FieldType;

/**
 * Where an alert's identifier was found: a field type and a UTF-16 span ({@code start} inclusive, {@code end}
 * exclusive) of the document, never the text itself.
 *
 * <p>Example: {@code "Vive en 742 N. Evergreen Terr. #3B"} gives {@code Evidence(ADDRESS, 8, 34)}.
 *
 * @param field the identifier's type
 * @param start first char of the span
 * @param end one past the last char of the span
 */
public record Evidence(FieldType field, int start, int end) {

  /** By start, then end, then field type: the order of {@link Alert#evidence()}. */
  public static final Comparator<Evidence> ORDER = Comparator.comparingInt(Evidence::start)
      .thenComparingInt(Evidence::end).thenComparing(Evidence::field);

  public Evidence {
    Objects.requireNonNull(field, "field");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether this span lies within {@code other}'s span and has the same field type. */
  boolean isWithin(Evidence other) {
    return field == other.field && other.start <= start && end <= other.end;
  }
}
