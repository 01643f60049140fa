package org.piishield.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One-line descriptions of the JVM and the CPU for benchmark reports, so numbers can be compared. */
public final class SystemInfo {

  private SystemInfo() {}

  /** E.g. {@code OpenJDK 64-Bit Server VM 17.0.15+6 (Debian), max heap 1.9 GB}. */
  public static String jvm() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + " ("
        + System.getProperty("java.vm.vendor") + "), max heap "
        + String.format(Locale.ROOT, "%.1f GB", Runtime.getRuntime().maxMemory() / (double) (1L << 30));
  }

  /** E.g. {@code Intel(R) Xeon(R) CPU @ 2.20GHz, 2 processors available, Linux amd64}. */
  public static String cpu() {
    return model() + ", " + Runtime.getRuntime().availableProcessors() + " processors available, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  private static String model() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          int colon = line.indexOf(':');
          return line.substring(colon + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or not readable: the architecture alone will do
    }
    return "unknown CPU model";
  }
}
