package org.piishield.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.piishield.cli.bench.MixedCorpus;

/**
 * The input distributions of the benchmarks: each is a list of documents, generated from a fixed seed,
 * whose lengths add up to exactly {@link #TOTAL_CHARS} UTF-16 chars, so that one benchmark invocation
 * scans {@link #MEGABYTES} MB and JMH's ops/s read as MB/s. As in {@code shield bench}, 1 MB is
 * 2<sup>20</sup> chars.
 *
 * <ul>
 *   <li>{@code mixed}: {@link MixedCorpus} with seed 42, the corpus {@code shield bench} measures (the same text as
 *       the first 4 MB of {@code shield bench --seed 42}, but scanned document by document rather than in
 *       64K-char chunks): English and Spanish prose, forms, e-mails and CSV tables, a third of the documents
 *       without PII.
 *   <li>{@code noPii}: English and Spanish office and clinical prose with harmless numbers (versions,
 *       percentages, page and section numbers) and capitalised words, but no personal information.
 *   <li>{@code denseDigits}: log- and table-like lines dominated by digit runs and separators, the worst
 *       case for digit-cued recognizers (phones, ids, cards, dates).
 *   <li>{@code mixedScript}: words in Latin (with accents and combining marks), Greek, Cyrillic, Arabic,
 *       CJK and emoji (surrogate pairs), with digits and punctuation.
 * </ul>
 *
 * <p>The same name always gives the same documents.
 */
public final class BenchmarkInputs {

  /** Size of every input, in MB of 2<sup>20</sup> chars. */
  public static final int MEGABYTES = 4;
  /** Exact length of every input, in UTF-16 chars. */
  public static final int TOTAL_CHARS = MEGABYTES << 20;

  static final long SEED = 42;

  private BenchmarkInputs() {}

  /** The documents of input {@code name}; an unknown name is an {@link IllegalArgumentException}. */
  public static String[] documents(String name) {
    return documents(name, TOTAL_CHARS);
  }

  /** The first {@code totalChars} chars of input {@code name}, as documents (for tests). */
  static String[] documents(String name, int totalChars) {
    return switch (name) {
      case "mixed" -> mixed(totalChars);
      case "noPii" -> generated(name, FillerText::noPiiDocument, totalChars);
      case "denseDigits" -> generated(name, FillerText::denseDigitsDocument, totalChars);
      case "mixedScript" -> generated(name, FillerText::mixedScriptDocument, totalChars);
      default -> throw new IllegalArgumentException(
          "unknown input '" + name + "' (known: mixed, noPii, denseDigits, mixedScript)");
    };
  }

  private static String[] mixed(int totalChars) {
    MixedCorpus corpus = new MixedCorpus(SEED);
    Collector c = new Collector(totalChars);
    while (c.add(corpus.nextDocument())) {
      // until TOTAL_CHARS
    }
    return c.documents();
  }

  private interface Generator {
    String next(Random random);
  }

  private static String[] generated(String name, Generator g, int totalChars) {
    Random random = new Random(SEED ^ name.hashCode());
    Collector c = new Collector(totalChars);
    while (c.add(g.next(random))) {
      // until TOTAL_CHARS
    }
    return c.documents();
  }

  /** Collects documents until exactly {@code limit} chars, cutting the last one (never inside a surrogate pair). */
  private static final class Collector {
    private final List<String> docs = new ArrayList<>();
    private final int limit;
    private int total;

    Collector(int limit) {
      this.limit = limit;
    }

    boolean add(String doc) {
      int room = limit - total;
      if (doc.length() >= room) {
        char[] cut = doc.substring(0, room).toCharArray();
        if (room > 0 && Character.isHighSurrogate(cut[room - 1])) {
          cut[room - 1] = ' ';
        }
        doc = new String(cut);
      }
      if (!doc.isEmpty()) {
        docs.add(doc);
        total += doc.length();
      }
      return total < limit;
    }

    String[] documents() {
      return docs.toArray(new String[0]);
    }
  }
}
