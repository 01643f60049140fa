package org.piishield.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * A file written all or nothing: text goes to a hidden temporary file next to {@code target}, and
 * {@link #commit()} moves it over the target in one step. Closing without committing deletes the temporary
 * file, so an error never leaves a half-written output behind.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(target)) {
 *   out.writer().write(redacted);
 *   out.commit();
 * }
 * }</pre>
 *
 * Not thread-safe.
 */
final class AtomicOutput implements Closeable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  private AtomicOutput(Path target, Path temp, Writer writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  /** Creates the parent directories and the temporary file. */
  static AtomicOutput create(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // not Files.createTempFile: its owner-only permissions would carry over to the copy; this honours the umask
    Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".shield-tmp");
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8));
      return new AtomicOutput(target, temp, w);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Writes {@code text} to {@code target} atomically, as UTF-8. */
  static void write(Path target, CharSequence text) throws IOException {
    try (AtomicOutput out = create(target)) {
      out.writer().append(text);
      out.commit();
    }
  }

  Writer writer() {
    return writer;
  }

  /** Flushes, closes and moves the temporary file over the target. */
  void commit() throws IOException {
    writer.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
