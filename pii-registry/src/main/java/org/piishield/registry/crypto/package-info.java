/**
 * Registry keys and keyed hashing. A {@link org.piishield.registry.crypto.RegistryKey} (32 random bytes,
 * from {@code SHIELD_REGISTRY_KEY} or {@code SHIELD_HOME/keys/registry.key}, see
 * {@link org.piishield.registry.crypto.RegistryKeys}) keys two functions:
 * <ul>
 *   <li>{@link org.piishield.registry.crypto.HmacKeyedHasher}: the stored token,
 *       {@code HMAC-SHA-256(key, "phone|+15625550123")};
 *   <li>{@link org.piishield.registry.crypto.ProbeHasher}: a 64-bit SipHash-2-4 probe under a key derived
 *       as {@code HMAC(key, "siphash-probe")}, used only to find candidates in the in-memory index.
 * </ul>
 * No class here logs, and no message or {@code toString} contains key bytes or hashed values.
 */
package org.piishield.registry.crypto;
