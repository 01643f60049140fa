package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.extract.ExtractionException;

/**
 * {@link DocxVerifier} on packages written by hand in the test, one construct each, so every check is seen to fail
 * on exactly its residue and to pass on the clean package (synthetic values).
 */
class DocxVerifierTest {

  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private static final String CT = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
      + "2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

  @TempDir
  Path dir;

  private Path zip(Map<String, String> parts) throws Exception {
    Path p = Files.createTempFile(dir, "out-", ".docx");
    try (OutputStream os = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(os)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(CT.getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, String> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return p;
  }

  private static String body(String inner) {
    return "<w:document " + W + "><w:body>" + inner + "</w:body></w:document>";
  }

  private static String para(String... runs) {
    StringBuilder b = new StringBuilder("<w:p>");
    for (String r : runs) {
      b.append("<w:r><w:t xml:space=\"preserve\">").append(r).append("</w:t></w:r>");
    }
    return b.append("</w:p>").toString();
  }

  private VerificationReport verify(Map<String, String> parts, WithheldValue... values) throws Exception {
    return new DocxVerifier().verify(zip(parts), List.of(values));
  }

  private static final WithheldValue NAME = new WithheldValue(1, "PERSON", "Ana Ruiz", "(b)(6)");
  private static final WithheldValue PHONE = new WithheldValue(2, "PHONE_NUMBER", "(312) 555-0142", "(b)(6)");

  private static List<String> failing(VerificationReport r) {
    return r.checks().stream().filter(c -> !c.passed()).map(CheckResult::name).toList();
  }

  @Test
  void verify_cleanPackage_passesEveryCheck() throws Exception {
    VerificationReport r = verify(Map.of("word/document.xml", body(para("Officer [(b)(6)] called ", "Ana Ortiz."))),
        NAME, PHONE);

    assertTrue(r.passed(), () -> String.join("; ", r.residues()));
    assertEquals(List.of("xml-text", "xml-attributes", "binary-parts", "comments", "tracked-changes", "hidden-text",
        "custom-xml", "properties", "extras"), r.checks().stream().map(CheckResult::name).toList());
  }

  @Test
  void verify_valueSplitOverRuns_foundAndNamedByRowOnly() throws Exception {
    VerificationReport r = verify(Map.of("word/document.xml", body(para("Officer An", "a R", "uiz called."))), NAME);

    assertEquals(List.of("withheld value of row 1 (PERSON) still extractable (in word/document.xml)"), r.residues());
  }

  @Test
  void verify_phoneDigitsInOtherLayout_foundInTextNotInAttributes() throws Exception {
    LinkedHashMap<String, String> parts = new LinkedHashMap<>();
    parts.put("word/document.xml", body("<w:p w:rsidR=\"3125550142\">" + "<w:r><w:t>Call 312.555.0142</w:t></w:r></w:p>"));
    VerificationReport r = verify(parts, PHONE);

    // the text digits match; the rsid attribute with the same digits is not searched by digits
    assertEquals(List.of("withheld value of row 2 (PHONE_NUMBER) still extractable (in word/document.xml)"),
        r.residues());
    assertEquals(List.of("xml-text"), failing(r));
  }

  @Test
  void verify_valueInLinkTargetOrAltText_foundInAttributes() throws Exception {
    LinkedHashMap<String, String> parts = new LinkedHashMap<>();
    parts.put("word/document.xml", body(para("A picture.")));
    parts.put("word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "relationships\"><Relationship Id=\"rId9\" Type=\"x\" Target=\"https://example.org/ana%20ruiz\" "
        + "TargetMode=\"External\"/><Relationship Id=\"rId8\" Type=\"x\" Target=\"https://example.org/AnaRuiz\"/>"
        + "</Relationships>");
    VerificationReport r = verify(parts, NAME);

    // the percent-encoded target holds the name as whole words; "AnaRuiz" alone would not (a short value is
    // searched as whole words, see SearchText)
    assertEquals(List.of("withheld value of row 1 (PERSON) still extractable (in word/_rels/document.xml.rels)"),
        r.residues());
    assertEquals(List.of("xml-attributes"), failing(r));
    parts.put("word/_rels/document.xml.rels", parts.get("word/_rels/document.xml.rels").replace("ana%20ruiz", "x"));
    assertTrue(verify(parts, NAME).passed());
  }

  @Test
  void verify_nearMisses_pass() throws Exception {
    // other names, other numbers, a digit run shorter than the phone's
    VerificationReport r = verify(Map.of("word/document.xml",
        body(para("Ana Ortiz and Ruiz Ana met; call (312) 555-0143 or 555-0142."))), NAME, PHONE);

    assertTrue(r.passed(), () -> String.join("; ", r.residues()));
  }

  @Test
  void verify_binaryPart_longValuesFoundShortOnesNotSearched() throws Exception {
    LinkedHashMap<String, String> parts = new LinkedHashMap<>();
    parts.put("word/document.xml", body(para("Photo.")));
    parts.put("word/media/image1.png", "\u0089PNG....tEXtAuthor\u0000Ana Ruiz....Eli");
    WithheldValue shortName = new WithheldValue(3, "PERSON", "Eli", "(b)(6)");

    VerificationReport r = verify(parts, NAME, shortName);

    assertEquals(List.of("withheld value of row 1 (PERSON) still extractable (in word/media/image1.png)"),
        r.residues());
    assertEquals(1, r.notes().size());
  }

  @Test
  void verify_structureLeftovers_eachNamedWithoutContent() throws Exception {
    LinkedHashMap<String, String> parts = new LinkedHashMap<>();
    parts.put("word/document.xml", body("<w:p><w:ins><w:r><w:t>new</w:t></w:r></w:ins>"
        + "<w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>x</w:t></w:r>"
        + "<w:commentRangeStart w:id=\"0\"/><w:customXml><w:r><w:t>y</w:t></w:r></w:customXml></w:p>"));
    parts.put("word/comments.xml", "<w:comments " + W + "/>");
    parts.put("word/people.xml", "<w:people " + W + "/>");
    parts.put("customXml/item1.xml", "<data>1</data>");
    parts.put("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
        + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Lee Park</dc:creator>"
        + "<cp:revision>3</cp:revision>"
        + "<dc:language>en-US</dc:language><dc:title></dc:title></cp:coreProperties>");
    parts.put("docProps/app.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "extended-properties\"><Company>Example County</Company><Pages>1</Pages></Properties>");
    parts.put("word/settings.xml", "<w:settings " + W + "><w:docVars/></w:settings>");
    parts.put("word/vbaProject.bin", "macro");
    parts.put("word/embeddings/Microsoft_Excel_Worksheet.xlsx", "PK");

    VerificationReport r = verify(parts, new WithheldValue(7, "PERSON", "Lee Park", "(b)(6)"));

    assertEquals(List.of("xml-text", "comments", "tracked-changes", "hidden-text", "custom-xml", "properties", "extras"),
        failing(r));
    assertEquals(List.of(
        // the end of a property is a word boundary: "Lee Park" then "3" still reads as the whole name
        "withheld value of row 7 (PERSON) still extractable (in docProps/core.xml)",
        "comment anchor w:commentRangeStart in word/document.xml",
        "has a comments part word/comments.xml",
        "has a people part (authors) word/people.xml",
        "tracked change w:del in word/document.xml",
        "tracked change w:delText in word/document.xml",
        "tracked change w:ins in word/document.xml",
        "hidden text (w:vanish) in word/document.xml",
        "custom XML element in word/document.xml",
        "has a custom XML part customXml/item1.xml",
        "core property creator is set",
        "extended property Company is set",
        "document variables in word/settings.xml",
        "has an embedded object word/embeddings/Microsoft_Excel_Worksheet.xlsx",
        "has macros word/vbaProject.bin"), r.residues());
    for (String residue : r.residues()) {
      assertFalse(residue.contains("Lee") || residue.contains("Example County") || residue.contains("old"), residue);
    }
  }

  @Test
  void percentDecoded_escapesDecodedMalformedKept() {
    assertEquals("mailto:ana ruiz@example.org?x=%zz%4",
        DocxVerifier.percentDecoded("mailto:ana%20ruiz%40example.org?x=%zz%4"));
    assertEquals("José", DocxVerifier.percentDecoded("Jos%C3%A9"));
  }

  @Test
  void verify_notAZip_extractionException() throws Exception {
    Path p = dir.resolve("x.docx");
    Files.writeString(p, "not a zip");

    assertThrows(ExtractionException.class, () -> new DocxVerifier().verify(p, List.of(NAME)));
  }
}
