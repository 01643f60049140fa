package org.piishield.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.registry.crypto.HmacKeyedHasher;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.normalize.FieldType;

/**
 * What the embedded store leaves on disk: tokens, never the enrolled plaintext. Values are synthetic
 * (a made-up name and a 555 phone number).
 */
class JdbcRegistryStoreFilesTest {

  private static final String ENROLLED_NAME = "maria ruiz pena";
  private static final String ENROLLED_PHONE = "+15625550123";
  private static final String NEVER_STORED = "zq-marker-never-stored-7f3a";

  @TempDir
  Path home;

  @Test
  void embedded_afterEnrolment_filesHoldTokensButNoPlaintext() throws IOException {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 7 + 3);
    }
    HmacKeyedHasher hasher = new HmacKeyedHasher(RegistryKey.of(key));
    byte[] nameToken = hasher.token(FieldType.NAME.id(), ENROLLED_NAME);
    byte[] phoneToken = hasher.token(FieldType.PHONE.id(), ENROLLED_PHONE);
    try (JdbcRegistryStore s = JdbcRegistryStore.embedded(home)) {
      s.replacePerson("p-0001",
          PersonTokens.of(List.of(new TokenRow(FieldType.NAME, 1L, nameToken),
              new TokenRow(FieldType.PHONE, 2L, phoneToken))),
          hasher.keyId());
    }
    byte[] files = allFiles(home);
    assertTrue(files.length > 0, "the store wrote no files under its home");
    // Sanity: the scan can see stored bytes at all, so the absences below mean something.
    assertTrue(indexOf(files, nameToken) >= 0, "the name token is not in the database files");
    assertTrue(indexOf(files, phoneToken) >= 0, "the phone token is not in the database files");
    for (String plain : List.of(ENROLLED_NAME, ENROLLED_PHONE, NEVER_STORED)) {
      assertEquals(-1, indexOf(files, plain.getBytes(StandardCharsets.UTF_8)),
          "plaintext (UTF-8) found in the database files, value of length " + plain.length());
      assertEquals(-1, indexOf(files, plain.getBytes(StandardCharsets.UTF_16BE)),
          "plaintext (UTF-16) found in the database files, value of length " + plain.length());
    }
    assertFalse(indexOf(files, key) >= 0, "key bytes found in the database files");
  }

  @Test
  void embedded_newHome_directoryAndDatabaseFilesAreOwnerOnly() throws IOException {
    Path fresh = home.resolve("shield");
    try (JdbcRegistryStore s = JdbcRegistryStore.embedded(fresh)) {
      s.replacePerson("p-1", PersonTokens.of(List.of()), "k-1");
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    List<Path> dbFiles;
    try (Stream<Path> paths = Files.list(fresh)) {
      dbFiles = paths.filter(p -> p.getFileName().toString().startsWith("registry.")).toList();
    }
    assertFalse(dbFiles.isEmpty());
    for (Path f : dbFiles) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
    }
  }

  @Test
  void embedded_previewStoreWithTokens_refusedWithWhatToDo() throws Exception {
    String url = JdbcRegistryStore.embeddedUrl(home);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
        java.sql.Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INT NOT NULL PRIMARY KEY)");
      for (String sql : SchemaMigrations.steps(SchemaMigrations.Dialect.H2).get(0)) {
        st.execute(sql);
      }
      st.execute("INSERT INTO schema_version VALUES (1)");
      st.execute("INSERT INTO person VALUES ('p-1')");
      st.execute("INSERT INTO token VALUES ('p-1', 'name', X'" + "00".repeat(32) + "')");
    }
    RegistryStoreException e = org.junit.jupiter.api.Assertions.assertThrows(RegistryStoreException.class,
        () -> JdbcRegistryStore.embedded(home));
    assertTrue(e.getMessage().contains("enrol the people CSV again"), e.getMessage());
  }

  private static byte[] allFiles(Path dir) throws IOException {
    List<byte[]> parts = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.filter(Files::isRegularFile).forEach(p -> {
        try {
          parts.add(Files.readAllBytes(p));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    int n = parts.stream().mapToInt(b -> b.length).sum();
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] b : parts) {
      System.arraycopy(b, 0, all, at, b.length);
      at += b.length;
    }
    return all;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
