package org.piishield.redact;

import org.piishield.detect.EntityType;

/**
 * Writes the replacement for one span. Implementations are immutable and thread-safe; per-call state (a
 * pseudonym table) is passed in.
 */
public interface Operator {

  /** The operator's stable id: {@code redact}, {@code replace}, {@code mask}, {@code hash}, {@code pseudonym}, {@code keep}. */
  String name();

  /** Appends the replacement for {@code text[start, end)} of type {@code type} to {@code out}. */
  void apply(CharSequence text, int start, int end, EntityType type, PseudonymTable pseudonyms, StringBuilder out);
}
