package org.piishield.recognizers.names.model;

import java.util.Arrays;
import org.piishield.text.Fold;

/**
 * Collects the features of one token as 32-bit hashes, without allocating: the template's
 * {@link String#hashCode()} (cached by the JVM) mixed with the value, then a murmur3 finaliser. The hash
 * depends only on the chars, so it is the same on every JVM and every run. Reused per token
 * ({@link #clear()}); not thread-safe.
 */
final class HashingFeatureSink implements FeatureSink {

  private int[] hashes = new int[64];
  private int size;

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  /** The feature hashes collected since {@link #clear()}; valid up to {@link #size()}. */
  int[] hashes() {
    return hashes;
  }

  @Override
  public void add(String template, int value) {
    push(mix(template.hashCode() * 0x9E3779B9 + value));
  }

  @Override
  public void addWord(String template, CharSequence text, int off, int len, int foldedHash) {
    push(mix(template.hashCode() * 0x9E3779B9 + foldedHash));
  }

  /** Hash of {@code text[off, off+len)} after case and accent folding: {@code "García"} and {@code "GARCIA"} agree. */
  static int foldedHash(CharSequence text, int off, int len) {
    int h = len;
    for (int i = off; i < off + len; i++) {
      h = h * 31 + Fold.fold(text.charAt(i));
    }
    return mix(h);
  }

  @Override
  public void addChars(String template, CharSequence text, int off, int len) {
    int h = template.hashCode() * 0x85EBCA6B;
    for (int i = off; i < off + len; i++) {
      h = h * 31 + text.charAt(i);
    }
    push(mix(h ^ len));
  }

  private void push(int h) {
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    hashes[size++] = h;
  }

  /** The murmur3 32-bit finaliser: every input bit affects every output bit. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
