package org.piishield.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.piishield.extract.ExtractionException;

/**
 * A private temporary copy of an input stream, so format libraries can seek in it without holding the whole
 * document in memory. Created owner-only ({@link Files#createTempFile}); deleted on {@link #close}. The
 * stream is read, never closed.
 */
final class ScratchFile implements AutoCloseable {

  private final Path path;

  private ScratchFile(Path path) {
    this.path = path;
  }

  /** Copies {@code in} to a temporary file; more than {@code maxBytes} is an {@link ExtractionException}. */
  static ScratchFile copy(InputStream in, long maxBytes, String suffix) throws IOException, ExtractionException {
    Path tmp = Files.createTempFile("shield-", suffix);
    boolean ok = false;
    try (OutputStream out = Files.newOutputStream(tmp)) {
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int r;
      while ((r = in.read(buf)) > 0) {
        total += r;
        if (total > maxBytes) {
          throw new ExtractionException("larger than the " + maxBytes + "-byte limit");
        }
        out.write(buf, 0, r);
      }
      ok = true;
    } finally {
      if (!ok) {
        Files.deleteIfExists(tmp);
      }
    }
    return new ScratchFile(tmp);
  }

  Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(path);
  }
}
