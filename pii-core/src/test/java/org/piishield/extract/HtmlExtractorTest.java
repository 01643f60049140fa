package org.piishield.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  @Test
  void strip_tagsScriptsCommentsEntities_mapOffsetsIntoMarkup() {
    String html = "<html><head><style>p{x}</style><script>var a='Ann';</script></head>"
        + "<body><p>Call <b>Ana&nbsp;Pe&ntilde;a</b> at ana@x.org</p><!-- Bob --><div>Done &amp; dusted</div></body></html>";
    ExtractedText t = HtmlExtractor.strip(html);
    // script text and comments are extracted on lines of their own (JSON-LD and author notes hold names); styles not
    assertEquals("var a='Ann';\nCall Ana\u00a0Peña at ana@x.org\n Bob \nDone & dusted\n", t.text());
    int s = t.text().indexOf("Ana");
    int e = s + "Ana\u00a0Peña".length();
    assertEquals("Ana&nbsp;Pe&ntilde;a", html.substring(t.offsets().toOriginal(s), t.offsets().toOriginalEnd(e)));
    int m = t.text().indexOf("ana@x.org");
    assertEquals("ana@x.org", html.substring(t.offsets().toOriginal(m), t.offsets().toOriginalEnd(m + 9)));
  }

  @Test
  void strip_attributes_extractedOnOwnLinesMappedIntoValues() {
    String html = "<p>Mail <a href=\"mailto:ann&#64;x.org\" title=\"Ann Lee\" class=\"btn\">us</a></p>"
        + "<img alt='Sgt. Ruiz' src=x.png><meta name=author content=\"Bo Diaz\">";
    ExtractedText t = HtmlExtractor.strip(html);
    assertEquals("Mail \nmailto:ann@x.org\nAnn Lee\nus\nSgt. Ruiz\nx.png\nBo Diaz\n", t.text());
    assertEquals("ann&#64;x.org", original(t, "ann@x.org"));
    assertEquals("Ann Lee", original(t, "Ann Lee"));
    assertEquals("Sgt. Ruiz", original(t, "Sgt. Ruiz"));
    assertEquals("Bo Diaz", original(t, "Bo Diaz"));
  }

  @Test
  void strip_referenceAtSpanEnd_spanCoversWholeReference() {
    String html = "<p>ann@x.or&#x67;</p>";
    ExtractedText t = HtmlExtractor.strip(html);
    assertEquals("ann@x.org\n", t.text());
    assertEquals("ann@x.or&#x67;", original(t, "ann@x.org"));
  }

  @Test
  void strip_percentEscapesInUrls_decodedAndMapped() {
    String html = "<a href=\"mailto:ann%40x.org?subject=Pe%C3%B1a\">x</a><span title=\"a%40b\">y</span>";
    ExtractedText t = HtmlExtractor.strip(html);
    // only URL attributes are percent-decoded; a title is text
    assertEquals("mailto:ann@x.org?subject=Peña\nx\na%40b\ny", t.text());
    assertEquals("ann%40x.org", original(t, "ann@x.org"));
    assertEquals("Pe%C3%B1a", original(t, "Peña"));
  }

  @Test
  void strip_quotedGreaterThanAndLiteralLessThan_parsedLikeBrowsers() {
    String html = "<p>1 < 2 <img alt=\"a > b\">done &amp;co &bogus; &#64</p>";
    ExtractedText t = HtmlExtractor.strip(html);
    assertEquals("1 < 2 \na > b\ndone &co &bogus; @\n", t.text());
  }

  @Test
  void escape_markupChars_becomeReferences() {
    assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; (b)(6)", HtmlExtractor.escape("<b> & \"x\" 'y' (b)(6)"));
  }

  private static String original(ExtractedText t, String value) {
    int s = t.text().indexOf(value);
    assertEquals(true, s >= 0, value);
    return t.original().substring(t.offsets().toOriginal(s), t.offsets().toOriginalEnd(s + value.length()));
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
