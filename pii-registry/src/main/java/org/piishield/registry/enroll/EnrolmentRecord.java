package org.piishield.registry.enroll;

import java.util.List;
import org.piishield.registry.normalize.FieldType;

/**
 * One person read from the people CSV: the opaque person id, the line the row starts on, and the raw values
 * per column ({@code ;}-separated lists already split and trimmed). Holds plaintext while enrolment runs;
 * {@link #toString()} shows only the line, the person id and value counts.
 *
 * <p>Example: the row {@code p-1,Ana Gil,"Anita;Ana G.",,(562) 555-0101,,,} is
 * {@code EnrolmentRecord(2, "p-1", "Ana Gil", ["Anita", "Ana G."], [], ["(562) 555-0101"], [], [], [])}.
 */
public record EnrolmentRecord(
    long line,
    String personId,
    String fullName,
    List<String> aliases,
    List<String> addresses,
    List<String> phones,
    List<String> emails,
    List<String> plates,
    List<String> relatives) {

  public EnrolmentRecord {
    if (personId == null || personId.isBlank() || fullName == null || fullName.isBlank()) {
      throw new IllegalArgumentException("an enrolment record needs a person id and a full name");
    }
    aliases = List.copyOf(aliases);
    addresses = List.copyOf(addresses);
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
    plates = List.copyOf(plates);
    relatives = List.copyOf(relatives);
  }

  /** The values enrolled as {@code type}: full name and aliases for {@link FieldType#NAME}, etc. */
  public List<String> values(FieldType type) {
    switch (type) {
      case NAME:
        return aliases.isEmpty() ? List.of(fullName) : concat(fullName, aliases);
      case ADDRESS:
        return addresses;
      case PHONE:
        return phones;
      case EMAIL:
        return emails;
      case PLATE:
        return plates;
      case RELATIVE:
        return relatives;
      default:
        throw new IllegalArgumentException("unknown field type " + type);
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    String[] all = new String[rest.size() + 1];
    all[0] = first;
    for (int i = 0; i < rest.size(); i++) {
      all[i + 1] = rest.get(i);
    }
    return List.of(all);
  }

  @Override
  public String toString() {
    return "EnrolmentRecord[line=" + line + ", personId=" + personId + ", aliases=" + aliases.size()
        + ", addresses=" + addresses.size() + ", phones=" + phones.size() + ", emails=" + emails.size()
        + ", plates=" + plates.size() + ", relatives=" + relatives.size() + "]";
  }
}
