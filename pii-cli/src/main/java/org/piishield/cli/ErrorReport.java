package org.piishield.cli;

import org.piishield.recognizers.external.ExternalModelException;

/**
 * Collects the per-file errors of a run: each is one line on stderr, {@code shield: NAME: REASON}, and the
 * run goes on. {@link #exitCode()} is {@link ExitCode#INTERNAL} after a bug, else {@link ExitCode#INPUT}
 * after any input error, else {@link ExitCode#OK}. Reasons never quote file content.
 */
final class ErrorReport {

  private final Progress out;
  private int inputErrors;
  private int internalErrors;

  ErrorReport(Progress out) {
    this.out = out;
  }

  /** An unreadable, missing or malformed input called {@code name}. */
  void input(String name, String reason) {
    inputErrors++;
    out.println("shield: " + name + ": " + reason);
  }

  /**
   * An unexpected exception while processing {@code name}. Only the exception class and the frame it came
   * from are printed: messages of third-party code may quote the text. A failed call to the user's external
   * model is not a bug: it is reported as an input error with its message (which names the service, never
   * the text), and the document is skipped.
   */
  void internal(String name, RuntimeException e) {
    if (e instanceof ExternalModelException model) {
      input(name, model.getMessage() + "; skipped");
      return;
    }
    internalErrors++;
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length > 0 ? " at " + trace[0] : "";
    out.println("shield: " + name + ": internal error (" + e.getClass().getName() + where
        + "); skipped. Please report this.");
  }

  int inputErrors() {
    return inputErrors;
  }

  int exitCode() {
    return internalErrors > 0 ? ExitCode.INTERNAL : inputErrors > 0 ? ExitCode.INPUT : ExitCode.OK;
  }
}
