package org.piishield.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;
import org.piishield.engine.PiiEngine;

/**
 * Whole-engine throughput on one core: {@link PiiEngine} with every recognizer on the class path, default
 * settings (English and Spanish, language guessed per document, threshold 0.4), {@code detect} on each
 * document of a {@link BenchmarkInputs 4 MB input}. The score is in MB/s: one invocation scans
 * {@value BenchmarkInputs#MEGABYTES} MB (2<sup>20</sup> chars each) and counts as that many operations.
 *
 * <p>{@link #tokenize} is the baseline: the engine's one tokenising pass ({@link ScanContext#reset}) and
 * nothing else, the ceiling any recognizer set can reach.
 *
 * <pre>
 * mvn -q -B -DskipTests package -pl pii-benchmarks -am
 * java -jar pii-benchmarks/target/benchmarks.jar EngineBenchmark -f 1 -wi 3 -i 5
 * java -jar pii-benchmarks/target/benchmarks.jar EngineBenchmark.detect -p input=mixed
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@OperationsPerInvocation(BenchmarkInputs.MEGABYTES)
public class EngineBenchmark {

  @Param({"mixed", "noPii", "denseDigits", "mixedScript"})
  public String input;

  private PiiEngine engine;
  private String[] documents;
  private ScanContext context;

  @Setup(Level.Trial)
  public void setUp() {
    engine = PiiEngine.newBuilder().build();
    documents = BenchmarkInputs.documents(input);
    context = new ScanContext();
  }

  /** Detect, resolve and return the findings of every document. */
  @Benchmark
  public void detect(Blackhole bh) {
    for (String d : documents) {
      bh.consume(engine.detect(d));
    }
  }

  /** Baseline: tokenise every document once, as the engine does before any recognizer runs. */
  @Benchmark
  public int tokenize() {
    int tokens = 0;
    for (String d : documents) {
      tokens += context.reset(d, Language.EN).tokenCount();
    }
    context.reset("", Language.EN);
    return tokens;
  }
}
