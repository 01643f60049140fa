package org.piishield.detect;

/**
 * Why a span was reported: the pattern that proposed it, the validator that accepted it, the context word
 * that moved its score, and the score before and after context.
 *
 * <p>Any of {@code pattern}, {@code validator} and {@code contextWord} may be {@code null} when that step
 * did not apply. Never holds the matched text.
 */
public record Explanation(
    String recognizer, String pattern, String validator, String contextWord, double baseScore, double score) {

  /** A one-line, human-readable form such as {@code us_ssn: pattern=dashed validator=area-group-serial context="ssn" 0.50->0.85}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(recognizer);
    sb.append(':');
    if (pattern != null) {
      sb.append(" pattern=").append(pattern);
    }
    if (validator != null) {
      sb.append(" validator=").append(validator);
    }
    if (contextWord != null) {
      sb.append(" context=\"").append(contextWord).append('"');
    }
    sb.append(String.format(java.util.Locale.ROOT, " score %.2f", baseScore));
    if (score != baseScore) {
      sb.append(String.format(java.util.Locale.ROOT, "->%.2f", score));
    }
    return sb.toString();
  }
}
