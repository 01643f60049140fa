package org.piishield.registry.enroll;

import java.util.List;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.Variants;

/**
 * {@link Variants#of(FieldType, CharSequence)} that turns any unexpected exception into "no variants", so one
 * odd value makes its row an error instead of aborting enrolment, and no exception message (which might quote
 * the value) escapes. Example: {@code of(PHONE, "555")} is {@code []}.
 */
final class SafeVariants {
  private SafeVariants() {}

  static List<String> of(FieldType type, String value) {
    try {
      return Variants.of(type, value);
    } catch (RuntimeException e) {
      return List.of();
    }
  }
}
