package org.piishield.recognizers.names.model;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.piishield.detect.ScanContext;

/**
 * Trains a {@link NerModel} on the {@link CandidateWindows} of labelled documents, the same windows the
 * recognizer tags, so the model learns exactly the decisions it will make. Steps: (1) tokenise each
 * document, label its tokens ({@link GoldLabels}) and hash the static features of every window token once;
 * (2) for each epoch, visit the windows in an order shuffled by a {@link Random} of the given seed, tag them
 * greedily with the current weights and update on every wrong token; (3) return the averaged weights.
 * Deterministic: the same documents, epochs, seed and size give a byte-identical model. Thread-safe
 * (no shared state).
 */
public final class NerTrainer {

  /** Feature buckets of the shipped model: 2^16, 2 MB of weights in memory, which stay in cache better. */
  public static final int DEFAULT_BITS = 16;
  public static final int DEFAULT_EPOCHS = 6;
  public static final long DEFAULT_SEED = 0x5EED_2026L;

  private NerTrainer() {}

  /** A trained model and what it was trained on. */
  public record Result(NerModel model, long tokens, long windowTokens, int windows) {}

  /** Trains with the default epochs, seed and size. */
  public static Result train(List<TrainingDocument> docs) {
    return train(docs, DEFAULT_EPOCHS, DEFAULT_SEED, DEFAULT_BITS);
  }

  public static Result train(List<TrainingDocument> docs, int epochs, long seed, int featureBits) {
    Examples ex = new Examples();
    long tokens = 0;
    ScanContext ctx = new ScanContext();
    TokenWindow window = new TokenWindow();
    CandidateWindows gate = new CandidateWindows();
    HashingFeatureSink sink = new HashingFeatureSink();
    StringBuilder shape = new StringBuilder();
    for (TrainingDocument d : docs) {
      ctx.reset(d.text(), d.language());
      tokens += ctx.tokenCount();
      int[] gold = GoldLabels.of(ctx, d.spans());
      gate.find(ctx);
      for (int k = 0; k < gate.count(); k++) {
        window.reset(ctx, gate.from(k), gate.to(k));
        ex.startWindow();
        for (int t = gate.from(k); t < gate.to(k); t++) {
          sink.clear();
          NerFeatures.extract(window, t, shape, sink);
          ex.addToken(sink.hashes(), sink.size(), gold[t], NerFeatures.capCode(ctx, t));
        }
      }
    }
    ex.finish();
    AveragedPerceptron learner = new AveragedPerceptron(featureBits);
    NerTagger tagger = new NerTagger();
    Random random = new Random(seed);
    int[] order = new int[ex.windowCount];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int[] feats = new int[64];
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (int w : order) {
        int p1 = NerLabels.START;
        int p2 = NerLabels.START;
        for (int tok = ex.windowStart[w]; tok < ex.windowStart[w + 1]; tok++) {
          int n = ex.featureStart[tok + 1] - ex.featureStart[tok];
          if (feats.length < n) {
            feats = new int[n * 2];
          }
          System.arraycopy(ex.features, ex.featureStart[tok], feats, 0, n);
          int guess = tagger.decide(learner, feats, n, p1, p2, ex.cap[tok]);
          int gold = ex.gold[tok];
          if (guess != gold) {
            learner.update(feats, n, gold, guess);
            HashingFeatureSink h = tagger.historyFeatures();
            learner.update(h.hashes(), h.size(), gold, guess);
          }
          learner.tick();
          p2 = p1;
          p1 = guess;
        }
      }
    }
    return new Result(learner.average(), tokens, ex.tokenCount, ex.windowCount);
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
  }

  /** The hashed features of every window token, in flat arrays. */
  private static final class Examples {
    int[] features = new int[1 << 16];
    int featureCount;
    int[] featureStart = new int[1 << 12];
    int[] gold = new int[1 << 12];
    int[] cap = new int[1 << 12];
    int tokenCount;
    int[] windowStart = new int[1 << 10];
    int windowCount;

    void startWindow() {
      if (windowCount + 1 >= windowStart.length) {
        windowStart = Arrays.copyOf(windowStart, windowStart.length * 2);
      }
      windowStart[windowCount++] = tokenCount;
    }

    void addToken(int[] hashes, int n, int label, int capCode) {
      if (featureCount + n > features.length) {
        features = Arrays.copyOf(features, Math.max(features.length * 2, featureCount + n));
      }
      System.arraycopy(hashes, 0, features, featureCount, n);
      if (tokenCount + 1 >= featureStart.length) {
        int cap2 = featureStart.length * 2;
        featureStart = Arrays.copyOf(featureStart, cap2);
        gold = Arrays.copyOf(gold, cap2);
        cap = Arrays.copyOf(cap, cap2);
      }
      featureStart[tokenCount] = featureCount;
      gold[tokenCount] = label;
      cap[tokenCount] = capCode;
      featureCount += n;
      tokenCount++;
    }

    void finish() {
      featureStart[tokenCount] = featureCount;
      windowStart[windowCount] = tokenCount;
    }
  }
}
