package org.piishield.watch;

import java.util.Locale;

/**
 * How urgent an alert is. Constants are declared from least to most severe, so {@link #compareTo} orders
 * by severity ({@code LOW < MEDIUM < HIGH < CRITICAL}); {@link #id()} is the lower-case name used in JSON and
 * by {@code --min-severity}.
 *
 * <p>Example: {@code Severity.parse("High").isAtLeast(Severity.MEDIUM)} is {@code true}. The rules that assign
 * a severity are in {@link ExposureScorer} and {@code docs/WATCH.md}.
 */
public enum Severity {
  LOW, MEDIUM, HIGH, CRITICAL;

  private static final String ALLOWED = "critical, high, medium, low";

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The stable lower-case id: {@code "critical"}, {@code "high"}, {@code "medium"} or {@code "low"}. */
  public String id() {
    return id;
  }

  /** Whether this severity is {@code min} or more severe. */
  public boolean isAtLeast(Severity min) {
    return compareTo(min) >= 0;
  }

  /**
   * The severity named by {@code text}, case-insensitive and trimmed ({@code " HIGH "} is {@link #HIGH}).
   *
   * @throws IllegalArgumentException naming the allowed values when {@code text} names none of them
   */
  public static Severity parse(String text) {
    if (text != null) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      for (Severity s : values()) {
        if (s.id.equals(t)) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException("unknown severity '" + text + "'; allowed: " + ALLOWED);
  }
}
