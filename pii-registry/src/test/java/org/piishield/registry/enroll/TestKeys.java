package org.piishield.registry.enroll;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.piishield.registry.crypto.KeyProvider;
import org.piishield.registry.crypto.RegistryKey;

/** A fixed-key {@link KeyProvider} that counts which method was called. Fake keys only. */
final class TestKeys implements KeyProvider {
  final RegistryKey key;
  final AtomicInteger created = new AtomicInteger();
  final AtomicInteger existing = new AtomicInteger();

  TestKeys(int fill) {
    byte[] b = new byte[RegistryKey.LENGTH];
    Arrays.fill(b, (byte) fill);
    this.key = RegistryKey.of(b);
  }

  @Override
  public RegistryKey loadOrCreate() {
    created.incrementAndGet();
    return key;
  }

  @Override
  public RegistryKey loadExisting() {
    existing.incrementAndGet();
    return key;
  }
}
