/**
 * Checks a redacted PDF independently of the code that redacted it: the withheld values (recovered from the
 * original input and the redaction log's offsets, held only in memory) must not be extractable by PDFBox's plain
 * text stripper, by poppler's {@code pdftotext}, or from any decoded stream or string of the output's objects,
 * and the output must have no structure that can hide content (a second revision, embedded files, scripts,
 * annotations other than links, forms, layers, outlines, metadata). Images big enough to hold text are read again
 * with Tesseract; every redaction box (found by its {@code /PIIShieldRedaction} mark) must carry a label from the
 * log and, where anything may cover it, render solid; pages withheld in full must be bare placeholders. Entry
 * point: {@link PdfVerifier}.
 */
package org.piishield.formats.verify;
