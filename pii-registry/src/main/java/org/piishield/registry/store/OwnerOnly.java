package org.piishield.registry.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only permissions for the embedded database: {@code 0700} for a directory we create, {@code 0600}
 * for the database files. A no-op where the file system has no POSIX permissions.
 */
final class OwnerOnly {

  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  static void restrictDirectory(Path dir) throws IOException {
    if (posix()) {
      Files.setPosixFilePermissions(dir, DIR);
    }
  }

  /** Sets {@code 0600} on every regular file in {@code dir} whose name starts with {@code prefix}. */
  static void restrictFiles(Path dir, String prefix) throws IOException {
    if (!posix()) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*")) {
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          Files.setPosixFilePermissions(f, FILE);
        }
      }
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
