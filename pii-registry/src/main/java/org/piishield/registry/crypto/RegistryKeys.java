package org.piishield.registry.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * The default {@link KeyProvider}: the key comes from the environment variable {@value #ENV_VAR} (base64 of
 * 32 bytes) if set, else from {@code SHIELD_HOME/keys/registry.key}, which {@link #loadOrCreate()} creates on
 * first enrolment with permissions {@code 0600} inside a {@code 0700} folder, written atomically.
 *
 * <p>Nothing is global: the home folder and the environment map are passed in, e.g.
 * {@code new RegistryKeys(Path.of(System.getenv("SHIELD_HOME")), System.getenv(), new SecureRandom())};
 * tests pass a temporary folder and a map. Immutable and thread-safe; concurrent first enrolments agree on
 * one key (the file is published with a link that fails if it already exists).
 */
public final class RegistryKeys implements KeyProvider {
  /** Environment variable holding the key as base64; it overrides the key file. */
  public static final String ENV_VAR = "SHIELD_REGISTRY_KEY";
  /** Key file location relative to SHIELD_HOME. */
  public static final String KEY_FILE = "keys/registry.key";

  private static final Set<PosixFilePermission> DIR_PERMS = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE_PERMS = PosixFilePermissions.fromString("rw-------");

  private final Path home;
  private final Map<String, String> env;
  private final SecureRandom random;

  public RegistryKeys(Path shieldHome, Map<String, String> env, SecureRandom random) {
    this.home = shieldHome;
    this.env = Map.copyOf(env);
    this.random = random;
  }

  /** The key file this provider reads and creates: {@code SHIELD_HOME/keys/registry.key}. */
  public Path keyFile() {
    return home.resolve(KEY_FILE);
  }

  @Override
  public RegistryKey loadOrCreate() {
    RegistryKey found = find();
    return found != null ? found : create();
  }

  @Override
  public RegistryKey loadExisting() {
    RegistryKey found = find();
    if (found == null) {
      throw new RegistryKeyException("the registry store exists but its key is missing: set " + ENV_VAR
          + " (base64 of the 32-byte key) or restore " + keyFile()
          + " from your backup; a new key cannot match the stored tokens");
    }
    return found;
  }

  /** The key from the environment, else from the key file, else {@code null}. */
  private RegistryKey find() {
    String fromEnv = env.get(ENV_VAR);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return decode(fromEnv, ENV_VAR);
    }
    Path file = keyFile();
    if (!Files.exists(file)) {
      return null;
    }
    try {
      byte[] raw = Files.readAllBytes(file);
      try {
        return decode(new String(raw, StandardCharsets.US_ASCII), file.toString());
      } finally {
        Arrays.fill(raw, (byte) 0);
      }
    } catch (IOException e) {
      throw new RegistryKeyException("cannot read the registry key file " + file + ": "
          + e.getClass().getSimpleName(), e);
    }
  }

  private static RegistryKey decode(String base64, String source) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      // e's message may quote input characters, so it is not chained.
      throw new RegistryKeyException("the registry key in " + source + " is not valid base64");
    }
    try {
      if (bytes.length != RegistryKey.LENGTH) {
        throw new RegistryKeyException("the registry key in " + source + " must decode to "
            + RegistryKey.LENGTH + " bytes, but decodes to " + bytes.length
            + "; generate one with: head -c 32 /dev/urandom | base64");
      }
      return RegistryKey.of(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private RegistryKey create() {
    Path file = keyFile();
    Path dir = file.getParent();
    RegistryKey key = RegistryKey.generate(random);
    byte[] raw = key.copyBytes();
    byte[] text = (Base64.getEncoder().encodeToString(raw) + "\n").getBytes(StandardCharsets.US_ASCII);
    Arrays.fill(raw, (byte) 0);
    Path tmp = null;
    try {
      boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
      if (posix) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_PERMS));
        Files.setPosixFilePermissions(dir, DIR_PERMS);
        tmp = Files.createTempFile(dir, ".registry", ".tmp", PosixFilePermissions.asFileAttribute(FILE_PERMS));
      } else {
        Files.createDirectories(dir);
        tmp = Files.createTempFile(dir, ".registry", ".tmp", new FileAttribute<?>[0]);
      }
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.write(ByteBuffer.wrap(text));
        ch.force(true);
      }
      publish(tmp, file);
    } catch (FileAlreadyExistsException raced) {
      // Another enrolment created the key first: use theirs, so both agree.
      RegistryKey theirs = find();
      if (theirs != null) {
        return theirs;
      }
      throw new RegistryKeyException("registry key file appeared but cannot be read: " + file, raced);
    } catch (IOException e) {
      throw new RegistryKeyException("cannot create the registry key file " + file + ": "
          + e.getClass().getSimpleName(), e);
    } finally {
      Arrays.fill(text, (byte) 0);
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temp file is 0600 inside a 0700 folder
        }
      }
    }
    return key;
  }

  /** Makes the complete temp file visible under its final name, never replacing an existing key. */
  private static void publish(Path tmp, Path file) throws IOException {
    try {
      Files.createLink(file, tmp);
    } catch (UnsupportedOperationException e) {
      if (Files.exists(file)) {
        throw new FileAlreadyExistsException(file.toString());
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e2) {
        Files.move(tmp, file);
      }
    }
  }
}
