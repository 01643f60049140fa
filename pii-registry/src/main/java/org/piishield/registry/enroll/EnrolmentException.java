package org.piishield.registry.enroll;

/**
 * Enrolment cannot proceed at all (bad header, file over the size or row limit, key mismatch). Messages
 * say what to do and never contain enrolled values.
 */
public final class EnrolmentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EnrolmentException(String message) {
    super(message);
  }

  public EnrolmentException(String message, Throwable cause) {
    super(message, cause);
  }
}
