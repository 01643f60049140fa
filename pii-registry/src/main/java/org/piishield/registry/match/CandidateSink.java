package org.piishield.registry.match;

import org.piishield.registry.normalize.FieldType;

/**
 * Receives the candidates of {@link CandidateExtractor#extract}. Example: for the text
 * {@code "Call (562) 555-0123"} the sink receives {@code (PHONE, "+15625550123", 5, 19)}.
 */
@FunctionalInterface
public interface CandidateSink {

  /**
   * One candidate.
   *
   * @param domain {@code NAME} (a name window, to probe as both name and relative), {@code ADDRESS},
   *     {@code PHONE}, {@code EMAIL} or {@code PLATE}
   * @param normalized the candidate in exactly the form enrolment hashes; valid only during the call (it may
   *     be a reused buffer), and never to be logged
   * @param start UTF-16 offset of the candidate's first char in the original text, inclusive
   * @param end UTF-16 offset after its last char, exclusive
   */
  void candidate(FieldType domain, CharSequence normalized, int start, int end);
}
