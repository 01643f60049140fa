package org.piishield.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  @Test
  void strip_tagsScriptsEntities_mapOffsetsIntoMarkup() {
    String html = "<html><head><style>p{x}</style><script>var a='Ann';</script></head>"
        + "<body><p>Call <b>Ana&nbsp;Pe&ntilde;a</b> at ana@x.org</p><!-- Bob --><div>Done &amp; dusted</div></body></html>";
    ExtractedText t = HtmlExtractor.strip(html);
    assertEquals("Call Ana\u00a0Peña at ana@x.org\nDone & dusted\n", t.text());
    int s = t.text().indexOf("Ana");
    int e = s + "Ana\u00a0Peña".length();
    assertEquals("Ana&nbsp;Pe&ntilde;a", html.substring(t.offsets().toOriginal(s), t.offsets().toOriginalEnd(e)));
    int m = t.text().indexOf("ana@x.org");
    assertEquals("ana@x.org", html.substring(t.offsets().toOriginal(m), t.offsets().toOriginalEnd(m + 9)));
  }

  @Test
  void extract_binaryFile_isRefusedWithReason() {
    byte[] bin = {'a', 0, 'b'};
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new PlainTextExtractor().extract(new ByteArrayInputStream(bin), "x.txt", 100));
    assertEquals(true, e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void extract_overLimit_isRefused() {
    byte[] big = "a".repeat(101).getBytes(StandardCharsets.UTF_8);
    assertThrows(ExtractionException.class,
        () -> new PlainTextExtractor().extract(new ByteArrayInputStream(big), "x.txt", 100));
  }

  @Test
  void extract_latin1Bytes_fallBackToWindows1252() throws Exception {
    byte[] b = {'P', 'e', (byte) 0xF1, 'a'};
    assertEquals("Peña", new PlainTextExtractor().extract(new ByteArrayInputStream(b), "x.txt", 100).text());
  }

  @Test
  void forFile_byExtension_picksExtractor() {
    Extractors ex = Extractors.discover();
    assertEquals("html", ex.forFile("a/b/page.HTM").name());
    assertEquals("text", ex.forFile("notes.md").name());
    assertEquals("text", ex.forFile("README").name());
  }
}
