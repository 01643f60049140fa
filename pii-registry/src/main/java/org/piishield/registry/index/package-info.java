/**
 * The in-memory registry index used while scanning: {@link org.piishield.registry.index.TokenIndex} maps
 * 64-bit keyed probes to candidate (person, field type) pairs in flat primitive arrays, ~20 bytes per entry.
 * It holds neither plaintext nor HMAC tokens; every candidate is confirmed against the stored token.
 */
package org.piishield.registry.index;
