package org.piishield.registry.enroll;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.piishield.registry.normalize.FieldType;

/**
 * What one enrolment run did: people enrolled (or re-enrolled), tokens written per field type, skipped rows
 * and the key id the tokens were made under. Holds counts, line numbers and reasons only, so
 * {@link #toString()} is safe to print, e.g.
 * {@code EnrolmentReport[keyId=3fa109…, people=5, tokens={name=120, phone=6}, errors=[line 3: missing person_id]]}.
 */
public record EnrolmentReport(String keyId, int peopleEnrolled, Map<FieldType, Integer> tokensPerField,
    List<RowError> rowErrors) {

  public EnrolmentReport {
    Map<FieldType, Integer> copy = new EnumMap<>(FieldType.class);
    copy.putAll(tokensPerField);
    tokensPerField = java.util.Collections.unmodifiableMap(copy);
    rowErrors = List.copyOf(rowErrors);
  }

  /** Tokens written for {@code type} (0 when none). */
  public int tokens(FieldType type) {
    return tokensPerField.getOrDefault(type, 0);
  }

  /** Tokens written in all. */
  public int totalTokens() {
    int sum = 0;
    for (int n : tokensPerField.values()) {
      sum += n;
    }
    return sum;
  }

  @Override
  public String toString() {
    StringBuilder tokens = new StringBuilder("{");
    for (Map.Entry<FieldType, Integer> e : tokensPerField.entrySet()) {
      if (tokens.length() > 1) {
        tokens.append(", ");
      }
      tokens.append(e.getKey().id()).append('=').append(e.getValue());
    }
    tokens.append('}');
    return "EnrolmentReport[keyId=" + keyId + ", people=" + peopleEnrolled + ", tokens=" + tokens
        + ", errors=" + rowErrors + "]";
  }
}
