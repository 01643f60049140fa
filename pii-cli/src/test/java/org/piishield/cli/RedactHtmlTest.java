package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shield redact} on HTML pages: values in attributes (alt, title, mailto: links, meta content), written
 * with character references, and in comments are removed; the markup stays well-formed (checked by parsing the
 * copy with jsoup, which the redaction does not use). Synthetic values (example.org).
 */
class RedactHtmlTest {

  private static final String PAGE = "<html><head><title>Roster</title>"
      + "<meta name=\"author\" content=\"ana&#64;example.org\"></head><body>"
      + "<p>Write to <a href=\"mailto:ana%40example.org\" title=\"Mail ana@example.org\">the desk</a>.</p>"
      + "<img src=\"desk.png\" alt=\"Badge photo, bo@example.org\">"
      + "<!-- owner: cy@example.org -->"
      + "<p>Officer Ana Ruiz is on duty. Office: room 12 &amp; 13.</p></body></html>";

  @TempDir
  Path dir;

  @Test
  void redact_emailsInAttributesReferencesAndComments_removedMarkupKept() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--entities", "EMAIL", "--out", out.toString(), page.toString());

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("<html><head><title>Roster</title>"
        + "<meta name=\"author\" content=\"[EMAIL]\"></head><body>"
        + "<p>Write to <a href=\"mailto:[EMAIL]\" title=\"Mail [EMAIL]\">the desk</a>.</p>"
        + "<img src=\"desk.png\" alt=\"Badge photo, [EMAIL]\">"
        + "<!-- owner: [EMAIL] -->"
        + "<p>Officer Ana Ruiz is on duty. Office: room 12 &amp; 13.</p></body></html>",
        Files.readString(out.resolve("page.html")));
    String log = Files.readString(out.resolve(RedactCommand.DEFAULT_LOG_NAME));
    int meta = PAGE.indexOf("ana&#64;");
    assertTrue(log.contains("," + meta + "," + (meta + "ana&#64;example.org".length()) + ",EMAIL,"), log);
    assertFalse(log.contains("example.org"), log);
  }

  @Test
  void redact_foiaPolicy_codesInAttributesAndValidMarkup() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), page.toString());

    assertEquals(0, r.exitCode(), r::toString);
    Document doc = Jsoup.parse(Files.readString(out.resolve("page.html")));
    assertEquals("mailto:(b)(6)", doc.selectFirst("a").attr("href"));
    assertEquals("Badge photo, (b)(6)", doc.selectFirst("img").attr("alt"));
    assertEquals("desk.png", doc.selectFirst("img").attr("src"), "a non-withheld attribute stays");
    assertEquals(List.of("html", "head", "title", "meta", "body", "p", "a", "img", "p"),
        doc.getAllElements().stream().skip(1).map(e -> e.tagName()).toList(), "same elements, none broken");
    String text = doc.text();
    assertTrue(text.contains("is on duty. Office: room 12 & 13."), text);
    assertFalse(doc.outerHtml().contains("example.org"), doc.outerHtml());
  }

  @Test
  void redact_replacementWithMarkupChars_escapedInsideAttribute() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    Path policy = Files.writeString(dir.resolve("angle.json"),
        "{\"name\": \"angle\", \"default\": {\"operator\": \"replace\", \"text\": \"<\\\"gone\\\">\"}}");
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", policy.toString(), "--entities", "EMAIL", "--out",
        out.toString(), page.toString());

    assertEquals(0, r.exitCode(), r::toString);
    String html = Files.readString(out.resolve("page.html"));
    assertTrue(html.contains("alt=\"Badge photo, &lt;&quot;gone&quot;&gt;\""), html);
    assertEquals("Badge photo, <\"gone\">", Jsoup.parse(html).selectFirst("img").attr("alt"));
  }

  @Test
  void redact_valueLeftInUnextractedAttribute_copyFailsVerificationAndIsDeleted() throws IOException {
    // an id is structural and not extracted, so the address in it is not redacted; the jsoup check catches it
    Path page = Files.writeString(dir.resolve("page.html"),
        "<p id=\"ana@example.org\">Write to ana@example.org</p>");
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--entities", "EMAIL", "--out", out.toString(), page.toString());

    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(r.err().contains("withheld value of row 1 (EMAIL) still extractable (html-attributes)"), r::toString);
    assertFalse(r.err().contains("ana@"), r::toString);
    assertFalse(Files.exists(out.resolve("page.html")));
  }

  @Test
  void verify_htmlCopy_passesAndOriginalPassedOffAsCopyFails() throws IOException {
    Path page = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("page.html"), PAGE);
    Path out = dir.resolve("out");
    assertEquals(0, Shield.run("redact", "--policy", "foia", "--out", out.toString(), page.toString()).exitCode());
    String log = out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString();

    Shield.Result ok = Shield.run("verify", "--log", log, out.resolve("page.html").toString());
    Files.writeString(out.resolve("page.html"), PAGE);
    Shield.Result bad = Shield.run("verify", "--log", log, out.resolve("page.html").toString());

    assertEquals(0, ok.exitCode(), ok::toString);
    assertEquals(1, bad.exitCode(), bad::toString);
    assertTrue(bad.out().contains("(EMAIL) still extractable (html-attributes)"), bad::toString);
    assertFalse(bad.out().contains("example.org"), bad::toString);
  }
}
