package org.piishield.redact;

/**
 * Overwrite {@code count} chars of the span with {@code maskChar}, counted from the start or from the end;
 * a count at least the span's length masks all of it. {@code new MaskSpec('*', 5, From.START)} turns
 * {@code 123-45-6789} into {@code *****5-6789}.
 */
public record MaskSpec(char maskChar, int count, From from) implements OperatorSpec {

  /** Which end of the span masking starts from. */
  public enum From { START, END }

  public MaskSpec {
    if (count < 1) {
      throw new IllegalArgumentException("mask count must be at least 1, was " + count);
    }
    if (from == null) {
      throw new IllegalArgumentException("mask direction is required");
    }
    if (Character.isSurrogate(maskChar)) {
      throw new IllegalArgumentException("mask char must be a single BMP character");
    }
  }

  /** Masks the whole span with {@code maskChar}. */
  public static MaskSpec all(char maskChar) {
    return new MaskSpec(maskChar, Integer.MAX_VALUE, From.START);
  }

  @Override
  public String operatorName() {
    return "mask";
  }
}
