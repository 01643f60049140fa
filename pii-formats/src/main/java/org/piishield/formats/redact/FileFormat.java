package org.piishield.formats.redact;

import java.util.Locale;
import java.util.Set;

/**
 * A kind of file a {@link DocumentRedactor} writes and a {@link DocumentVerifier} checks: a short name for
 * messages and the file name extensions that mark it (lower case, no dot).
 *
 * <p>Example: {@code FileFormat.IMAGE.matches("Flyer.JPG")} is true; {@code FileFormat.PDF.matches("memo.pdf.txt")}
 * is false.
 */
public record FileFormat(String name, Set<String> extensions) {

  public static final FileFormat PDF = new FileFormat("pdf", Set.of("pdf"));
  public static final FileFormat IMAGE = new FileFormat("image", Set.of("png", "jpg", "jpeg", "tif", "tiff"));
  public static final FileFormat DOCX = new FileFormat("docx", Set.of("docx", "docm"));
  public static final FileFormat EML = new FileFormat("eml", Set.of("eml"));
  public static final FileFormat HTML = new FileFormat("html", Set.of("html", "htm", "xhtml"));

  public FileFormat {
    extensions = Set.copyOf(extensions);
  }

  /** Whether {@code fileName} ends with a dot and one of the extensions, in any case. */
  public boolean matches(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
