package org.piishield.formats.verify;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent command-line tools the verifier checks with (poppler's {@code pdftotext},
 * {@code pdftoppm}, {@code pdfimages}; {@code tesseract}) as child processes: standard output is returned,
 * standard error (which may quote the file) is dropped, and a non-zero exit or a run over {@link #TIMEOUT_SECONDS}
 * is an {@link IOException} naming only the tool.
 *
 * <p>Example: {@code ToolProcess.run(List.of("pdfimages", "-list", "out.pdf"))} returns the table of images.
 */
final class ToolProcess {
  static final long TIMEOUT_SECONDS = 600;

  private ToolProcess() {}

  /** Whether {@code tool} is an executable on the {@code PATH}. */
  static boolean isInstalled(String tool) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  static byte[] run(List<String> command) throws IOException {
    return run(command, Map.of());
  }

  /** Runs {@code command} with {@code env} added to this process's environment. */
  static byte[] run(List<String> command, Map<String, String> env) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    Process p = builder.start();
    String tool = command.get(0);
    try {
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(tool + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0) {
        throw new IOException(tool + " exited with " + p.exitValue());
      }
      return out;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + tool, e);
    }
  }
}
