package org.piishield.detect;

import java.util.Locale;

/** Languages whose context lexicons and name rules PII Shield ships. */
public enum Language {
  EN,
  ES;

  /** Parses {@code en}/{@code es} case-insensitively; anything else is an {@link IllegalArgumentException}. */
  public static Language parse(String code) {
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown language '" + code + "' (expected en or es)", e);
    }
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
