package org.piishield.cli;

import java.io.PrintWriter;

/**
 * Stderr for a run: permanent lines (errors) and, on a terminal only, one transient status line that is
 * rewritten in place at most five times a second and cleared before any permanent line and at the end.
 * When disabled (output piped, tests) the status line is never written. Not thread-safe.
 */
final class Progress implements AutoCloseable {

  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private long last = System.nanoTime();
  private int shown;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Shows {@code status} unless the last update was under 200 ms ago. */
  void status(String status) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    clear();
    err.print(status);
    err.flush();
    shown = status.length();
  }

  /** Prints a permanent line on stderr. */
  void println(String line) {
    clear();
    err.println(line);
    err.flush();
  }

  /** Removes the status line, e.g. before printing to stdout on the same terminal. */
  void clear() {
    if (shown > 0) {
      err.print('\r');
      err.print(" ".repeat(shown));
      err.print('\r');
      err.flush();
      shown = 0;
    }
  }

  @Override
  public void close() {
    clear();
    err.flush();
  }
}
