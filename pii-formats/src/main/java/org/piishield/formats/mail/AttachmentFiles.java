package org.piishield.formats.mail;

import java.util.Locale;
import java.util.Map;

/**
 * The scratch file name an attachment is handed to its redactor under: {@code attachment-N} plus the extension of
 * its own file name (lower case, letters and digits only) or, without one, the usual extension of its media type.
 * The attachment's own name never reaches the file system (it may hold personal information).
 *
 * <p>Attachment 2 named {@code Ruiz report.PDF} is {@code attachment-2.pdf}; attachment 3 of type
 * {@code image/png} without a name is {@code attachment-3.png}; an unknown type gives {@code attachment-4.bin}.
 */
final class AttachmentFiles {

  private static final Map<String, String> EXTENSIONS = Map.ofEntries(
      Map.entry("application/pdf", "pdf"), Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"),
      Map.entry("image/jpg", "jpg"), Map.entry("image/gif", "gif"), Map.entry("image/tiff", "tif"),
      Map.entry("image/bmp", "bmp"), Map.entry("image/webp", "webp"), Map.entry("text/csv", "csv"),
      Map.entry("application/rtf", "rtf"), Map.entry("application/msword", "doc"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"), Map.entry("message/rfc822", "eml"));
  private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "png", "image/png",
      "jpg", "image/jpeg", "jpeg", "image/jpeg", "tif", "image/tiff", "tiff", "image/tiff", "gif", "image/gif",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private AttachmentFiles() {}

  static String scratchName(MailNode n) {
    return "attachment-" + n.number() + "." + extension(n.fileName(), n.mimeType());
  }

  static String extension(String fileName, String mimeType) {
    if (fileName != null) {
      int dot = fileName.lastIndexOf('.');
      if (dot >= 0 && dot < fileName.length() - 1) {
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ext.length() <= 8 && ext.chars().allMatch(Character::isLetterOrDigit)) {
          return ext;
        }
      }
    }
    return EXTENSIONS.getOrDefault(mimeType, "bin");
  }

  /** The media type of a redacted copy named {@code outputName}: from its extension, else {@code fallback}. */
  static String mediaType(String outputName, String fallback) {
    int dot = outputName.lastIndexOf('.');
    String ext = dot < 0 ? "" : outputName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, fallback);
  }
}
