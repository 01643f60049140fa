package org.piishield.cli;

/**
 * The exit codes every {@code shield} command uses (the contract in ARCHITECTURE.md). {@link #FINDINGS} is
 * reserved for commands that are checks, such as {@code verify}; {@code scan} and {@code redact} never use it.
 */
public final class ExitCode {

  /** Everything was processed. */
  public static final int OK = 0;
  /** A check found personal information or residue. */
  public static final int FINDINGS = 1;
  /** Bad options or arguments: nothing, or nothing more, was processed. */
  public static final int USAGE = 2;
  /** At least one input could not be read or was malformed; it was named on stderr and the rest processed. */
  public static final int INPUT = 3;
  /** A bug: an unexpected exception. The message names the file and the exception class, never content. */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
