/**
 * True redaction of Word documents ({@code .docx}) by editing the package's XML: the withheld characters are
 * replaced by their label in the runs that held them and the copy is scrubbed of tracked changes, comments, hidden
 * text, custom XML and document properties. Entry point: {@link org.piishield.formats.docx.DocxDocumentRedactor};
 * its independent check is {@link org.piishield.formats.verify.DocxVerifier}.
 */
package org.piishield.formats.docx;
