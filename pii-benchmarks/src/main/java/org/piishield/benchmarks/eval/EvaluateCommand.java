package org.piishield.benchmarks.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.piishield.detect.Detection;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.engine.PiiEngine;
import org.piishield.recognizers.names.model.NerModelRecognizer;

/**
 * Measures detection accuracy on the gold-standard corpora and writes {@code docs/ACCURACY.md}.
 *
 * <pre>
 * mvn -q -B -DskipTests package -pl pii-benchmarks -am
 * java -cp "$(cat pii-benchmarks/target/classpath.txt)" org.piishield.benchmarks.eval.EvaluateCommand \
 *     --data ../shared/data --out docs/ACCURACY.md
 * </pre>
 *
 * <p>Steps per dataset: (1) read the corpus ({@link PresidioSynthReader}, {@link BratReader}), converting
 * code-point offsets to UTF-16; (2) run a default {@link PiiEngine} (every discovered recognizer) over each
 * document in the dataset's language; (3) score with {@link Scorer}; (4) print a summary and rewrite the
 * dataset's generated section of the report ({@link MarkdownSections}).
 *
 * <p>Exit codes: 0 done, 2 usage error, 3 unreadable or malformed corpus. Messages never contain corpus
 * text.
 */
public final class EvaluateCommand {

  private static final String MAIN = "java -cp \"$(cat pii-benchmarks/target/classpath.txt)\" "
      + EvaluateCommand.class.getName();

  private static final String USAGE = """
      Usage: EvaluateCommand [--data DIR] [--out FILE|-] [--dataset NAME] [--presidio FILE]
                             [--meddocan DIR] [--public-domain DIR] [--lang dataset|auto|en|es]
                             [--threshold T] [--max-docs N] [--ner-folds K] [--ner-data DIR] [--help]

      Scores PII Shield's detections against gold-standard corpora and updates a Markdown report.

        --data DIR        shared data folder (default ../shared/data); the corpora are read from
                          DIR/%s and DIR/%s
        --out FILE        report to create or update (default docs/ACCURACY.md); '-' prints only the summary
        --dataset NAME    presidio, meddocan, public-en, public-es, public (both) or all (default)
        --presidio FILE   Presidio synthetic JSON to use instead of the default
        --meddocan DIR    BRAT directory (.txt + .ann) to use instead of the default
        --public-domain DIR  the third set, annotated by us (default %s; its en/ and es/
                          folders are the public-en and public-es datasets)
        --lang L          dataset (default: en for Presidio, es for MEDDOCAN), auto (engine guesses per
                          document), en or es
        --threshold T     engine score threshold (default: the engine's, 0.4)
        --max-docs N      score only the first N documents of each dataset
        --ner-folds K     score Presidio and MEDDOCAN, which the NER model is trained on, with K-fold
                          cross-validated models (default 5; 0 or 1: the shipped model)
        --ner-data DIR    the NER model's training data (default pii-ner-model/training-data)
        --help            print this help

      Exit codes: 0 done, 2 usage error, 3 unreadable or malformed corpus.
      """.formatted(Datasets.PRESIDIO_FILE, Datasets.MEDDOCAN_DIR, Datasets.PUBLIC_DOMAIN_DIR);

  private EvaluateCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs with {@code args}; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (o.help) {
      out.print(USAGE);
      return 0;
    }
    PiiEngine engine = configure(PiiEngine.newBuilder(), o).build();
    List<String> recognizers = new ArrayList<>();
    for (Recognizer r : engine.recognizers()) {
      recognizers.add(r.name());
    }
    String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    String commit = gitCommit(o.out);
    String command = MAIN + " " + shellJoin(args);

    List<String[]> sections = new ArrayList<>();
    for (DatasetSchema schema : Datasets.all()) {
      if (!o.selects(schema.id())) {
        continue;
      }
      Path source = o.source(schema.id());
      List<GoldDocument> docs;
      try {
        docs = schema.id().equals("presidio") ? PresidioSynthReader.read(source) : BratReader.read(source);
      } catch (IOException e) {
        err.println("error: cannot read " + schema.id() + " data at " + source + ": " + e.getMessage());
        return 3;
      } catch (IllegalArgumentException e) {
        err.println("error: malformed " + schema.id() + " data at " + source + ": " + e.getMessage());
        return 3;
      }
      int available = docs.size();
      if (o.maxDocs != null && o.maxDocs < docs.size()) {
        docs = docs.subList(0, o.maxDocs);
      }
      Language lang = switch (o.lang) {
        case "dataset" -> schema.language();
        case "auto" -> null;
        default -> Language.parse(o.lang);
      };
      NerFoldEngines folds = null;
      if (o.nerFolds > 1 && NER_TRAINING_SETS.contains(schema.id())) {
        try {
          folds = NerFoldEngines.train(schema.id(), docs, source, o.nerData, o.nerFolds,
              list -> configure(PiiEngine.newBuilder().recognizers(list), o).build());
        } catch (IOException | IllegalArgumentException e) {
          err.println("error: cannot train the NER fold models from " + o.nerData + ": " + e.getMessage());
          return 3;
        }
      }
      Scorer scorer = new Scorer(schema);
      TokenScorer tokens = new TokenScorer(schema);
      long chars = 0;
      long nanos = 0;
      for (int i = 0; i < docs.size(); i++) {
        GoldDocument d = docs.get(i);
        PiiEngine docEngine = folds != null ? folds.engineFor(i) : engine;
        long t0 = System.nanoTime();
        List<Detection> found = docEngine.detect(d.text(), lang);
        nanos += System.nanoTime() - t0;
        List<PredictedSpan> predicted = new ArrayList<>(found.size());
        for (Detection det : found) {
          predicted.add(PredictedSpan.of(det));
        }
        scorer.add(d.spans(), predicted);
        tokens.add(d.text(), d.spans(), predicted);
        chars += d.text().length();
      }
      ScoreReport report = scorer.report();
      List<String> used = recognizers;
      if (folds != null) {
        used = new ArrayList<>();
        for (String r : recognizers) {
          used.add(r.equals(NerModelRecognizer.NAME) ? r + " (" + folds.folds() + "-fold cross-validated)" : r);
        }
      }
      RunInfo run = new RunInfo(date, commit, command, source.toString(), available,
          lang == null ? "auto" : lang.code(), used, engine.scoreThreshold(), chars, nanos / 1e9);
      out.print(AccuracyMarkdown.summary(report, tokens.report(), run));
      sections.add(new String[] {schema.id(), AccuracyMarkdown.dataset(report, tokens.report(), run)});
    }
    if (o.out != null) {
      try {
        writeReport(o.out, sections);
      } catch (IOException e) {
        err.println("error: cannot write " + o.out + ": " + e.getMessage());
        return 3;
      }
      out.println("wrote " + o.out);
    }
    return 0;
  }

  /** The datasets the shipped NER model is trained on, scored with cross-validated models by default. */
  private static final List<String> NER_TRAINING_SETS = List.of("presidio", "meddocan");

  private static PiiEngine.Builder configure(PiiEngine.Builder builder, Options o) {
    if (o.threshold != null) {
      builder.scoreThreshold(o.threshold);
    }
    return builder;
  }

  private static void writeReport(Path file, List<String[]> sections) throws IOException {
    String doc = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
        : "# Accuracy\n\nGenerated by `bin/evaluate`; see the method below. Hand-written notes may go outside the"
            + " generated sections.\n";
    doc = MarkdownSections.replace(doc, AccuracyMarkdown.METHOD_SECTION, AccuracyMarkdown.method());
    for (String[] s : sections) {
      doc = MarkdownSections.replace(doc, s[0], s[1]);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, doc, StandardCharsets.UTF_8);
  }

  /** {@code git rev-parse --short HEAD}, noting modified tracked files other than the report; or {@code unknown}. */
  static String gitCommit(Path report) {
    StringBuilder head = new StringBuilder();
    if (git(head, "rev-parse", "--short", "HEAD") != 0 || head.length() == 0) {
      return "unknown";
    }
    List<String> diff = new ArrayList<>(List.of("diff", "--quiet", "HEAD", "--", "."));
    if (report != null) {
      diff.add(":(exclude)" + report);
    }
    // exit 1: tracked files differ from HEAD; anything else (0, or an error) leaves the commit as is
    return git(new StringBuilder(), diff.toArray(new String[0])) == 1 ? head + " + uncommitted changes"
        : head.toString();
  }

  /** Runs git, appending its trimmed stdout to {@code out}; returns its exit code, or -1 if it could not run. */
  private static int git(StringBuilder out, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] stdout = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroy();
        return -1;
      }
      out.append(new String(stdout, StandardCharsets.UTF_8).trim());
      return p.exitValue();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  static String shellJoin(String[] args) {
    StringBuilder sb = new StringBuilder();
    for (String a : args) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (!a.isEmpty() && a.matches("[A-Za-z0-9_./:=@%+,-]+")) {
        sb.append(a);
      } else {
        sb.append('\'').append(a.replace("'", "'\\''")).append('\'');
      }
    }
    return sb.toString();
  }

  /** Parsed command-line options. */
  static final class Options {
    Path data = Path.of("..", "shared", "data");
    Path out = Path.of("docs", "ACCURACY.md");
    String dataset = "all";
    Path presidio;
    Path meddocan;
    Path publicDomain = Path.of(Datasets.PUBLIC_DOMAIN_DIR);
    String lang = "dataset";
    Double threshold;
    Integer maxDocs;
    int nerFolds = 5;
    Path nerData = Path.of("pii-ner-model", "training-data");
    boolean help;

    boolean selects(String id) {
      return dataset.equals("all") || dataset.equals(id) || (dataset.equals("public") && id.startsWith("public-"));
    }

    /** Where dataset {@code id} is read from. */
    Path source(String id) {
      return switch (id) {
        case "presidio" -> presidio != null ? presidio : data.resolve(Datasets.PRESIDIO_FILE);
        case "meddocan" -> meddocan != null ? meddocan : data.resolve(Datasets.MEDDOCAN_DIR);
        default -> publicDomain.resolve(id.substring("public-".length()));
      };
    }

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--help") || a.equals("-h")) {
          o.help = true;
          continue;
        }
        if (!a.startsWith("--")) {
          throw new IllegalArgumentException("unexpected argument '" + a + "'");
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--data" -> o.data = Path.of(v);
          case "--out" -> o.out = v.equals("-") ? null : Path.of(v);
          case "--dataset" -> {
            String d = v.toLowerCase(Locale.ROOT);
            if (!List.of("all", "presidio", "meddocan", "public", "public-en", "public-es").contains(d)) {
              throw new IllegalArgumentException(
                  "--dataset must be presidio, meddocan, public-en, public-es, public or all");
            }
            o.dataset = d;
          }
          case "--presidio" -> o.presidio = Path.of(v);
          case "--meddocan" -> o.meddocan = Path.of(v);
          case "--public-domain" -> o.publicDomain = Path.of(v);
          case "--lang" -> {
            String l = v.toLowerCase(Locale.ROOT);
            if (!List.of("dataset", "auto", "en", "es").contains(l)) {
              throw new IllegalArgumentException("--lang must be dataset, auto, en or es");
            }
            o.lang = l;
          }
          case "--threshold" -> {
            try {
              o.threshold = Double.parseDouble(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--threshold needs a number between 0 and 1");
            }
            if (!(o.threshold >= 0 && o.threshold <= 1)) {
              throw new IllegalArgumentException("--threshold needs a number between 0 and 1");
            }
          }
          case "--max-docs" -> {
            try {
              o.maxDocs = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--max-docs needs a positive integer");
            }
            if (o.maxDocs < 1) {
              throw new IllegalArgumentException("--max-docs needs a positive integer");
            }
          }
          case "--ner-folds" -> {
            try {
              o.nerFolds = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--ner-folds needs an integer from 0 to 20");
            }
            if (o.nerFolds < 0 || o.nerFolds > 20) {
              throw new IllegalArgumentException("--ner-folds needs an integer from 0 to 20");
            }
          }
          case "--ner-data" -> o.nerData = Path.of(v);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      return o;
    }
  }
}
