/**
 * Office documents through LibreOffice: {@link org.piishield.formats.office.LibreOffice} runs a headless conversion
 * with its own profile and a timeout; {@link org.piishield.formats.office.OfficeToPdfRedactor} converts an Office
 * document to PDF and truly redacts that PDF (asked for with {@code shield redact --office-to-pdf}).
 */
package org.piishield.formats.office;
