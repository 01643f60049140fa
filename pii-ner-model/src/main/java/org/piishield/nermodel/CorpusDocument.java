package org.piishield.nermodel;

import java.util.Objects;
import org.piishield.recognizers.names.model.TrainingDocument;

/**
 * A training document with where it came from: its {@code dataset} ({@code presidio}, {@code meddocan},
 * {@code synthetic}) and the {@code key} that groups it for cross-validation (Presidio: the sentence
 * template id; MEDDOCAN: the file's base name), so one template never sits on both sides of a fold.
 */
public record CorpusDocument(String dataset, String key, TrainingDocument document) {

  public CorpusDocument {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(document, "document");
  }
}
