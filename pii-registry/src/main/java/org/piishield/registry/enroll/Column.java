package org.piishield.registry.enroll;

import java.util.List;
import org.piishield.registry.normalize.FieldType;

/**
 * The value columns of the people CSV after {@code person_id}, in file order, with the field type their
 * values enrol as and the noun a row error uses: a phone that does not normalise is {@code "bad phone"}, a
 * full name {@code "bad full_name"}. File order equals {@link FieldType} order, so checking columns in order
 * finds the same first bad value as enrolling field types in order.
 */
enum Column {
  FULL_NAME(FieldType.NAME, "full_name"),
  ALIASES(FieldType.NAME, "alias"),
  ADDRESSES(FieldType.ADDRESS, "address"),
  PHONES(FieldType.PHONE, "phone"),
  EMAILS(FieldType.EMAIL, "email"),
  PLATES(FieldType.PLATE, "plate"),
  RELATIVES(FieldType.RELATIVE, "relative");

  private final FieldType type;
  private final String noun;

  Column(FieldType type, String noun) {
    this.type = type;
    this.noun = noun;
  }

  FieldType type() {
    return type;
  }

  String noun() {
    return noun;
  }

  /** This column's values in {@code record}. */
  List<String> values(EnrolmentRecord record) {
    return switch (this) {
      case FULL_NAME -> List.of(record.fullName());
      case ALIASES -> record.aliases();
      case ADDRESSES -> record.addresses();
      case PHONES -> record.phones();
      case EMAILS -> record.emails();
      case PLATES -> record.plates();
      case RELATIVES -> record.relatives();
    };
  }
}
