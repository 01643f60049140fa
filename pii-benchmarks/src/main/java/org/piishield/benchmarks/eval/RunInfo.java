package org.piishield.benchmarks.eval;

import java.util.List;

/**
 * What a report says about how one dataset was evaluated, so that the figures can be reproduced.
 *
 * @param date when the run happened, e.g. {@code 2025-01-31 14:05 UTC}
 * @param commit {@code git rev-parse --short HEAD}, with a note when tracked files were modified, or {@code unknown}
 * @param command the command line that produced the report
 * @param source the corpus file or directory as given
 * @param documentsAvailable documents in the corpus; fewer were scored when {@code --max-docs} was given
 * @param language the language passed to the engine, or {@code auto}
 * @param recognizers names of the engine's recognizers
 * @param threshold the engine's score threshold
 * @param chars UTF-16 chars scanned
 * @param seconds wall time spent in the engine
 */
record RunInfo(
    String date,
    String commit,
    String command,
    String source,
    int documentsAvailable,
    String language,
    List<String> recognizers,
    double threshold,
    long chars,
    double seconds) {

  RunInfo {
    recognizers = List.copyOf(recognizers);
  }
}
