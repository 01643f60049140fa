package org.piishield.formats.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.TikaExtractor;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.formats.verify.DocxVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * DOCX redaction of a memo written by LibreOffice from {@code memo_tracked_comment_hidden_textbox.fodt}: bold and
 * italic runs, a table, a header, a footer, a footnote, a text box (DrawingML with a VML fallback), a mailto link,
 * a tracked deletion and insertion, a comment, hidden text and document properties. Residues are checked with
 * {@link DocxVerifier}, LibreOffice's text export and Tika.
 */
class DocxDocumentRedactorTest {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** The memo's text as the redactor reads it: deleted, hidden and comment text are not in it. */
  static final String MEMO_TEXT = """
      Officer Ana Ruiz reported the incident on Monday.
      The weather was clear. The supervisor approved the report.
      Secret note ends here.
      Comment here and on.
      Mail ana.ruiz@example.org today.
      Name
      Jorge Silva
      Unit
      Patrol
      Frame anchor.
      Box: Elena Castro
      End of memo. Added by review.
      mailto:ana.ruiz@example.org

      Header: prepared by Sgt. Maria Lopez

      Footer: contact 312-555-0142



      \tFootnote: witness Pedro Gomez.

      """;

  @TempDir
  static Path shared;

  static Path memo;

  @TempDir
  Path dir;

  @BeforeAll
  static void produce() throws Exception {
    memo = Soffice.docxFromResource("memo_tracked_comment_hidden_textbox.fodt", shared);
  }

  static RedactableDocument open(Path p) throws Exception {
    return new DocxDocumentRedactor().open(p, OpenOptions.of(64 << 20));
  }

  /** The span of the {@code n}th (0-based) occurrence of {@code value} in {@code text}. */
  static WithheldSpan span(String text, String value, int n, String type) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf(value, at + 1);
    }
    assertTrue(at >= 0, "occurrence " + n + " of a planted value not in the text");
    return new WithheldSpan(at, at + value.length(), type, "(b)(6)");
  }

  static String tika(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new TikaExtractor().extract(in, p.getFileName().toString(), 64 << 20).text();
    }
  }

  static org.w3c.dom.Document part(Path docx, String name) throws Exception {
    try (ZipFile z = new ZipFile(docx.toFile())) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(z.getInputStream(z.getEntry(name)).readAllBytes()));
    }
  }

  static List<String> entries(Path docx) throws Exception {
    try (ZipFile z = new ZipFile(docx.toFile())) {
      return z.stream().map(e -> e.getName()).sorted().toList();
    }
  }

  @Test
  void text_libreOfficeMemo_everyStoryWithoutDeletedHiddenOrCommentText() throws Exception {
    String text = open(memo).text();

    assertEquals(MEMO_TEXT, text);
    assertEquals(8, text.indexOf("Ana Ruiz"));
    assertEquals(text, open(memo).text());
    // the independent extractor still sees what the redactor removes: the fixture really has it
    String original = Soffice.text(memo);
    assertTrue(original.contains("Carlos Mendez"), "tracked deletion in the fixture");
    assertTrue(original.contains("Luis Ortega"), "hidden text in the fixture");
    assertTrue(part(memo, "word/comments.xml").getDocumentElement().getTextContent().contains("Rosa Diaz"),
        "comment in the fixture");
  }

  @Test
  void writeRedacted_valuesInEveryStory_goneForVerifierLibreOfficeAndTika() throws Exception {
    RedactableDocument doc = open(memo);
    String text = doc.text();
    List<WithheldSpan> spans = List.of(
        span(text, "Ana Ruiz", 0, "PERSON"),
        span(text, "ana.ruiz@example.org", 0, "EMAIL"),
        span(text, "Jorge Silva", 0, "PERSON"),
        span(text, "Elena Castro", 0, "PERSON"),
        span(text, "ana.ruiz@example.org", 1, "EMAIL"),
        span(text, "Maria Lopez", 0, "PERSON"),
        span(text, "312-555-0142", 0, "PHONE"),
        span(text, "Pedro Gomez", 0, "PERSON"));
    Path out = dir.resolve("memo.docx");

    doc.writeRedacted(RedactionPlan.of(spans), out);

    List<WithheldValue> withheld = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      WithheldSpan s = spans.get(i);
      withheld.add(new WithheldValue(i + 1, s.type(), text.substring(s.start(), s.end()), s.label()));
    }
    withheld.add(new WithheldValue(90, "PERSON", "Carlos Mendez", "(b)(6)")); // tracked deletion
    withheld.add(new WithheldValue(91, "PERSON", "Luis Ortega", "(b)(6)")); // hidden text
    withheld.add(new WithheldValue(92, "PERSON", "Rosa Diaz", "(b)(6)")); // comment
    withheld.add(new WithheldValue(93, "PERSON", "Reviewer Ann", "(b)(6)")); // comment and revision author
    VerificationReport report = new DocxVerifier().verify(out, withheld);
    assertTrue(report.passed(), () -> String.join("; ", report.residues()));

    String soffice = Soffice.text(out);
    String tika = tika(out);
    for (WithheldValue w : withheld) {
      assertFalse(soffice.contains(w.value()), () -> w + " in LibreOffice's text of the copy");
      assertFalse(tika.contains(w.value()), () -> w + " in Tika's text of the copy");
    }
    for (String kept : List.of("Officer [(b)(6)] reported the incident on Monday.",
        "The weather was clear. The supervisor approved the report.", "Secret note ends here.",
        "Comment here and on.", "Mail [(b)(6)] today.", "Patrol", "End of memo. Added by review.")) {
      assertTrue(soffice.contains(kept), () -> "kept sentence missing: " + kept);
    }
    for (String kept : List.of("Header: prepared by Sgt. [(b)(6)]", "Footer: contact [(b)(6)]",
        "Footnote: witness [(b)(6)].", "Box: [(b)(6)]")) {
      assertTrue(tika.contains(kept), () -> "kept line missing: " + kept);
    }
    assertEquals(MEMO_TEXT.replace("Ana Ruiz", "[(b)(6)]").replace("ana.ruiz@example.org", "[(b)(6)]")
            .replace("Jorge Silva", "[(b)(6)]").replace("Elena Castro", "[(b)(6)]")
            .replace("Maria Lopez", "[(b)(6)]").replace("312-555-0142", "[(b)(6)]")
            .replace("Pedro Gomez", "[(b)(6)]").replace("mailto:[(b)(6)]", "mailto:%5B%28b%29%286%29%5D"),
        open(out).text());
    assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
        "word/document.xml", "word/fontTable.xml", "word/footer1.xml", "word/footnotes.xml", "word/header1.xml",
        "word/settings.xml", "word/styles.xml"), entries(out));
  }

  @Test
  void writeRedacted_spanAcrossRuns_labelInFirstRunAndFormattingKept() throws Exception {
    RedactableDocument doc = open(memo);
    Path out = dir.resolve("across.docx");

    // "Officer " is a plain run, "Ana Ruiz" a bold one: [0, 11) is "Officer Ana"
    doc.writeRedacted(RedactionPlan.of(List.of(new WithheldSpan(0, 11, "PERSON", "(b)(6)"))), out);

    NodeList paragraphs = part(out, "word/document.xml").getElementsByTagNameNS(W, "p");
    assertEquals(List.of("[(b)(6)]|", " Ruiz|b", " reported the incident on Monday.|"), runs((Element) paragraphs.item(0)));
    assertEquals(List.of("The weather was clear.|", " The supervisor |", "approved|i", " the report.|"),
        runs((Element) paragraphs.item(1)));
    assertTrue(open(out).text().startsWith("[(b)(6)] Ruiz reported the incident on Monday.\nThe weather"));
  }

  /** Each run of {@code p} with text, as {@code text|b} (bold), {@code text|i} (italic) or {@code text|}. */
  private static List<String> runs(Element p) {
    List<String> out = new ArrayList<>();
    NodeList rs = p.getElementsByTagNameNS(W, "r");
    for (int i = 0; i < rs.getLength(); i++) {
      Element r = (Element) rs.item(i);
      NodeList t = r.getElementsByTagNameNS(W, "t");
      if (t.getLength() == 0) {
        continue;
      }
      String fmt = (r.getElementsByTagNameNS(W, "b").getLength() > 0 ? "b" : "")
          + (r.getElementsByTagNameNS(W, "i").getLength() > 0 ? "i" : "");
      out.add(t.item(0).getTextContent() + "|" + fmt);
    }
    return out;
  }

  @Test
  void writeRedacted_similarValueNotWithheld_staysAndVerifies() throws Exception {
    RedactableDocument doc = open(memo);
    String text = doc.text();
    WithheldSpan name = span(text, "Ana Ruiz", 0, "PERSON");
    Path out = dir.resolve("near.docx");

    doc.writeRedacted(RedactionPlan.of(List.of(name)), out);

    // the e-mail address "ana.ruiz@…" is a different value: it stays, and does not trip the verifier
    VerificationReport report = new DocxVerifier().verify(out,
        List.of(new WithheldValue(1, "PERSON", "Ana Ruiz", "(b)(6)")));
    assertTrue(report.passed(), () -> String.join("; ", report.residues()));
    String soffice = Soffice.text(out);
    assertTrue(soffice.contains("Mail ana.ruiz@example.org today."));
    assertTrue(soffice.contains("Jorge Silva"));
    assertFalse(soffice.contains("Ana Ruiz"));
  }

  @Test
  void verify_linkTextWithheldButNotItsTarget_residueInRelationships() throws Exception {
    RedactableDocument doc = open(memo);
    String text = doc.text();
    Path out = dir.resolve("link.docx");

    doc.writeRedacted(RedactionPlan.of(List.of(span(text, "ana.ruiz@example.org", 0, "EMAIL"))), out);

    VerificationReport report = new DocxVerifier().verify(out,
        List.of(new WithheldValue(4, "EMAIL", "ana.ruiz@example.org", "(b)(6)")));
    assertEquals(List.of("withheld value of row 4 (EMAIL) still extractable (in word/_rels/document.xml.rels)"),
        report.residues());
  }

  @Test
  void writeRedacted_twice_sameBytes() throws Exception {
    RedactableDocument doc = open(memo);
    RedactionPlan plan = RedactionPlan.of(List.of(span(doc.text(), "Jorge Silva", 0, "PERSON")));
    Path a = dir.resolve("a.docx");
    Path b = dir.resolve("b.docx");

    doc.writeRedacted(plan, a);
    doc.writeRedacted(plan, b);

    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("a.docx", "b.docx"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
