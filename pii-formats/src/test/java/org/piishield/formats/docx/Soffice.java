package org.piishield.formats.docx;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.office.LibreOffice;

/**
 * LibreOffice for the tests: the producer of the fixture documents and an independent text extractor. Missing
 * LibreOffice fails the test (never skips) with the command that installs it.
 */
final class Soffice {

  private Soffice() {}

  static LibreOffice required() {
    return LibreOffice.find().orElseGet(() -> fail(LibreOffice.INSTALL_HINT));
  }

  /** Converts a test resource under {@code test-documents/} to DOCX in {@code dir}. */
  static Path docxFromResource(String resource, Path dir) throws IOException, ExtractionException {
    Path src = dir.resolve(resource);
    try (var in = Soffice.class.getResourceAsStream("/test-documents/" + resource)) {
      if (in == null) {
        fail("missing test resource " + resource);
      }
      Files.copy(in, src);
    }
    String base = resource.substring(0, resource.lastIndexOf('.'));
    Path out = dir.resolve(base + ".docx");
    required().convert(src, "docx:MS Word 2007 XML", out);
    return out;
  }

  /** The body text LibreOffice reads from {@code doc} (its plain-text export, UTF-8, without the BOM). */
  static String text(Path doc) throws IOException, ExtractionException {
    Path txt = Files.createTempFile("soffice-", ".txt");
    try {
      required().convert(doc, "txt:Text (encoded):UTF8", txt);
      String s = Files.readString(txt, StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } finally {
      Files.deleteIfExists(txt);
    }
  }
}
