package org.piishield.cli;

/** An input that cannot be processed; the message is the reason, never the content. */
final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  InputException(String reason) {
    super(reason);
  }
}
