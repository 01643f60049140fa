package org.piishield.detect;

/**
 * How context moves a recognizer's scores: if a {@code positive} phrase lies within {@code before} tokens
 * before the span or {@code after} tokens after it, the score rises by {@code boost} (capped at 1.0);
 * if a {@code negative} phrase does, it falls by {@code penalty}. Positive wins when both are present.
 *
 * <p>Example: for a US SSN, positive {@code "ssn"}, {@code "social security"}; negative {@code "order"},
 * {@code "invoice"}.
 */
public record ContextSpec(ContextWords positive, ContextWords negative, int before, int after, double boost,
    double penalty) {

  public static final ContextSpec NONE = new ContextSpec(ContextWords.NONE, ContextWords.NONE, 0, 0, 0, 0);

  public ContextSpec {
    if (before < 0 || after < 0 || boost < 0 || penalty < 0) {
      throw new IllegalArgumentException("context window and weights must be non-negative");
    }
  }

  /** Positive phrases with the default window (6 tokens before, 3 after) and boost 0.35. */
  public static ContextSpec of(String... positive) {
    return new ContextSpec(ContextWords.of(positive), ContextWords.NONE, 6, 3, 0.35, 0);
  }

  public ContextSpec withNegative(double penalty, String... negative) {
    return new ContextSpec(positive, ContextWords.of(negative), before, after, boost, penalty);
  }

  public ContextSpec withWindow(int tokensBefore, int tokensAfter) {
    return new ContextSpec(positive, negative, tokensBefore, tokensAfter, boost, penalty);
  }

  public ContextSpec withBoost(double newBoost) {
    return new ContextSpec(positive, negative, before, after, newBoost, penalty);
  }

  public boolean isNone() {
    return positive.isEmpty() && negative.isEmpty();
  }
}
