package org.piishield.recognizers.external;

/**
 * The external model could not be asked, or answered something PII Shield will not trust. The message names the
 * service and the problem, never the text sent or received, e.g.
 * {@code external model 'external_model' at http://127.0.0.1:8000/ner: timed out after 5000 ms}.
 *
 * <p>Thrown from {@link ExternalModelRecognizer#detect}; the whole document fails (the command line names it on
 * stderr, skips it and exits 3), because a scan or redaction that silently lacks the model's findings could
 * release a name the user counted on the model to find.
 */
public final class ExternalModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ExternalModelException(String message) {
    super(message);
  }
}
