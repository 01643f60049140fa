package org.piishield.registry.normalize;

import java.util.List;

/**
 * One entry point per field type: the canonical variants to hash for an enrolled value. Examples:
 * {@code of(PHONE, "(562) 555-0123")} is {@code ["+15625550123"]}; {@code of(PLATE, "abc-1234")} is
 * {@code ["ABC1234", "A8C1234"]} (the plate, then its {@link PlateNormalizer#confusableFolded confusable-folded}
 * form when it differs, so a document plate with one OCR confusion such as {@code B/8} still matches);
 * {@code of(NAME, "")} is {@code []}; a value that cannot be normalised gives an empty
 * list (use the field's normalizer to learn the constant reason). Stateless and thread-safe.
 */
public final class Variants {

  private Variants() {}

  /** The variants of {@code value} read as {@code type}; empty when it cannot be normalised. */
  public static List<String> of(FieldType type, CharSequence value) {
    switch (type) {
      case NAME:
      case RELATIVE:
        return NameVariants.of(value);
      case ADDRESS:
        return AddressVariants.of(value);
      case PHONE:
        return single(PhoneNormalizer.normalize(value));
      case EMAIL:
        return single(EmailNormalizer.normalize(value));
      case PLATE:
        return plate(PlateNormalizer.normalize(value));
      default:
        throw new IllegalArgumentException("unknown field type " + type);
    }
  }

  private static List<String> plate(Normalization n) {
    if (!n.isPresent()) {
      return List.of();
    }
    String folded = PlateNormalizer.confusableFolded(n.value());
    return folded.equals(n.value()) ? List.of(n.value()) : List.of(n.value(), folded);
  }

  private static List<String> single(Normalization n) {
    return n.isPresent() ? List.of(n.value()) : List.of();
  }
}
