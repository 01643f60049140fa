/**
 * Documents other than plain text and HTML: extraction with positions (PDF with PDFBox, Office, RTF and e-mail
 * with Apache Tika, images and scanned pages with Tesseract OCR) and, later, true redaction that removes what
 * is withheld and keeps everything else.
 *
 * <p>Extractors ({@link org.piishield.formats.PdfExtractor}, {@link org.piishield.formats.ImageExtractor},
 * {@link org.piishield.formats.TikaExtractor}) are found through {@code META-INF/services}. Those that know
 * where text is drawn implement {@link org.piishield.formats.LayoutExtractor}: their
 * {@link org.piishield.formats.PositionedText} pairs the text with a {@link org.piishield.formats.TextLayout},
 * which maps a detection {@code [start, end)} to {@link org.piishield.formats.PageBox}es, one per line.
 */
package org.piishield.formats;
