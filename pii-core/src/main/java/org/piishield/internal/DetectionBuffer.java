package org.piishield.internal;

import java.util.Arrays;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;

/**
 * Growable parallel-array buffer of candidate spans for one document. Records are created only when the
 * engine hands results out. Enforces a per-document candidate budget so hostile input degrades gently.
 * Not thread-safe; reused per thread.
 */
public final class DetectionBuffer implements DetectionSink {

  int[] start = new int[64];
  int[] end = new int[64];
  double[] score = new double[64];
  double[] baseScore = new double[64];
  EntityType[] type = new EntityType[64];
  Recognizer[] recognizer = new Recognizer[64];
  String[] pattern = new String[64];
  String[] validator = new String[64];
  String[] contextWord = new String[64];
  boolean[] contextDone = new boolean[64];
  int size;
  private int budget;
  private boolean truncated;

  public void clear(int candidateBudget) {
    Arrays.fill(recognizer, 0, size, null);
    Arrays.fill(type, 0, size, null);
    size = 0;
    budget = candidateBudget;
    truncated = false;
  }

  public int size() {
    return size;
  }

  /** Whether candidates were dropped because the budget ran out. */
  public boolean isTruncated() {
    return truncated;
  }

  @Override
  public void add(int s, int e, EntityType t, double sc, Recognizer src, String pat, String val) {
    push(s, e, t, sc, src, pat, val, null, false);
  }

  @Override
  public void addWithContext(int s, int e, EntityType t, double sc, Recognizer src, String pat, String val,
      String ctxWord) {
    push(s, e, t, sc, src, pat, val, ctxWord, true);
  }

  private void push(int s, int e, EntityType t, double sc, Recognizer src, String pat, String val, String ctxWord,
      boolean done) {
    if (s < 0 || e <= s) {
      throw new IllegalArgumentException(src.name() + " reported a bad span [" + s + ", " + e + ")");
    }
    if (size >= budget) {
      truncated = true;
      return;
    }
    if (size == start.length) {
      grow();
    }
    int i = size++;
    start[i] = s;
    end[i] = e;
    type[i] = t;
    score[i] = sc;
    baseScore[i] = sc;
    recognizer[i] = src;
    pattern[i] = pat;
    validator[i] = val;
    contextWord[i] = ctxWord;
    contextDone[i] = done;
  }

  private void grow() {
    int cap = start.length + (start.length >> 1);
    start = Arrays.copyOf(start, cap);
    end = Arrays.copyOf(end, cap);
    score = Arrays.copyOf(score, cap);
    baseScore = Arrays.copyOf(baseScore, cap);
    type = Arrays.copyOf(type, cap);
    recognizer = Arrays.copyOf(recognizer, cap);
    pattern = Arrays.copyOf(pattern, cap);
    validator = Arrays.copyOf(validator, cap);
    contextWord = Arrays.copyOf(contextWord, cap);
    contextDone = Arrays.copyOf(contextDone, cap);
  }

  public int start(int i) {
    return start[i];
  }

  public int end(int i) {
    return end[i];
  }

  public EntityType type(int i) {
    return type[i];
  }

  public double score(int i) {
    return score[i];
  }

  public double baseScore(int i) {
    return baseScore[i];
  }

  public Recognizer recognizer(int i) {
    return recognizer[i];
  }

  public String pattern(int i) {
    return pattern[i];
  }

  public String validator(int i) {
    return validator[i];
  }

  public String contextWord(int i) {
    return contextWord[i];
  }

  public boolean isContextDone(int i) {
    return contextDone[i];
  }

  public void rescore(int i, double newScore, String word) {
    score[i] = newScore;
    contextWord[i] = word;
    contextDone[i] = true;
  }
}
