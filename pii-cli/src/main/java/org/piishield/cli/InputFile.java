package org.piishield.cli;

import java.nio.file.Path;

/**
 * One document to process. {@code source} is how it is named in output and logs: the argument as given,
 * joined with the path inside a walked directory ({@code examples/memo.txt}), or {@code -} for stdin.
 * {@code relative} is the path below the argument (just the file name when a file was named directly); a
 * redacted copy keeps it under the output directory. {@code path} and {@code relative} are {@code null} for
 * stdin.
 */
record InputFile(Path path, String source, Path relative) {

  static final String STDIN = "-";

  static InputFile stdin() {
    return new InputFile(null, STDIN, null);
  }

  boolean isStdin() {
    return path == null;
  }

  String fileName() {
    return isStdin() ? STDIN : path.getFileName().toString();
  }
}
