package org.piishield.formats.docx;

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
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.formats.verify.DocxVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/**
 * WordprocessingML constructs neither LibreOffice nor POI's API writes on request, in a package written by hand:
 * tabs and breaks, a move (moveFrom/moveTo), a deleted table row, field instructions (simple and complex) with a
 * mailto, a custom XML wrapper with an attribute, {@code w:vanish w:val="0"}, picture alt text, math text, a
 * character style that hides text, document variables, an attached template path, and a part with a DOCTYPE
 * (synthetic values).
 */
class DocxConstructsTest {

  private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
      + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
      + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String BODY = "<w:p><w:r><w:t>Call</w:t></w:r><w:r><w:tab/><w:t>Lee Park</w:t><w:br/>"
      + "<w:t>now</w:t></w:r></w:p>"
      + "<w:p><w:moveFrom w:id=\"1\" w:author=\"x\"><w:r><w:t>moved Lee Park</w:t></w:r></w:moveFrom>"
      + "<w:r><w:t>Stay.</w:t></w:r><w:moveTo w:id=\"2\" w:author=\"x\"><w:r><w:t xml:space=\"preserve\"> Moved"
      + " here.</w:t></w:r></w:moveTo></w:p>"
      + "<w:tbl><w:tr><w:trPr><w:del w:id=\"3\" w:author=\"x\"/></w:trPr><w:tc><w:p><w:r><w:t>Row gone Lee Park"
      + "</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Row kept</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
      + "<w:p><w:fldSimple w:instr=\" HYPERLINK &quot;mailto:lee.park@example.org&quot; \"><w:r><w:t>mail</w:t>"
      + "</w:r></w:fldSimple></w:p>"
      + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK "
      + "\"mailto:lee.park@example.org\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      + "<w:r><w:t>write</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
      + "<w:p><w:customXml w:element=\"officer\"><w:customXmlPr><w:attr w:name=\"id\" w:val=\"lpark\"/>"
      + "</w:customXmlPr><w:r><w:t>Tagged text</w:t></w:r></w:customXml><w:r><w:rPr><w:vanish w:val=\"0\"/>"
      + "</w:rPr><w:t xml:space=\"preserve\"> shown</w:t></w:r></w:p>"
      + "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Picture 1\" descr=\"Photo of Lee Park\" "
      + "title=\"Lee Park\"/></wp:inline></w:drawing></w:r><w:r><w:t>After picture.</w:t></w:r></w:p>"
      + "<w:p><m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath></w:p>"
      + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Secret\"/></w:rPr><w:t>Styled hidden</w:t></w:r></w:p>";

  @TempDir
  Path dir;

  private Path handWritten() throws Exception {
    return handWritten("<w:document " + NS + "><w:body>" + BODY + "</w:body></w:document>");
  }

  private Path handWritten(String document) throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + ContentTypes.MAIN + "\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + ContentTypes.SETTINGS + "\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + ContentTypes.STYLES + "\"/></Types>");
    parts.put("_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + REL_TYPE
        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    parts.put("word/document.xml", document);
    parts.put("word/styles.xml", "<w:styles " + NS + "><w:style w:type=\"character\" w:styleId=\"Secret\">"
        + "<w:rPr><w:vanish/></w:rPr></w:style></w:styles>");
    parts.put("word/_rels/document.xml.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
        + REL_TYPE + "settings\" Target=\"settings.xml\"/></Relationships>");
    parts.put("word/settings.xml", "<w:settings " + NS + "><w:trackRevisions/><w:attachedTemplate r:id=\"rId9\"/>"
        + "<w:docVars><w:docVar w:name=\"officer\" w:val=\"lpark\"/></w:docVars></w:settings>");
    parts.put("word/_rels/settings.xml.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId9\" Type=\""
        + REL_TYPE + "attachedTemplate\" Target=\"file:///C:/Users/lpark/Templates/Memo.dotm\" "
        + "TargetMode=\"External\"/></Relationships>");
    Path p = dir.resolve("hand.docx");
    try (OutputStream os = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(os)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return p;
  }

  private static final String TEXT = "Call\tLee Park\nnow\nStay. Moved here.\nRow kept\n"
      + " HYPERLINK \"mailto:lee.park@example.org\" mail\n HYPERLINK \"mailto:lee.park@example.org\" write\n"
      + "Tagged text shown\nAfter picture.\nx=1\nStyled hidden\n\n";

  private static RedactableDocument open(Path p) throws Exception {
    return new DocxDocumentRedactor().open(p, OpenOptions.of(1 << 20));
  }

  private static String part(Path docx, String name) throws Exception {
    try (ZipFile z = new ZipFile(docx.toFile())) {
      return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void open_handWrittenConstructs_exactText() throws Exception {
    String text = open(handWritten()).text();

    assertEquals(TEXT, text);
    assertEquals(5, text.indexOf("Lee Park"));
  }

  @Test
  void writeRedacted_handWrittenConstructs_fieldsAndMetadataClean() throws Exception {
    RedactableDocument doc = open(handWritten());
    String email = "lee.park@example.org";
    int first = TEXT.indexOf(email);
    int second = TEXT.indexOf(email, first + 1);
    Path out = dir.resolve("out.docx");

    doc.writeRedacted(RedactionPlan.of(List.of(new WithheldSpan(5, 13, "PERSON", "(b)(6)"),
        new WithheldSpan(first, first + email.length(), "EMAIL", "(b)(6)"),
        new WithheldSpan(second, second + email.length(), "EMAIL", "(b)(6)"))), out);

    assertEquals(TEXT.replace("Lee Park", "[(b)(6)]").replace(email, "[(b)(6)]"), open(out).text());
    VerificationReport report = new DocxVerifier().verify(out, List.of(
        new WithheldValue(1, "PERSON", "Lee Park", "(b)(6)"),
        new WithheldValue(2, "EMAIL", email, "(b)(6)"),
        new WithheldValue(3, "USERNAME", "lpark", "(b)(6)")));
    assertTrue(report.passed(), () -> String.join("; ", report.residues()));
    String body = part(out, "word/document.xml");
    for (String gone : List.of("moveFrom", "moveTo", "customXml", "descr=", "title=", "vanish")) {
      assertFalse(body.contains(gone), gone);
    }
    assertTrue(body.contains("<w:tab/>") && body.contains("<w:br/>") && body.contains("<m:t>x=1</m:t>"), body);
    String settings = part(out, "word/settings.xml");
    assertFalse(settings.contains("docVars") || settings.contains("attachedTemplate")
        || settings.contains("trackRevisions"), settings);
    assertFalse(part(out, "word/_rels/settings.xml.rels").contains("Relationship "));
    // text hidden by a style is revealed (so it is read, detected and redacted like any other), not left hidden
    assertFalse(part(out, "word/styles.xml").contains("vanish"));
  }

  @Test
  void open_partWithDoctype_refusedNamingThePart() throws Exception {
    Path p = handWritten("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
        + "<w:document " + NS + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>");

    ExtractionException e = assertThrows(ExtractionException.class, () -> open(p));

    assertEquals("malformed XML in part word/document.xml", e.getMessage());
  }
}
