package org.piishield.registry.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryKeysTest {
  @TempDir Path home;

  /** A deterministic source so key ids are reproducible in tests; never used outside tests. */
  private static SecureRandom seeded(long seed) {
    Random r = new Random(seed);
    return new SecureRandom() {
      private static final long serialVersionUID = 1L;

      @Override
      public void nextBytes(byte[] bytes) {
        r.nextBytes(bytes);
      }
    };
  }

  private static byte[] fixedKey() {
    byte[] b = new byte[32];
    for (int i = 0; i < 32; i++) {
      b[i] = (byte) (0xa0 + i);
    }
    return b;
  }

  @Test
  void loadOrCreate_noKey_createsOwnerOnlyFileAndFolder() throws Exception {
    RegistryKeys keys = new RegistryKeys(home, Map.of(), seeded(1));
    RegistryKey key = keys.loadOrCreate();
    Path file = home.resolve("keys/registry.key");
    assertTrue(Files.isRegularFile(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    try (var listing = Files.list(file.getParent())) {
      assertEquals(1, listing.count(), "no temp file left behind");
    }
    byte[] decoded = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    assertEquals(key, RegistryKey.of(decoded));
  }

  @Test
  void loadOrCreate_keyFileExists_reusesIt() {
    RegistryKey first = new RegistryKeys(home, Map.of(), seeded(1)).loadOrCreate();
    RegistryKey second = new RegistryKeys(home, Map.of(), seeded(2)).loadOrCreate();
    assertEquals(first, second);
    assertEquals(first.keyId(), second.keyId());
    assertEquals(first, new RegistryKeys(home, Map.of(), seeded(3)).loadExisting());
  }

  @Test
  void loadOrCreate_envKeySet_overridesFileAndCreatesNothing() {
    RegistryKey fromFile = new RegistryKeys(home.resolve("other"), Map.of(), seeded(1)).loadOrCreate();
    String b64 = Base64.getEncoder().encodeToString(fixedKey());
    RegistryKey key = new RegistryKeys(home, Map.of(RegistryKeys.ENV_VAR, b64), seeded(1)).loadOrCreate();
    assertEquals(RegistryKey.of(fixedKey()), key);
    assertNotEquals(fromFile, key);
    assertFalse(Files.exists(home.resolve("keys/registry.key")));
  }

  @Test
  void loadExisting_envKeyAndFileBothPresent_envWins() {
    new RegistryKeys(home, Map.of(), seeded(1)).loadOrCreate();
    String b64 = Base64.getEncoder().encodeToString(fixedKey());
    assertEquals(RegistryKey.of(fixedKey()),
        new RegistryKeys(home, Map.of(RegistryKeys.ENV_VAR, b64), seeded(1)).loadExisting());
  }

  @Test
  void loadExisting_envKeyWrongLength_throwsWithoutKeyInMessage() {
    byte[] shortKey = new byte[16];
    java.util.Arrays.fill(shortKey, (byte) 0x5a);
    String b64 = Base64.getEncoder().encodeToString(shortKey);
    RegistryKeys keys = new RegistryKeys(home, Map.of(RegistryKeys.ENV_VAR, b64), seeded(1));
    RegistryKeyException e = assertThrows(RegistryKeyException.class, keys::loadExisting);
    assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("16"), e.getMessage());
    assertFalse(e.getMessage().contains(b64), "message must not echo the key");
    assertFalse(e.getMessage().contains(b64.substring(0, 8)), "message must not echo the key");
  }

  @Test
  void loadOrCreate_envKeyNotBase64_throwsWithoutValueInMessage() {
    String bad = "not*base64*secret-value";
    RegistryKeys keys = new RegistryKeys(home, Map.of(RegistryKeys.ENV_VAR, bad), seeded(1));
    RegistryKeyException e = assertThrows(RegistryKeyException.class, keys::loadOrCreate);
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertFalse(Files.exists(home.resolve("keys/registry.key")), "a bad env key must not fall back to a new key");
  }

  @Test
  void loadExisting_noKeyAnywhere_throwsNamingBothRemedies() {
    RegistryKeys keys = new RegistryKeys(home, Map.of(), seeded(1));
    RegistryKeyException e = assertThrows(RegistryKeyException.class, keys::loadExisting);
    assertTrue(e.getMessage().contains("SHIELD_REGISTRY_KEY"), e.getMessage());
    assertTrue(e.getMessage().contains("keys/registry.key") || e.getMessage().contains("keys\\registry.key"),
        e.getMessage());
    assertFalse(Files.exists(home.resolve("keys/registry.key")), "must not create a key");
  }

  @Test
  void loadExisting_truncatedKeyFile_throws() throws Exception {
    Files.createDirectories(home.resolve("keys"));
    Files.writeString(home.resolve("keys/registry.key"), Base64.getEncoder().encodeToString(new byte[31]));
    RegistryKeys keys = new RegistryKeys(home, Map.of(), seeded(1));
    assertThrows(RegistryKeyException.class, keys::loadExisting);
  }

  @Test
  void keyId_sameKey_isStableSixteenHexChars() {
    RegistryKey a = RegistryKey.of(fixedKey());
    RegistryKey b = RegistryKey.of(fixedKey());
    assertEquals(a.keyId(), b.keyId());
    assertTrue(a.keyId().matches("[0-9a-f]{16}"), a.keyId());
    byte[] other = fixedKey();
    other[31] ^= 1;
    assertNotEquals(a.keyId(), RegistryKey.of(other).keyId());
  }

  /** SHA-256 of the 32 bytes a0..bf, first 8 bytes; pins the key-id definition so stored ids stay valid. */
  @Test
  void keyId_fixedKey_equalsSha256Prefix() throws Exception {
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(fixedKey());
    assertEquals(java.util.HexFormat.of().formatHex(digest, 0, 8), RegistryKey.of(fixedKey()).keyId());
  }

  @Test
  void toString_anyKey_showsIdNotBytes() {
    RegistryKey key = RegistryKey.of(fixedKey());
    String s = key.toString();
    assertTrue(s.contains(key.keyId()), s);
    assertFalse(s.contains(Base64.getEncoder().encodeToString(fixedKey())), s);
    assertFalse(s.toLowerCase().contains("a0a1a2a3"), s);
  }

  @Test
  void of_wrongLength_throws() {
    assertThrows(RegistryKeyException.class, () -> RegistryKey.of(new byte[33]));
  }
}
