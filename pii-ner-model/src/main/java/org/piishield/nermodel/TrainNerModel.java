package org.piishield.nermodel;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.piishield.recognizers.names.model.NerTrainer;
import org.piishield.recognizers.names.model.TrainingDocument;

/**
 * Trains the shipped NER model and writes it; run by this module's build (exec-maven-plugin, phase
 * {@code process-classes}) and by {@code bin/train-ner}.
 *
 * <pre>
 * TrainNerModel --data pii-ner-model/training-data --out target/classes/org/piishield/recognizers/names/model/ner-model.bin
 * </pre>
 *
 * <p>Prints one line: model size, training time, tokens. Exit codes: 0 done, 2 usage error, 3 unreadable
 * training data or unwritable output.
 */
public final class TrainNerModel {

  private TrainNerModel() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path data = null;
    Path target = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[i + 1]);
        case "--out" -> target = Path.of(args[i + 1]);
        default -> {
          err.println("error: unknown option " + args[i]);
          return 2;
        }
      }
    }
    if (data == null || target == null || args.length % 2 != 0) {
      err.println("usage: TrainNerModel --data DIR --out FILE");
      return 2;
    }
    long t0 = System.nanoTime();
    TrainingCorpus corpus;
    try {
      corpus = TrainingCorpus.load(data);
    } catch (IOException | RuntimeException e) {
      err.println("error: cannot read training data in " + data + ": " + e.getMessage());
      return 3;
    }
    List<TrainingDocument> docs = corpus.documents();
    NerTrainer.Result r = NerTrainer.train(docs);
    double seconds = (System.nanoTime() - t0) / 1e9;
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target))) {
        r.model().save(o);
      }
      long syntheticChars = 0;
      long chars = 0;
      for (CorpusDocument d : corpus.synthetic()) {
        syntheticChars += d.document().text().length();
      }
      for (TrainingDocument d : docs) {
        chars += d.text().length();
      }
      out.printf(Locale.ROOT, "ner model: %s, %,d bytes, trained in %.1f s on %,d documents (%,d synthetic,"
              + " %.1f%% of the chars), %,d tokens, %,d in %,d tagger windows%n", target, Files.size(target),
          seconds, docs.size(), corpus.synthetic().size(), 100.0 * syntheticChars / chars, r.tokens(),
          r.windowTokens(), r.windows());
    } catch (IOException e) {
      err.println("error: cannot write " + target + ": " + e.getMessage());
      return 3;
    }
    return 0;
  }
}
