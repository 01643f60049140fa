package org.piishield.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Expands command-line arguments into documents, deterministically.
 *
 * <ol>
 *   <li>Arguments are taken in the order given; {@code -} is stdin.
 *   <li>A directory is walked depth-first with the entries of each directory sorted by name (code-point
 *       order), a subdirectory's files appearing at its place in that order.
 *   <li>Hidden entries (name starting with {@code .}) are skipped while walking; a hidden file named
 *       directly is processed. Symbolic links to directories are not followed (no loops).
 *   <li>Paths in {@code excluded} (the output directory and log of {@code redact}) are skipped.
 *   <li>An unreadable directory is reported to the {@link ErrorReport} and the rest is still walked. A
 *       missing file is returned like any other; reading it fails in its turn.
 * </ol>
 *
 * <p>For {@code scan examples} with {@code examples/b.txt}, {@code examples/a/z.csv} and
 * {@code examples/.git/x}, the documents are {@code examples/a/z.csv} then {@code examples/b.txt}.
 */
final class InputWalker {

  private final Set<Path> excluded;
  private final ErrorReport errors;

  /** {@code excluded} holds real paths ({@link Path#toRealPath}). */
  InputWalker(Set<Path> excluded, ErrorReport errors) {
    this.excluded = Set.copyOf(excluded);
    this.errors = errors;
  }

  List<InputFile> walk(List<String> args) {
    List<InputFile> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(InputFile.STDIN)) {
        out.add(InputFile.stdin());
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        if (!isExcluded(p)) {
          walkDirectory(p, p, out);
        }
      } else if (!isExcluded(p)) {
        // a missing file is reported when its turn comes, so errors follow the order of the arguments
        out.add(new InputFile(p, p.toString(), p.getFileName()));
      }
    }
    return out;
  }

  private void walkDirectory(Path root, Path dir, List<InputFile> out) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path e : ds) {
        entries.add(e);
      }
    } catch (IOException e) {
      errors.input(dir.toString(), "cannot list directory: " + DocumentReader.reason(e));
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path e : entries) {
      if (e.getFileName().toString().startsWith(".") || isExcluded(e)) {
        continue;
      }
      if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
        walkDirectory(root, e, out);
      } else if (!Files.isDirectory(e)) {
        Path relative = root.relativize(e);
        // "scan ." names files "memo.txt", not "./memo.txt"
        out.add(new InputFile(e, (root.toString().equals(".") ? relative : e).toString(), relative));
      }
    }
  }

  private boolean isExcluded(Path p) {
    if (excluded.isEmpty()) {
      return false;
    }
    try {
      return excluded.contains(p.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }
}
