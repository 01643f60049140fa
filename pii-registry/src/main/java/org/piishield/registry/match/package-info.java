/**
 * Finding enrolled people in documents without their values: {@link
 * org.piishield.registry.match.CandidateExtractor} turns document text into candidate strings normalised
 * exactly like the enrolment variants (name windows, house number + street lines, E.164 phones, lower-cased
 * e-mails, plates), with their offsets, for a matcher to hash and look up. Name windows are gated by a
 * {@link org.piishield.registry.match.NamePartFilter} built from the tokens of the enrolled names.
 */
package org.piishield.registry.match;
