package org.piishield.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --password-file FILE}: the password that opens encrypted PDFs (user or owner password), read from the
 * first line of a file or, without the option, from {@value #ENV}. Never taken on the command line, where other
 * users of the machine and the shell history would see it; never printed.
 *
 * <p>Example: {@code printf '%s\n' "$PW" > pw.txt; chmod 600 pw.txt; shield redact --password-file pw.txt in.pdf}.
 */
final class PasswordOption {
  static final String ENV = "SHIELD_PDF_PASSWORD";
  static final String HINT = "give its password with --password-file FILE or " + ENV;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "Open encrypted PDFs with the password on the first line of FILE (user or owner password; "
          + "else from " + ENV + "; never on the command line). Redacted copies are written unencrypted.")
  Path passwordFile;

  /** The password, or null when neither the option nor the variable gives one. */
  String password(Map<String, String> env, CommandSpec spec) {
    if (passwordFile == null) {
      String fromEnv = env.get(ENV);
      return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
    }
    try {
      List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
      if (lines.isEmpty() || lines.get(0).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--password-file " + passwordFile + " is empty");
      }
      return lines.get(0);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read --password-file " + passwordFile + ": "
          + DocumentReader.reason(e));
    }
  }

  /** {@code message} with {@link #HINT} added when it says a file is encrypted and no password was given. */
  static String withHint(String message, String password) {
    return password == null && message.startsWith("encrypted") ? message + "; " + HINT : message;
  }
}
