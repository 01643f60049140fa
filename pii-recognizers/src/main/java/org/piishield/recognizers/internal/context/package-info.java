/**
 * Internal: leading-context matching shared by the context-required recognizers of several packages
 * ({@code us}, {@code generic}, {@code es}): multi-word phrases at exact token positions ({@code PhraseTable}),
 * a phrase right before a value with only filler words between ({@code LeadingContext}) and the test that a
 * token lies inside a redaction label ({@code RedactionLabels}). Not API; may change without notice.
 */
package org.piishield.recognizers.internal.context;
