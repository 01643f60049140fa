/**
 * The {@code shield} command line (picocli): {@code scan}, {@code redact}, {@code explain} and {@code bench}.
 * Every command is a thin adapter over {@link org.piishield.engine.PiiEngine},
 * {@link org.piishield.redact.Policy} and {@link org.piishield.extract.Extractors}; none adds detection
 * logic. Offsets printed or logged always point into the file as read. Exit codes are in {@link ExitCode}.
 */
package org.piishield.cli;
