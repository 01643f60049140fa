package org.piishield.registry.enroll;

/**
 * A CSV row that was skipped: the physical line it starts on (the header is line 1) and a constant reason
 * naming the column, never the value. Example: {@code RowError(4, "bad phone")} prints
 * {@code "line 4: bad phone"}.
 */
public record RowError(long line, String reason) {

  /** The row has no person_id. */
  public static final String MISSING_PERSON_ID = "missing person_id";
  /** The person_id is too long or holds control characters. */
  public static final String BAD_PERSON_ID = "bad person_id";
  /** A person_id already seen earlier in the file (the first row wins). */
  public static final String DUPLICATE_PERSON_ID = "duplicate person_id in the file";
  /** The row has no full_name. */
  public static final String MISSING_FULL_NAME = "missing full_name";
  /** The row does not have the header's 8 columns. */
  public static final String WRONG_COLUMN_COUNT = "wrong column count (expected 8)";
  /** A quoted field has text after its closing quote, or is never closed. */
  public static final String MALFORMED_QUOTES = "malformed quoted field";
  /** A field is longer than the reader's limit. */
  public static final String FIELD_TOO_LONG = "field too long";

  public RowError {
    if (line < 1 || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a row error needs a line >= 1 and a reason");
    }
  }

  /** The reason for a value of {@code column} that cannot be normalised, e.g. {@code "bad phone"}. */
  public static String bad(String column) {
    return "bad " + column;
  }

  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
