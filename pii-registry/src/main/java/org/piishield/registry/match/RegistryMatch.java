package org.piishield.registry.match;

import org.piishield.registry.normalize.FieldType;

/**
 * One confirmed appearance of an enrolled person's value in a document: the person's opaque id, the field it
 * was enrolled as, and where it is ({@code [start, end)} UTF-16 offsets into the document text). Holds no
 * text. Example: {@code RegistryMatch[p-001, phone, 120, 134]}.
 */
public record RegistryMatch(String personId, FieldType field, int start, int end) {

  public RegistryMatch {
    if (personId == null || personId.isEmpty() || field == null || start < 0 || end <= start) {
      throw new IllegalArgumentException("a match needs a person id, a field and 0 <= start < end");
    }
  }

  @Override
  public String toString() {
    return "RegistryMatch[" + personId + ", " + field.id() + ", " + start + ", " + end + "]";
  }
}
