package org.piishield.registry.normalize;

import java.util.Locale;

/**
 * Emails: trimmed and lower-cased, e.g. {@code " Jane.Doe@Example.ORG "} → {@code "jane.doe@example.org"}.
 * A value without exactly one {@code @} with text on both sides is rejected ({@code "email_invalid"}).
 * Stateless and thread-safe.
 */
public final class EmailNormalizer {

  /** Reason for a blank input. */
  public static final String EMPTY = "email_empty";
  /** Reason for a value that is not {@code local@domain}. */
  public static final String INVALID = "email_invalid";

  private EmailNormalizer() {}

  /** The canonical email, or a rejection. */
  public static Normalization normalize(CharSequence raw) {
    if (raw == null || raw.toString().isBlank()) {
      return Normalization.rejected(EMPTY);
    }
    String s = raw.toString().strip().toLowerCase(Locale.ROOT);
    int at = s.indexOf('@');
    if (at <= 0 || at != s.lastIndexOf('@') || at == s.length() - 1 || containsWhitespace(s)) {
      return Normalization.rejected(INVALID);
    }
    return Normalization.of(s);
  }

  private static boolean containsWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
