/**
 * Documents other than plain text and HTML: extraction with positions (PDF with PDFBox, Office, RTF and e-mail
 * with Apache Tika, images and scanned pages with Tesseract OCR) and true redaction that removes what is
 * withheld and keeps everything else.
 */
package org.piishield.formats;
