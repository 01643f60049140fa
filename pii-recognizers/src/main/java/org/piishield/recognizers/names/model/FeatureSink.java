package org.piishield.recognizers.names.model;

/**
 * Receives the features of one token from {@link NerFeatures}: a template name (a constant string such as
 * {@code "w-1"}) and a value. The tagger hashes them ({@link HashingFeatureSink}); a test may spell them
 * out. Implementations are per-thread and not thread-safe.
 */
interface FeatureSink {

  /** A feature with a small integer value, e.g. {@code ("cap", 1)}. */
  void add(String template, int value);

  /**
   * A feature whose value is {@code text[off, off+len)} after case and accent folding, e.g.
   * {@code ("w", "garcia")}; {@code foldedHash} is {@link HashingFeatureSink#foldedHash} of that text,
   * computed once per token by the caller.
   */
  void addWord(String template, CharSequence text, int off, int len, int foldedHash);

  /** A feature whose value is {@code text[off, off+len)} as is, e.g. a word shape {@code ("shape", "Xx")}. */
  void addChars(String template, CharSequence text, int off, int len);
}
