package org.piishield.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.extract.DocumentExtractor;
import org.piishield.extract.Extractors;

/** The module's extractors are found through META-INF/services and chosen by extension and priority. */
class ExtractorsDiscoveryTest {

  @Test
  void discover_findsFormatsExtractorsBeforeTextOnes() {
    Extractors extractors = Extractors.discover();

    List<String> names = extractors.all().stream().map(DocumentExtractor::name).toList();
    assertEquals(List.of("pdf", "image", "office", "text", "html"), names);
    assertEquals("pdf", extractors.forFile("Memo.PDF").name());
    assertEquals("image", extractors.forFile("scan.tiff").name());
    assertEquals("image", extractors.forFile("flyer.jpeg").name());
    assertEquals("office", extractors.forFile("letter.docx").name());
    assertEquals("office", extractors.forFile("mail.eml").name());
    assertEquals("html", extractors.forFile("page.html").name());
    assertEquals("text", extractors.forFile("notes.txt").name());
  }
}
