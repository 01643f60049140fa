package org.piishield.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.piishield.cli.bench.CorpusChunks;
import org.piishield.cli.bench.MixedCorpus;
import org.piishield.cli.bench.SystemInfo;
import org.piishield.detect.Recognizer;
import org.piishield.engine.PiiEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shield bench}: measures detection throughput of all built-in recognizers on the reproducible
 * {@link MixedCorpus}. Steps: (1) generate {@code --size} MB of corpus from {@code --seed} and cut it into
 * ~64K-char chunks at blank lines; (2) detect over every chunk repeatedly for {@code --warmup} seconds;
 * (3) time {@code --rounds} full passes, each spread over {@code --threads} threads; (4) report the median
 * and best MB/s (1 MB = 2^20 chars), per core when several threads run, with the corpus fingerprint and
 * the JVM and CPU. The same seed and size always give the same corpus (same SHA-256) and findings.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    headerHeading = "%n", header = "Measure detection speed on a reproducible mixed English/Spanish corpus.",
    description = {
        "Generates SIZE MB (1 MB = 2^20 chars) of synthetic prose, forms, e-mails and tables in English and "
            + "Spanish (the same seed always gives the same corpus), warms the JVM up, then times a few full "
            + "passes of every built-in recognizer and reports MB/s, findings, and the JVM and CPU."},
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n", parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
        "  shield bench",
        "  shield bench --size 64 --threads 2 --rounds 5",
        "  shield bench --size 1 --warmup 0 --rounds 1      (a quick smoke test)"})
final class BenchCommand implements Callable<Integer> {

  private static final int CHUNK_CHARS = 64 * 1024;

  @ParentCommand
  ShieldCommand root;

  @Spec
  CommandSpec spec;

  @Option(names = "--size", paramLabel = "MB", defaultValue = "16", description = "Corpus size in MB (default: ${DEFAULT-VALUE}).")
  int sizeMb;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Detection threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "20", description = "Warm-up seconds (default: ${DEFAULT-VALUE}; the JIT needs 15-30 s on 2 cores to compile every recognizer).")
  double warmupSeconds;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Timed passes over the corpus (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws Exception {
    validate();
    PrintWriter out = spec.commandLine().getOut();
    try (Progress progress = new Progress(spec.commandLine().getErr(), root.context().interactive())) {
      progress.status("generating " + sizeMb + " MB of corpus…");
      String corpus = new MixedCorpus(seed).generate(sizeMb << 20);
      List<String> chunks = CorpusChunks.split(corpus, CHUNK_CHARS);
      PiiEngine engine = PiiEngine.newBuilder().build();
      double mb = corpus.length() / (double) (1 << 20);
      progress.clear();
      out.printf(Locale.ROOT, "corpus      %.1f MB (%,d chars) in %d chunks, seed %d, sha256 %s%n", mb,
          corpus.length(), chunks.size(), seed, fingerprint(corpus));
      out.printf(Locale.ROOT, "engine      %d recognizer%s (%s), threshold %s, language guessed per chunk%n",
          engine.recognizers().size(), engine.recognizers().size() == 1 ? "" : "s", names(engine), Scores.format(engine.scoreThreshold()));
      out.flush();

      ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
      try {
        long warmStart = System.nanoTime();
        int warmRounds = 0;
        while (System.nanoTime() - warmStart < (long) (warmupSeconds * 1e9)) {
          progress.status(String.format(Locale.ROOT, "warming up… %.0f s", (System.nanoTime() - warmStart) / 1e9));
          pass(engine, chunks, pool);
          warmRounds++;
        }
        if (warmupSeconds > 0) {
          progress.clear();
          out.printf(Locale.ROOT, "warm-up     %.1f s (%d pass%s)%n", (System.nanoTime() - warmStart) / 1e9, warmRounds,
              warmRounds == 1 ? "" : "es");
        }
        double[] rates = new double[rounds];
        long findings = 0;
        for (int r = 0; r < rounds; r++) {
          progress.status("round " + (r + 1) + "/" + rounds + "…");
          long t0 = System.nanoTime();
          findings = pass(engine, chunks, pool);
          double seconds = (System.nanoTime() - t0) / 1e9;
          rates[r] = mb / seconds;
          progress.clear();
          out.printf(Locale.ROOT, "round %-5d %.3f s, %.1f MB/s%n", r + 1, seconds, rates[r]);
          out.flush();
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "result      %.1f MB/s (median of %d; best %.1f), %d thread%s%s%n", median, rounds,
            sorted[sorted.length - 1], threads, threads == 1 ? "" : "s",
            threads > 1 ? String.format(Locale.ROOT, ", %.1f MB/s per core (%d cores busy)", median / cores, cores) : "");
        out.printf(Locale.ROOT, "findings    %,d per pass%n", findings);
        out.println("jvm         " + SystemInfo.jvm());
        out.println("cpu         " + SystemInfo.cpu());
        out.flush();
        return ExitCode.OK;
      } finally {
        if (pool != null) {
          pool.shutdownNow();
        }
      }
    }
  }

  private void validate() {
    if (sizeMb < 1 || sizeMb > 1024) {
      throw new ParameterException(spec.commandLine(), "--size: must be between 1 and 1024 MB, was " + sizeMb);
    }
    if (threads < 1 || threads > 256) {
      throw new ParameterException(spec.commandLine(), "--threads: must be between 1 and 256, was " + threads);
    }
    if (!(warmupSeconds >= 0 && warmupSeconds <= 3600)) {
      throw new ParameterException(spec.commandLine(), "--warmup: must be between 0 and 3600 seconds");
    }
    if (rounds < 1 || rounds > 1000) {
      throw new ParameterException(spec.commandLine(), "--rounds: must be between 1 and 1000, was " + rounds);
    }
  }

  /** One detection pass over every chunk; returns the number of findings. */
  private long pass(PiiEngine engine, List<String> chunks, ExecutorService pool)
      throws InterruptedException, ExecutionException {
    if (pool == null) {
      long n = 0;
      for (String c : chunks) {
        n += engine.detect(c).size();
      }
      return n;
    }
    AtomicInteger next = new AtomicInteger();
    List<Callable<Long>> workers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      workers.add(() -> {
        long n = 0;
        for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
          n += engine.detect(chunks.get(i)).size();
        }
        return n;
      });
    }
    long total = 0;
    for (Future<Long> f : pool.invokeAll(workers)) {
      total += f.get();
    }
    return total;
  }

  private static String names(PiiEngine engine) {
    List<String> names = new ArrayList<>();
    for (Recognizer r : engine.recognizers()) {
      names.add(r.name());
    }
    String all = String.join(", ", names);
    return all.length() <= 80 ? all : all.substring(0, 77) + "...";
  }

  /** The first 8 bytes of the corpus's SHA-256 in hex, to show two runs used the same text. */
  static String fingerprint(String corpus) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(corpus.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
