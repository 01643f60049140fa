package org.piishield.registry.match;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.piishield.registry.crypto.ProbeHasher;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.text.Fold;
import org.piishield.text.FoldedWordSet;

/**
 * Not a test: a JMH-free throughput loop for {@link CandidateExtractor} on prose (the MEDDOCAN Spanish
 * clinical cases and the Presidio synthetic English sentences from {@code shared/data}), with a filter of the
 * most common given names and surnames, which lets many ordinary words through. Run:
 * <pre>
 * java -cp pii-core/target/classes:pii-recognizers/target/classes:pii-registry/target/classes:\
 *   pii-registry/target/test-classes:$HOME/.m2/repository/com/googlecode/libphonenumber/libphonenumber/9.0.43/libphonenumber-9.0.43.jar \
 *   org.piishield.registry.match.CandidateExtractorThroughput /work/wt/shared/data 2500 [names|none|length]
 * </pre>
 * {@code names}: the filter is a {@link FoldedWordSet} of the top 2500 given names and 2500 surnames;
 * {@code none}: a filter that rejects everything (the extractor alone); {@code length}: a cheap filter that
 * lets about half of all words through (many windows); {@code probe}: a Bloom filter over SipHash probes
 * ({@link ProbeHasher}) of the same names, as a matcher that keeps no plaintext may build it. With
 * {@code -DprobeCandidates=true} the sink also computes the SipHash probe of every candidate, the matcher's
 * per-candidate cost short of the index lookup. {@code -Dpasses=true} then prints each pass's cost.
 * Prints, per round and the best, MB/s (UTF-8 bytes of input per second, one thread) by wall clock and by
 * the thread's CPU time (the fair figure on a machine shared with other work).
 */
public final class CandidateExtractorThroughput {

  private CandidateExtractorThroughput() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "/work/wt/shared/data");
    int perList = args.length > 1 ? Integer.parseInt(args[1]) : 2500;
    String text = corpus(data, 8 << 20);
    List<String> names = new ArrayList<>();
    names.addAll(column(data.resolve("names/ssa_first_names.csv"), perList));
    names.addAll(column(data.resolve("names/census2010_surnames.csv"), perList));
    FoldedWordSet set = FoldedWordSet.of(names);
    String mode = args.length > 2 ? args[2] : "names";
    ProbeHasher prober = new ProbeHasher(RegistryKey.of(new byte[RegistryKey.LENGTH]));
    long[] bloom = new long[1 << 16]; // 4 Mbit, two bits per name part
    for (String w : names) {
      long p = prober.probe("name", Fold.fold(w));
      bloom[(int) (p >>> 6) & 0xFFFF] |= 1L << p;
      bloom[(int) (p >>> 38) & 0xFFFF] |= 1L << (p >>> 32);
    }
    NamePartFilter filter = switch (mode) {
      case "none" -> t -> false; // measures the extractor alone
      case "probe" -> t -> { // what a matcher may do: a Bloom filter over SipHash probes of the name parts
        long p = prober.probe("name", t);
        return (bloom[(int) (p >>> 6) & 0xFFFF] & (1L << p)) != 0
            && (bloom[(int) (p >>> 38) & 0xFFFF] & (1L << (p >>> 32))) != 0;
      };
      case "length" -> t -> t.length() > 3 && t.length() < 8 && t.charAt(0) < 'n'; // lets many tokens through
      default -> t -> set.contains(t, 0, t.length());
    };
    CandidateExtractor ex = new CandidateExtractor(filter);
    double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    long[] counts = new long[6];
    boolean probeCandidates = Boolean.getBoolean("probeCandidates");
    CandidateSink sink = probeCandidates
        ? (d, v, s, e) -> counts[d.ordinal()] += prober.probe(d.id(), v) != 0 ? 1 : 0
        : (d, v, s, e) -> counts[d.ordinal()] += v.length() > 0 ? 1 : 0;
    long warmEnd = System.nanoTime() + Long.getLong("warmup.seconds", 12) * 1_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      ex.extract(text, sink);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = 0;
    double bestCpu = 0;
    for (int round = 0; round < 8; round++) {
      java.util.Arrays.fill(counts, 0);
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      int reps = 0;
      while (System.nanoTime() - t0 < 2_000_000_000L) {
        ex.extract(text, sink);
        reps++;
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      double rate = mb * reps / secs;
      best = Math.max(best, rate);
      bestCpu = Math.max(bestCpu, mb * reps / cpu);
      System.out.printf("round %d: %.1f MB/s wall, %.1f MB per CPU-second%n", round, rate, mb * reps / cpu);
    }
    System.out.printf("corpus %.1f MB, filter %d words; candidates per pass: name=%d address=%d phone=%d "
        + "email=%d plate=%d (last round)%n", mb, set.size(), counts[0], counts[1], counts[2], counts[3],
        counts[4]);
    System.out.printf("best: %.1f MB/s wall, %.1f MB per CPU-second%n", best, bestCpu);
    if (Boolean.getBoolean("passes")) {
      passes(text, filter, sink, mb);
    }
  }

  /** CPU seconds per MB of each pass alone, measured by adding the passes one by one. */
  private static void passes(String text, NamePartFilter filter, CandidateSink sink, double mb) {
    TextTokens tk = new TextTokens();
    NameWindows names = new NameWindows();
    StreetCandidates streets = new StreetCandidates();
    PhoneCandidates phones = new PhoneCandidates();
    EmailCandidates emails = new EmailCandidates();
    PlateCandidates plates = new PlateCandidates();
    String[] labels = {"tokenize", "+names", "+streets", "+phones", "+emails", "+plates"};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double prev = 0;
    for (int upto = 0; upto < labels.length; upto++) {
      double bestMs = Double.MAX_VALUE;
      for (int rep = 0; rep < 12; rep++) {
        long c0 = threads.getCurrentThreadCpuTime();
        for (int from = 0; from < text.length(); ) {
          int to = CandidateExtractor.blockEnd(text, from, text.length());
          tk.tokenize(text, from, to);
          if (upto >= 1) {
            names.run(tk, filter, sink);
          }
          if (upto >= 2) {
            streets.run(tk, sink);
          }
          if (upto >= 3) {
            phones.run(tk, sink);
          }
          if (upto >= 4) {
            emails.run(tk, from, to, sink);
          }
          if (upto >= 5) {
            plates.run(tk, sink);
          }
          from = to;
        }
        bestMs = Math.min(bestMs, (threads.getCurrentThreadCpuTime() - c0) / 1e6 / mb);
      }
      System.out.printf("%-9s cumulative %.2f ms/MB, this pass %.2f ms/MB%n", labels[upto], bestMs, bestMs - prev);
      prev = bestMs;
    }
  }

  private static String corpus(Path data, int chars) throws IOException {
    StringBuilder one = new StringBuilder();
    try (Stream<Path> files = Files.list(data.resolve("meddocan/brat"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        one.append(Files.readString(p)).append('\n');
      }
    }
    String json = Files.readString(data.resolve("presidio_synth/synth_dataset_v2.dev.json"));
    Matcher m = Pattern.compile("\"full_text\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    while (m.find()) {
      one.append(m.group(1).replace("\\n", "\n").replace("\\\"", "\"")).append('\n');
    }
    StringBuilder sb = new StringBuilder(chars + one.length());
    while (sb.length() < chars) {
      sb.append(one);
    }
    return sb.toString();
  }

  private static List<String> column(Path csv, int n) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(csv).subList(1, n + 1)) {
      out.add(line.substring(0, line.indexOf(',')));
    }
    return out;
  }
}
