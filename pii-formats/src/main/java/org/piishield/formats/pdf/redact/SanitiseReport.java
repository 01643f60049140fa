package org.piishield.formats.pdf.redact;

/**
 * What {@link PdfSanitiser} removed from a document: counts only.
 *
 * <p>Example: a filled one-field form with a sticky note, an attachment and three bookmarks gives
 * {@code annotationsRemoved=2} (the widget and the note), {@code formFieldsRemoved=1} (with
 * {@code flattenForms} off), {@code embeddedFilesRemoved=1},
 * {@code outlineRemoved=true}.
 *
 * @param infoEntriesRemoved entries of the trailer's Info dictionary dropped (Producer is then set to PII Shield)
 * @param metadataStreamsRemoved XMP {@code /Metadata} streams dropped, document-level and on any object
 * @param annotationsFlattened annotation appearances drawn into their pages before redaction
 * @param annotationsRemoved annotations dropped (links under an area included, flattened ones too)
 * @param linksKept link annotations kept, stripped to rectangle and URI or destination
 * @param formFieldsFlattened top-level AcroForm fields drawn into their pages before redaction
 * @param formFieldsRemoved top-level AcroForm fields dropped (those that could not be, or were not to be, flattened)
 * @param embeddedFilesRemoved entries of the EmbeddedFiles name tree dropped (file attachment annotations count
 *     under annotationsRemoved)
 * @param scriptsRemoved document-level JavaScript entries dropped
 * @param outlineRemoved whether an outline (bookmarks) was dropped
 * @param keysRemoved other risky entries dropped anywhere in the object graph (OpenAction, AA, OCProperties,
 *     PieceInfo, Thumb, StructTreeRoot, ActualText, Alt, PageLabels, AF, ...)
 */
public record SanitiseReport(int infoEntriesRemoved, int metadataStreamsRemoved, int annotationsFlattened,
    int annotationsRemoved, int linksKept, int formFieldsFlattened, int formFieldsRemoved, int embeddedFilesRemoved,
    int scriptsRemoved, boolean outlineRemoved, int keysRemoved) {}
