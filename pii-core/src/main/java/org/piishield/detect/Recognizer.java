package org.piishield.detect;

import java.util.Set;

/**
 * Finds one family of personal information in text.
 *
 * <p>Contract:
 * <ol>
 *   <li>Implementations are immutable and thread-safe; all per-call state lives in the {@link ScanContext}.
 *   <li>{@link #detect} reports candidate spans over {@link ScanContext#text()} (UTF-16 offsets into the
 *       original text, end exclusive) to the sink. It must not keep references to the text.
 *   <li>Recognizers use the context's token index to find cheap cues (a digit run, an {@code @}, a
 *       capitalised word) and run patterns only in small windows around them.
 *   <li>Built-in and plug-in recognizers are found through {@link java.util.ServiceLoader}; they need a
 *       public no-argument constructor.
 * </ol>
 */
public interface Recognizer {

  /** Stable short id, e.g. {@code us_ssn}; used in config, audit records and the CLI. */
  String name();

  /** The entity types this recognizer may report. */
  Set<EntityType> entityTypes();

  /** Whether this recognizer applies to text in {@code language}. Checksum-validated ids apply to all. */
  default boolean supports(Language language) {
    return true;
  }

  /** Words near a candidate that raise (or lower) its score; applied by the engine. */
  default ContextSpec context() {
    return ContextSpec.NONE;
  }

  void detect(ScanContext ctx, DetectionSink out);
}
