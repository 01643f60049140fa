package org.piishield.extract;

/** A document could not be read as its format; the message says why, without quoting its content. */
public final class ExtractionException extends Exception {

  private static final long serialVersionUID = 1L;

  public ExtractionException(String message) {
    super(message);
  }

  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
