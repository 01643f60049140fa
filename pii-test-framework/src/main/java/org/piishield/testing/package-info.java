/** Shared test fixtures: synthetic PII, seeded random text and engine invariants. */
package org.piishield.testing;
