package org.piishield.benchmarks;

import java.util.List;
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
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.RecognizerRegistry;
import org.piishield.detect.ScanContext;
import org.piishield.engine.PiiEngine;

/**
 * One recognizer at a time, in MB/s (one invocation = {@value BenchmarkInputs#MEGABYTES} MB of 2<sup>20</sup> chars):
 * {@link #detect} tokenises each document and runs the recognizer named by {@code recognizer} on it (no
 * context scoring, threshold or resolution); {@link #tokenize} is the same pass without the recognizer.
 * The recognizer's own cost per MB is {@code 1/detect − 1/tokenize} seconds.
 *
 * <p>Each document is scanned in the language a default engine guesses for it, and skipped by recognizers
 * that do not {@link Recognizer#supports support} that language, as in the engine. A name in
 * {@code recognizer} that no recognizer on the class path has fails that run's setup with a message listing
 * the known names; JMH reports it and goes on with the other names.
 *
 * <pre>
 * java -jar pii-benchmarks/target/benchmarks.jar RecognizerBenchmark -f 1 -wi 3 -i 5
 * java -jar pii-benchmarks/target/benchmarks.jar RecognizerBenchmark -p recognizer=email,us_ssn -p input=denseDigits
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@OperationsPerInvocation(BenchmarkInputs.MEGABYTES)
public class RecognizerBenchmark {

  /** The documents, their guessed languages and a reusable scanning context. */
  @State(Scope.Thread)
  public static class Input {
    @Param({"mixed"})
    public String input;

    String[] documents;
    Language[] languages;
    final ScanContext context = new ScanContext();

    @Setup(Level.Trial)
    public void setUp() {
      documents = BenchmarkInputs.documents(input);
      languages = new Language[documents.length];
      PiiEngine guesser = PiiEngine.newBuilder().recognizers(List.of()).build();
      for (int i = 0; i < documents.length; i++) {
        languages[i] = guesser.languageOf(documents[i]);
      }
    }
  }

  /** The recognizer under test, looked up by name among those discovered on the class path. */
  @State(Scope.Thread)
  public static class Subject {
    @Param({"email", "url", "ip_address", "credit_card", "social_handle", "date", "phone", "us_ssn",
        "us_street_address", "us_zip", "us_passport", "us_driver_license", "license_plate", "vin", "badge_number",
        "es_dni", "es_nie", "es_street_address", "es_postal_code", "labelled_id", "mx_curp", "mx_rfc",
        "mx_street_address", "person_name", "location"})
    public String recognizer;

    Recognizer subject;
    final CountingSink sink = new CountingSink();

    @Setup(Level.Trial)
    public void setUp() {
      RecognizerRegistry registry = RecognizerRegistry.discover();
      if (!registry.names().contains(recognizer)) {
        throw new IllegalStateException("no recognizer named '" + recognizer + "' on the class path; known: "
            + String.join(", ", registry.names()) + ". Pick names with -p recognizer=NAME,NAME");
      }
      subject = registry.get(recognizer);
    }
  }

  /** Counts candidates so the recognizer's work cannot be optimised away. Not thread-safe. */
  static final class CountingSink implements DetectionSink {
    int count;

    @Override
    public void add(int start, int end, EntityType type, double score, Recognizer source, String pattern,
        String validator) {
      count++;
    }
  }

  @Benchmark
  public int detect(Input in, Subject s) {
    ScanContext ctx = in.context;
    Recognizer r = s.subject;
    s.sink.count = 0;
    for (int i = 0; i < in.documents.length; i++) {
      ctx.reset(in.documents[i], in.languages[i]);
      if (r.supports(in.languages[i])) {
        r.detect(ctx, s.sink);
      }
    }
    ctx.reset("", Language.EN);
    return s.sink.count;
  }

  /** Baseline: the tokenising pass alone. */
  @Benchmark
  public int tokenize(Input in) {
    ScanContext ctx = in.context;
    int tokens = 0;
    for (int i = 0; i < in.documents.length; i++) {
      tokens += ctx.reset(in.documents[i], in.languages[i]).tokenCount();
    }
    ctx.reset("", Language.EN);
    return tokens;
  }
}
