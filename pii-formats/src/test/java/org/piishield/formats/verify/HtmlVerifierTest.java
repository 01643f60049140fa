package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HtmlVerifier}: each place a value can hide in a page is searched, with jsoup's decoding. */
class HtmlVerifierTest {

  private static final List<WithheldValue> ANN = List.of(
      new WithheldValue(1, "EMAIL", "ann@example.org", "(b)(6)"),
      new WithheldValue(2, "PERSON", "Ann Lee", "(b)(6)"));

  @TempDir
  Path dir;

  private List<String> residues(String html) throws Exception {
    return new HtmlVerifier().verify(Files.writeString(dir.resolve("p.html"), html), ANN).residues();
  }

  @Test
  void verify_valueInEachHidingPlace_reportedWithWhere() throws Exception {
    assertEquals(List.of("withheld value of row 2 (PERSON) still extractable (html-attributes)"),
        residues("<img alt=\"Photo of Ann&#32;Lee\">"));
    assertEquals(List.of("withheld value of row 1 (EMAIL) still extractable (html-attributes)"),
        residues("<a href=\"mailto:ann%40example.org\">mail</a>"), "percent-decoded href");
    assertEquals(List.of("withheld value of row 2 (PERSON) still extractable (html-attributes)",
        "withheld value of row 2 (PERSON) still extractable (html-markup)"),
        residues("<head><meta name=\"author\" content=\"Ann Lee\"></head>"));
    assertEquals(List.of("withheld value of row 1 (EMAIL) still extractable (html-text)"),
        residues("<p>ann&#64;example&period;org</p>"), "references decoded in text");
    assertEquals(List.of("withheld value of row 1 (EMAIL) still extractable (html-text)"),
        residues("<p>ann@<b></b>example.org</p>"), "split over text nodes");
    assertEquals(List.of("withheld value of row 2 (PERSON) still extractable (html-comments)",
        "withheld value of row 2 (PERSON) still extractable (html-markup)"), residues("<!-- by Ann Lee -->"));
    assertEquals(List.of("withheld value of row 1 (EMAIL) still extractable (html-scripts)",
        "withheld value of row 1 (EMAIL) still extractable (html-markup)"),
        residues("<script type=\"application/ld+json\">{\"email\":\"ann@example.org\"}</script>"));
  }

  @Test
  void verify_nearMissesAndLabels_pass() throws Exception {
    assertTrue(residues("<p>Write to [(b)(6)] or ann@example.com; Dr. Anna Lopez; <i title=\"Ann\">Lee</i></p>")
        .isEmpty());
  }
}
