package org.piishield.benchmarks.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * A word list with weights, drawn from by a seeded random source: {@code pick(random)} returns word {@code i}
 * with probability {@code weight(i) / sum(weights)}. Lists are the {@code name,class} resources of
 * {@code pii-recognizers} ({@code class = floor(log10(count))}), weighted {@code 10^class}, which keeps their
 * Zipf-like shape: {@code Smith} (class 6) is drawn ten times as often as a class-5 surname. Immutable and
 * thread-safe.
 *
 * <p>Example: {@code WeightedWords.ofClasses("/org/piishield/recognizers/names/surnames_census2010.txt", c -> true)}
 * holds 43,284 surnames; {@code pick(new SplittableRandom(1))} is always the same one.
 */
final class WeightedWords {

  private final String[] words;
  private final double[] cumulative;

  private WeightedWords(List<String> words, List<Double> weights) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty word list");
    }
    this.words = words.toArray(new String[0]);
    this.cumulative = new double[weights.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += weights.get(i);
      cumulative[i] = sum;
    }
  }

  /** Every word equally likely. */
  static WeightedWords uniform(String... words) {
    List<Double> ones = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      ones.add(1.0);
    }
    return new WeightedWords(Arrays.asList(words), ones);
  }

  /**
   * The {@code name,class} lines of the class-path resource {@code resource} ({@code #} comments skipped) whose
   * class passes {@code keepClass}, weighted {@code 10^class}.
   */
  static WeightedWords ofClasses(String resource, IntPredicate keepClass) {
    List<String> words = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    try (InputStream in = WeightedWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        int comma = line.indexOf(',');
        if (line.isEmpty() || line.startsWith("#") || comma < 1) {
          continue;
        }
        int cls = Integer.parseInt(line.substring(comma + 1).strip());
        if (keepClass.test(cls)) {
          words.add(line.substring(0, comma).strip());
          weights.add(Math.pow(10, cls));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WeightedWords(words, weights);
  }

  /** A word drawn by weight. */
  String pick(SplittableRandom random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    i = i < 0 ? -i - 1 : i;
    return words[Math.min(i, words.length - 1)];
  }

  @Override
  public String toString() {
    return "WeightedWords[" + words.length + "]";
  }
}
