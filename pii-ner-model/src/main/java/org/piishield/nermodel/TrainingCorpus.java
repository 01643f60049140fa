package org.piishield.nermodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.piishield.recognizers.names.model.TrainingDocument;

/**
 * Everything the model trains on: the real documents of {@code training-data/} (Presidio synthetic
 * sentences, MEDDOCAN clinical cases) and, alongside them, {@link SyntheticSentences} at one for every
 * {@value #REAL_PER_SYNTHETIC} real documents. Immutable.
 */
public final class TrainingCorpus {

  public static final String PRESIDIO_FILE = "presidio_synth/synth_dataset_v2.dev.json";
  public static final String MEDDOCAN_DIR = "meddocan/brat";
  static final int REAL_PER_SYNTHETIC = 4;
  static final long SYNTHETIC_SEED = 20_261_129L;

  private final List<CorpusDocument> real;
  private final List<CorpusDocument> synthetic;

  private TrainingCorpus(List<CorpusDocument> real, List<CorpusDocument> synthetic) {
    this.real = List.copyOf(real);
    this.synthetic = List.copyOf(synthetic);
  }

  /** Reads {@code dir}/{@value #PRESIDIO_FILE} and {@code dir}/{@value #MEDDOCAN_DIR} and adds the synthetic part. */
  public static TrainingCorpus load(Path dir) throws IOException {
    List<CorpusDocument> real = new ArrayList<>(PresidioTrainingReader.read(dir.resolve(PRESIDIO_FILE)));
    real.addAll(BratTrainingReader.read(dir.resolve(MEDDOCAN_DIR)));
    return of(real);
  }

  /** A corpus of these real documents plus the synthetic share. */
  public static TrainingCorpus of(List<CorpusDocument> real) {
    if (real.isEmpty()) {
      throw new IllegalArgumentException("synthetic text is only allowed alongside real text");
    }
    return new TrainingCorpus(real, SyntheticSentences.generate(Math.max(1, real.size() / REAL_PER_SYNTHETIC),
        SYNTHETIC_SEED));
  }

  public List<CorpusDocument> real() {
    return real;
  }

  public List<CorpusDocument> synthetic() {
    return synthetic;
  }

  /** Real then synthetic documents, in a fixed order. */
  public List<TrainingDocument> documents() {
    return documentsExcept(null, 0, 1);
  }

  /**
   * The training documents without the real documents of {@code dataset} in fold {@code fold} of
   * {@code folds} ({@link NerFolds#foldOf}); the synthetic part stays. {@code dataset} {@code null}: all.
   */
  public List<TrainingDocument> documentsExcept(String dataset, int fold, int folds) {
    List<TrainingDocument> out = new ArrayList<>(real.size() + synthetic.size());
    for (CorpusDocument d : real) {
      if (dataset == null || !d.dataset().equals(dataset) || NerFolds.foldOf(d.key(), folds) != fold) {
        out.add(d.document());
      }
    }
    for (CorpusDocument d : synthetic) {
      out.add(d.document());
    }
    return out;
  }
}
