package org.piishield.nermodel;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.piishield.recognizers.names.model.NerModel;
import org.piishield.recognizers.names.model.NerTrainer;

/**
 * Cross-validation folds for an honest evaluation of a model trained on the evaluation data: a document
 * belongs to fold {@code crc32(key) mod K} of its group key (Presidio template id, MEDDOCAN file name), and
 * the model for fold {@code k} is trained, with the same code and synthetic part as the shipped one, on
 * everything but that fold. Stateless and thread-safe.
 */
public final class NerFolds {

  private NerFolds() {}

  /** The fold of a document with group key {@code key}, in {@code [0, folds)}. */
  public static int foldOf(String key, int folds) {
    CRC32 crc = new CRC32();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % folds);
  }

  /** The model that never saw fold {@code fold} of {@code dataset}. */
  public static NerModel trainWithout(TrainingCorpus corpus, String dataset, int fold, int folds) {
    return NerTrainer.train(corpus.documentsExcept(dataset, fold, folds)).model();
  }
}
