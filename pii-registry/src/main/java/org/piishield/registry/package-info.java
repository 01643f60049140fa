/**
 * The protected-person registry: identifiers are normalised, expanded into the variants a flyer or post
 * may use, and stored only as keyed hashes (HMAC-SHA-256, domain-separated per field type) under a key
 * kept apart from the store. Nothing here ever holds enrolled plaintext beyond the call that enrols it.
 */
package org.piishield.registry;
