package org.piishield.benchmarks.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.piishield.detect.Recognizer;
import org.piishield.detect.RecognizerRegistry;
import org.piishield.engine.PiiEngine;
import org.piishield.nermodel.NerFolds;
import org.piishield.nermodel.PresidioTrainingReader;
import org.piishield.nermodel.TrainingCorpus;
import org.piishield.recognizers.names.model.NerModel;
import org.piishield.recognizers.names.model.NerModelRecognizer;

/**
 * Cross-validated engines for a dataset the shipped NER model was trained on: scoring that dataset with
 * the shipped model would measure memory, not accuracy. Documents are split into K folds by a stable hash
 * of their group key ({@link NerFolds#foldOf}: Presidio template id, so no sentence template is on both
 * sides; MEDDOCAN file name); fold {@code k} is scored by an engine whose {@code ner_model} uses a model
 * trained, with the shipped model's code, settings and synthetic text, on everything except fold {@code k}.
 * Every other recognizer is the discovered one.
 */
final class NerFoldEngines {

  private final int folds;
  private final PiiEngine[] engines;
  private final int[] foldOfDoc;

  private NerFoldEngines(int folds, PiiEngine[] engines, int[] foldOfDoc) {
    this.folds = folds;
    this.engines = engines;
    this.foldOfDoc = foldOfDoc;
  }

  /**
   * Trains the {@code folds} models for {@code dataset} ({@code presidio} or {@code meddocan}) and builds
   * an engine per fold with {@code build} (which sets the threshold and the like on a builder given the
   * recognizers). {@code source} is the corpus being scored, read again here for the Presidio template ids.
   */
  static NerFoldEngines train(String dataset, List<GoldDocument> docs, Path source, Path trainingData, int folds,
      Function<List<Recognizer>, PiiEngine> build) throws IOException {
    TrainingCorpus corpus = TrainingCorpus.load(trainingData);
    List<String> keys = keys(dataset, docs, source);
    int[] foldOfDoc = new int[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      foldOfDoc[i] = NerFolds.foldOf(keys.get(i), folds);
    }
    PiiEngine[] engines = new PiiEngine[folds];
    for (int k = 0; k < folds; k++) {
      NerModel model = NerFolds.trainWithout(corpus, dataset, k, folds);
      List<Recognizer> recognizers = new ArrayList<>();
      for (Recognizer r : RecognizerRegistry.discover().all()) {
        recognizers.add(r.name().equals(NerModelRecognizer.NAME) ? new NerModelRecognizer(model) : r);
      }
      engines[k] = build.apply(recognizers);
    }
    return new NerFoldEngines(folds, engines, foldOfDoc);
  }

  /** The engine for the {@code i}-th document (in the order given to {@link #train}). */
  PiiEngine engineFor(int i) {
    return engines[foldOfDoc[i]];
  }

  int folds() {
    return folds;
  }

  /** Group keys in document order: Presidio template ids (by sample index), else the document id. */
  private static List<String> keys(String dataset, List<GoldDocument> docs, Path source) throws IOException {
    List<String> keys = new ArrayList<>(docs.size());
    if (dataset.equals(PresidioTrainingReader.DATASET)) {
      var samples = PresidioTrainingReader.read(source);
      for (int i = 0; i < docs.size(); i++) {
        keys.add(samples.get(i).key());
      }
    } else {
      for (GoldDocument d : docs) {
        keys.add(d.id());
      }
    }
    return keys;
  }
}
