package org.piishield.formats.office;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.piishield.extract.ExtractionException;

/**
 * Runs LibreOffice headless to convert one document: {@code soffice --headless --convert-to FORMAT}, with its own
 * throw-away user profile ({@code -env:UserInstallation}, so it neither touches nor waits for a user's running
 * LibreOffice), in a private temporary folder where the input is copied as {@code input.EXT} (an odd file name
 * cannot be taken for an option), with a timeout after which it and its children are killed.
 *
 * <p>{@code LibreOffice.find().orElseThrow().convert(Path.of("memo.odt"), "pdf", Path.of("out/memo.odt.pdf"))}
 * writes the PDF there. Thread-safe: each conversion has its own folder and profile.
 */
public final class LibreOffice {

  /** What to tell a user whose machine has no LibreOffice. */
  public static final String INSTALL_HINT = "LibreOffice (soffice) is not installed; run bin/setup-system"
      + " (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui, libreoffice-impress-nogui)";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  private static final List<String> CANDIDATES = List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
      "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice");

  private final Path soffice;
  private final Duration timeout;

  public LibreOffice(Path soffice, Duration timeout) {
    this.soffice = soffice;
    this.timeout = timeout;
  }

  /** LibreOffice from the PATH or a usual install folder, with the default timeout; empty when not installed. */
  public static Optional<LibreOffice> find() {
    List<Path> paths = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          paths.add(Path.of(dir, "soffice"));
        }
      }
    }
    CANDIDATES.forEach(c -> paths.add(Path.of(c)));
    return paths.stream().filter(Files::isExecutable).findFirst().map(p -> new LibreOffice(p, DEFAULT_TIMEOUT));
  }

  /**
   * Converts {@code input} to {@code format} (a LibreOffice target such as {@code pdf} or
   * {@code docx:"MS Word 2007 XML"}) and moves the result to {@code target}. Fails, naming the input file and the
   * reason, when LibreOffice fails, times out or writes nothing.
   */
  public void convert(Path input, String format, Path target) throws IOException, ExtractionException {
    Path work = Files.createTempDirectory("shield-soffice-");
    try {
      String name = input.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
      Path in = work.resolve("input" + ext);
      Files.copy(input, in);
      Path out = Files.createDirectory(work.resolve("out"));
      List<String> cmd = List.of(soffice.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(),
          "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
          "--convert-to", format, "--outdir", out.toString(), in.toString());
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.to(work.resolve("soffice.log").toFile())).start();
      boolean finished;
      try {
        finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        finished = false;
      }
      if (!finished) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new ExtractionException(name + ": LibreOffice did not finish within " + timeout.toSeconds() + " s");
      }
      Path produced;
      try (Stream<Path> files = Files.list(out)) {
        produced = files.findFirst().orElse(null);
      }
      if (p.exitValue() != 0 || produced == null || Files.size(produced) == 0) {
        throw new ExtractionException(name + ": LibreOffice could not convert it (exit " + p.exitValue() + ")");
      }
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.move(produced, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      deleteTree(work);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
