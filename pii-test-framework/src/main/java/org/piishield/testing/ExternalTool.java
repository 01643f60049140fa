package org.piishield.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a Debian tool the tests use as an independent producer or checker ({@code pdftotext}, {@code pdfimages},
 * {@code tesseract}, {@code gs}, ImageMagick) and returns what it printed. A missing tool fails the test, naming
 * the command that installs it ({@code bin/setup-system}), never skips it.
 *
 * <p>Example: {@code ExternalTool.output("pdftotext", "-enc", "UTF-8", "out/memo.pdf", "-")} is the text of the
 * copy as poppler reads it.
 */
public final class ExternalTool {

  private static final long TIMEOUT_SECONDS = 300;

  private ExternalTool() {}

  /** Fails the calling test when {@code command} is not on the PATH (or, given as a path, not executable). */
  public static void require(String command) {
    if (command.contains("/")) {
      if (!Files.isExecutable(Path.of(command))) {
        fail(command + " is not an executable file");
      }
      return;
    }
    if (Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
        .noneMatch(d -> Files.isExecutable(Path.of(d, command)))) {
      fail(command + " is not installed; run bin/setup-system (it installs tesseract-ocr, poppler-utils, "
          + "ghostscript and imagemagick when missing)");
    }
  }

  /** Runs {@code command} and returns its standard output (UTF-8); fails the test on a non-zero exit. */
  public static String output(String... command) throws IOException {
    require(command[0]);
    Path err = Files.createTempFile("pii-shield-tool-", ".err");
    try {
      Process p = new ProcessBuilder(List.of(command)).redirectError(err.toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(command[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0) {
        fail(String.join(" ", command) + " exited " + p.exitValue() + ": " + Files.readString(err));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(err);
    }
  }

  /**
   * The text Tesseract (the Debian command, not the library PII Shield links) reads in every image
   * {@code pdfimages} takes out of {@code pdf}, in page order; {@code work} holds the extracted images.
   */
  public static String ocrOfPdfImages(Path pdf, Path work) throws IOException {
    Files.createDirectories(work);
    output("pdfimages", "-png", pdf.toString(), work.resolve("img").toString());
    StringBuilder text = new StringBuilder();
    try (Stream<Path> images = Files.list(work)) {
      for (Path image : images.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList()) {
        text.append(output("tesseract", image.toString(), "-", "-l", "eng")).append('\n');
      }
    }
    return text.toString();
  }
}
