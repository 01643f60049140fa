package org.piishield.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.piishield.redact.Policy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Loads the policy named on the command line, mapping each failure to its exit code:
 *
 * <ul>
 *   <li>neither a built-in name nor an existing file, or {@code SHIELD_HASH_KEY} missing, too short or not
 *       base64 while the policy uses {@code hash}: usage error (2);
 *   <li>a policy file that cannot be read or is not a valid policy: input error (3), the message naming
 *       the file and the problem.
 * </ul>
 */
final class PolicyOption {

  static final String HASH_KEY_ENV = "SHIELD_HASH_KEY";

  /** Thrown for a malformed or unreadable policy file; the message names the file. */
  static final class PolicyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    PolicyFileException(String message) {
      super(message);
    }
  }

  private PolicyOption() {}

  static Policy load(String nameOrPath, Map<String, String> env, CommandSpec spec) throws PolicyFileException {
    String rawKey = env.get(HASH_KEY_ENV);
    byte[] key = decode(rawKey);
    boolean builtIn = Policy.BUILT_IN.contains(nameOrPath);
    if (!builtIn && !Files.isRegularFile(Path.of(nameOrPath))) {
      throw new ParameterException(spec.commandLine(), "--policy: unknown policy '" + nameOrPath
          + "': not a built-in policy (" + String.join(", ", Policy.BUILT_IN) + ") and no such file");
    }
    try {
      return Policy.load(nameOrPath, key);
    } catch (IOException e) {
      throw new PolicyFileException(nameOrPath + ": cannot read policy: " + DocumentReader.reason(e));
    } catch (IllegalArgumentException e) {
      if (needsKeyOnly(nameOrPath)) {
        throw new ParameterException(spec.commandLine(), "--policy " + nameOrPath + ": the policy uses the hash "
            + "operator, which needs a secret key: set " + HASH_KEY_ENV + " to at least 16 random bytes in "
            + "base64 (e.g. export " + HASH_KEY_ENV + "=$(openssl rand -base64 32))"
            + (key != null ? "; the key given is only " + key.length + " bytes"
                : rawKey != null && !rawKey.isBlank() ? "; the value given is not valid base64" : ""));
      }
      String msg = e.getMessage();
      throw new PolicyFileException(msg.startsWith(nameOrPath) || builtIn ? msg : nameOrPath + ": " + msg);
    }
  }

  /** Whether the policy loads with a good key, i.e. the only problem is a missing or short key. */
  private static boolean needsKeyOnly(String nameOrPath) {
    try {
      Policy.load(nameOrPath, new byte[32]);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] decode(String base64) {
    if (base64 == null || base64.isBlank()) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
