/**
 * True redaction of e-mail messages ({@code .eml}): {@link org.piishield.formats.mail.EmlDocumentRedactor} parses a
 * message with mime4j, lays out its decoded headers, bodies and attachments' own texts as one text, and writes a new
 * message with the withheld spans replaced, attachments redacted by their own redactors (recursively) or withheld in
 * full. Its output is checked by {@link org.piishield.formats.verify.EmlVerifier}, which reads it another way.
 */
package org.piishield.formats.mail;
