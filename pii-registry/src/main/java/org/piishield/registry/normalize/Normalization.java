package org.piishield.registry.normalize;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of normalising one enrolled value: either a canonical {@link #value()} or, when the input is
 * unusable, a constant {@link #reason()} that never contains the input. Example:
 * {@code PhoneNormalizer.normalize("(562) 555-0123")} has value {@code "+15625550123"};
 * {@code PhoneNormalizer.normalize("123")} is empty with reason {@code "phone_invalid"}.
 *
 * @param value the canonical form, or {@code null} when rejected
 * @param reason a constant short reason when rejected, or {@code null}
 */
public record Normalization(String value, String reason) {

  public Normalization {
    if ((value == null) == (reason == null)) {
      throw new IllegalArgumentException("exactly one of value and reason must be set");
    }
  }

  /** A successful normalisation to {@code value}. */
  public static Normalization of(String value) {
    return new Normalization(Objects.requireNonNull(value), null);
  }

  /** A rejection with a constant reason such as {@code "phone_invalid"}. */
  public static Normalization rejected(String reason) {
    return new Normalization(null, Objects.requireNonNull(reason));
  }

  /** Whether a canonical value is present. */
  public boolean isPresent() {
    return value != null;
  }

  /** The value, if present. */
  public Optional<String> asOptional() {
    return Optional.ofNullable(value);
  }

  /** Never prints the value: a normalised identifier is still PII. */
  @Override
  public String toString() {
    return value == null ? "Normalization[rejected=" + reason + "]" : "Normalization[present]";
  }
}
