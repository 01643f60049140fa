/**
 * True redaction of PNG, JPEG and TIFF images and scans: {@link org.piishield.formats.redact.image.ImageDocumentRedactor}
 * reads them by OCR (the text {@code shield scan} reports) and burns opaque boxes into the pixels of every withheld
 * span, whole withheld pages and, when the policy withholds {@code FACE}, every face the
 * {@link org.piishield.formats.redact.image.FaceDetector} finds; the copy is a fresh file without any metadata.
 */
package org.piishield.formats.redact.image;
