/**
 * True redaction of PDF files: {@link org.piishield.formats.pdf.redact.PdfRedactor} removes the glyphs (in page
 * content, Form XObjects, any font kind, invisible OCR text included) and image pixels under each
 * {@link org.piishield.formats.pdf.redact.RedactionArea}, draws a box with the exemption code, sanitises metadata,
 * scripts, attachments, annotations, forms, layers, outlines and structure, and writes a complete new file with
 * no earlier revision. Areas are in each page's default user space; mapping detections to areas is the caller's.
 */
package org.piishield.formats.pdf.redact;
