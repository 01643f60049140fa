package org.piishield.registry.match;

/**
 * Whether a folded name token could be part of an enrolled name: false positives are allowed, false
 * negatives are not. {@link CandidateExtractor} asks it for every word of a document, so it must be cheap
 * (a Bloom filter or a hash set of the tokens of all enrolled name variants) and thread-safe.
 *
 * <p>The token is given as {@link org.piishield.registry.normalize.NameVariants} writes the tokens of its
 * variants: lower case, accents folded, apostrophes removed, no spaces or hyphens. Example: a filter built
 * from the variants of {@code "O'Donnell, William J."} answers {@code true} for {@code "odonnell"},
 * {@code "o"}, {@code "donnell"}, {@code "william"}, {@code "bill"}, {@code "w"} and {@code "j"}.
 * The sequence is valid only during the call (it may be a reused buffer).
 */
@FunctionalInterface
public interface NamePartFilter {

  /** Whether {@code foldedToken} may be a token of an enrolled name variant. */
  boolean mightContain(CharSequence foldedToken);
}
