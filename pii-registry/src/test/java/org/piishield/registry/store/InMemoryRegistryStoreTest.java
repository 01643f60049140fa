package org.piishield.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.piishield.registry.normalize.FieldType;

class InMemoryRegistryStoreTest {

  private static TokenRow row(FieldType type, int fill) {
    byte[] b = new byte[32];
    java.util.Arrays.fill(b, (byte) fill);
    return new TokenRow(type, fill, b);
  }

  private static PersonTokens tokens(TokenRow... rows) {
    return PersonTokens.of(List.of(rows));
  }

  @Test
  void replacePerson_twice_replacesTokens() {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    store.replacePerson("p-1", tokens(row(FieldType.NAME, 1), row(FieldType.PHONE, 2)), "k1");
    store.replacePerson("p-1", tokens(row(FieldType.EMAIL, 3)), "k1");

    assertEquals(1, store.people());
    assertEquals(1, store.tokensPerField().get(FieldType.EMAIL));
    assertEquals(0, store.tokensPerField().get(FieldType.NAME));
    List<FieldType> seen = new ArrayList<>();
    store.forEachPerson((id, tokens) -> tokens.rows().forEach(r -> seen.add(r.fieldType())));
    assertEquals(List.of(FieldType.EMAIL), seen);
    assertEquals(row(FieldType.EMAIL, 3), store.tokensOf("p-1").row(0));
  }

  @Test
  void replacePerson_otherKeyId_refused() {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    store.replacePerson("p-1", tokens(row(FieldType.NAME, 1)), "k1");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> store.replacePerson("p-2", tokens(row(FieldType.NAME, 2)), "k2"));
    assertTrue(e.getMessage().contains("k1"));
    assertEquals(1, store.people());
  }

  @Test
  void removePerson_last_clearsKeyId() {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    store.replacePerson("p-1", tokens(row(FieldType.NAME, 1)), "k1");
    assertEquals("k1", store.keyId());
    assertFalse(store.removePerson("p-9"));
    assertTrue(store.removePerson("p-1"));
    assertNull(store.keyId());
    assertEquals(0, store.people());
  }

  @Test
  void replacePerson_concurrentWriters_allStored() throws InterruptedException {
    InMemoryRegistryStore store = new InMemoryRegistryStore();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 400; i++) {
      String id = "p-" + i;
      pool.execute(() -> store.replacePerson(id, tokens(row(FieldType.NAME, 1), row(FieldType.PLATE, 2)), "k1"));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    assertEquals(400, store.people());
    assertEquals(400, store.tokensPerField().get(FieldType.NAME));
    assertEquals(400, store.tokensPerField().get(FieldType.PLATE));
  }
}
