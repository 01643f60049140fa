package org.piishield.formats.pdf.redact;

/**
 * What {@link PdfRedactor#redact} did: counts only, never any removed text.
 *
 * <p>Example: redacting one name drawn once in a Form XObject and once in a scanned image on the same page gives
 * {@code pagesRedacted=1, boxesDrawn=2, glyphsRemoved=8, formsRewritten=1, imagesErased=1}, plus whatever the
 * sanitiser removed.
 *
 * @param pagesRedacted pages that had at least one area
 * @param boxesDrawn boxes drawn (one per area)
 * @param glyphsRemoved glyphs removed from content streams, Form XObjects included
 * @param formsRewritten Form XObject uses replaced by a redacted copy
 * @param imagesErased image uses (XObject or inline) whose pixels under an area were overwritten
 * @param pagesWithheld pages replaced by a placeholder
 * @param sanitised what the sanitiser removed
 */
public record PdfRedactionReport(int pagesRedacted, int boxesDrawn, int glyphsRemoved, int formsRewritten,
    int imagesErased, int pagesWithheld, SanitiseReport sanitised) {}
