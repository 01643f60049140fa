/**
 * The seam between {@code shield redact}/{@code shield verify} and each format's true redaction:
 * {@link org.piishield.formats.redact.DocumentRedactor} opens an original into text and writes a copy without the
 * {@link org.piishield.formats.redact.RedactionPlan}'s spans; {@link org.piishield.formats.redact.DocumentVerifier}
 * re-reads a copy independently; {@link org.piishield.formats.redact.Redactors} picks them by file name.
 */
package org.piishield.formats.redact;
