/**
 * Checks a redacted PDF independently of the code that redacted it: the withheld values (recovered from the
 * original input and the redaction log's offsets, held only in memory) must not be extractable by PDFBox's plain
 * text stripper, by poppler's {@code pdftotext}, or from any decoded stream or string of the output's objects,
 * and the output must have no structure that can hide content (a second revision, embedded files, scripts,
 * annotations other than links, forms, layers, outlines, metadata). Entry point: {@link PdfVerifier}.
 */
package org.piishield.formats.verify;
