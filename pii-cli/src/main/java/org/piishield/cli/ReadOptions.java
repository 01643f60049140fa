package org.piishield.cli;

import picocli.CommandLine.Option;

/** How inputs are read: the per-file size limit. */
final class ReadOptions {

  static final long DEFAULT_MAX_BYTES = 64L << 20;

  @Option(names = "--max-bytes", paramLabel = "SIZE", converter = ByteSizeConverter.class,
      defaultValue = "64MB",
      description = "Skip (as an input error) files larger than SIZE, e.g. 512k, 64MB, 1g (default: ${DEFAULT-VALUE}).")
  long maxBytes = DEFAULT_MAX_BYTES;
}
