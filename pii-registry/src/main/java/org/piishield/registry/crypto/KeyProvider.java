package org.piishield.registry.crypto;

/**
 * Supplies the registry key. Implementations are thread-safe.
 *
 * <ol>
 *   <li>Enrolment into a new store calls {@link #loadOrCreate()}: the key is found or, failing that, created.
 *   <li>Anything that opens an existing store calls {@link #loadExisting()}: a missing key is an error
 *       naming what to do, never a silently new key (which would make every stored token unmatchable).
 * </ol>
 */
public interface KeyProvider {
  /** Returns the configured key, creating and persisting a new one if none exists. */
  RegistryKey loadOrCreate();

  /** Returns the configured key; throws {@link RegistryKeyException} if there is none. */
  RegistryKey loadExisting();
}
