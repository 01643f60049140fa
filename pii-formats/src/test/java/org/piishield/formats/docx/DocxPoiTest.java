package org.piishield.formats.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.formats.verify.CheckResult;
import org.piishield.formats.verify.DocxVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/**
 * DOCX redaction of documents Apache POI writes, for what LibreOffice does not: custom properties, a custom XML
 * data part, extended properties (company), a comment POI authors, a tracked insertion and deletion written into
 * the XML beans, and a name split over an italic and a plain run (synthetic values).
 */
class DocxPoiTest {

  private static final String NAME = "Lee Park";

  @TempDir
  Path dir;

  private Path poiMemo() throws Exception {
    Path p = dir.resolve("poi-memo.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
      XWPFParagraph first = doc.createParagraph();
      first.createRun().setText("Badge 4471 of Sgt. ");
      XWPFRun italic = first.createRun();
      italic.setItalic(true);
      italic.setText("Lee ");
      first.createRun().setText("Park was on duty.");
      XWPFParagraph second = doc.createParagraph();
      second.createRun().setText("Shift report filed.");
      CTRunTrackChange ins = second.getCTP().addNewIns();
      ins.setId(BigInteger.valueOf(7));
      ins.setAuthor(NAME);
      ins.addNewR().addNewT().setStringValue(" Reviewed.");
      CTRunTrackChange del = second.getCTP().addNewDel();
      del.setId(BigInteger.valueOf(8));
      del.setAuthor(NAME);
      del.addNewR().addNewDelText().setStringValue(" Old badge 9932.");
      XWPFComment comment = doc.createComments().createComment(BigInteger.ONE);
      comment.setAuthor(NAME);
      comment.createParagraph().createRun().setText("Ask Lee Park");
      second.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
      second.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
      second.getCTP().addNewR().addNewCommentReference().setId(BigInteger.ONE);
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Header for Lee Park");
      doc.getProperties().getCoreProperties().setCreator(NAME);
      doc.getProperties().getCoreProperties().setTitle("Duty of Lee Park");
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Example County");
      doc.getProperties().getCustomProperties().addProperty("CaseOfficer", NAME);
      PackagePartName item = PackagingURIHelper.createPartName("/customXml/item1.xml");
      PackagePart part = doc.getPackage().createPart(item, "application/xml");
      try (OutputStream os = part.getOutputStream()) {
        os.write("<officer>Lee Park</officer>".getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(item, TargetMode.INTERNAL,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml");
      doc.write(out);
    }
    return p;
  }

  private static RedactableDocument open(Path p) throws Exception {
    return new DocxDocumentRedactor().open(p, OpenOptions.of(64 << 20));
  }

  private static List<String> failing(VerificationReport r) {
    return r.checks().stream().filter(c -> !c.passed()).map(CheckResult::name).toList();
  }

  @Test
  void open_poiMemo_textWithoutDeletedOrCommentText() throws Exception {
    assertEquals("Badge 4471 of Sgt. Lee Park was on duty.\nShift report filed. Reviewed.\n\n"
        + "Header for Lee Park\n\n", open(poiMemo()).text());
  }

  @Test
  void writeRedacted_poiMemo_scrubbedAndVerified() throws Exception {
    Path memo = poiMemo();
    VerificationReport before = new DocxVerifier().verify(memo, List.of());
    assertEquals(List.of("comments", "tracked-changes", "custom-xml", "properties"), failing(before));
    RedactableDocument doc = open(memo);
    String text = doc.text();
    List<WithheldSpan> spans = new ArrayList<>();
    for (int at = text.indexOf(NAME); at >= 0; at = text.indexOf(NAME, at + 1)) {
      spans.add(new WithheldSpan(at, at + NAME.length(), "PERSON", "(b)(6)"));
    }
    assertEquals(2, spans.size());
    Path out = dir.resolve("out.docx");

    doc.writeRedacted(RedactionPlan.of(spans), out);

    VerificationReport after = new DocxVerifier().verify(out, List.of(
        new WithheldValue(1, "PERSON", NAME, "(b)(6)"),
        new WithheldValue(2, "PERSON", "Example County", "(b)(6)"),
        new WithheldValue(3, "BADGE", "9932", "(b)(6)")));
    assertTrue(after.passed(), () -> String.join("; ", after.residues()));
    assertEquals("Badge 4471 of Sgt. [(b)(6)] was on duty.\nShift report filed. Reviewed.\n\nHeader for [(b)(6)]\n\n", open(out).text());
    try (ZipFile z = new ZipFile(out.toFile())) {
      List<String> names = z.stream().map(ZipEntry::getName).sorted().toList();
      assertFalse(names.stream().anyMatch(n -> n.startsWith("docProps/") || n.startsWith("customXml/")
          || n.contains("comments")), names::toString);
    }
    String soffice = Soffice.text(out);
    assertTrue(soffice.contains("Badge 4471 of Sgt. [(b)(6)] was on duty."), soffice);
    // POI writes " Reviewed." without xml:space="preserve", so LibreOffice drops its leading space
    assertTrue(soffice.contains("Shift report filed.Reviewed."), soffice);
    assertFalse(soffice.contains("9932") || soffice.contains("Park"), soffice);
  }

  @Test
  void open_macroEnabled_refused() throws Exception {
    Path docm = dir.resolve("memo.docm");
    Files.copy(poiMemo(), docm);
    Path withMacros = dir.resolve("macros.docx");
    try (ZipFile in = new ZipFile(poiMemo().toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(withMacros))) {
      for (ZipEntry e : in.stream().toList()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(in.getInputStream(e).readAllBytes());
      }
      out.putNextEntry(new ZipEntry("word/vbaProject.bin"));
      out.write(new byte[] {1, 2, 3});
    }

    for (Path p : List.of(docm, withMacros)) {
      ExtractionException e = assertThrows(ExtractionException.class, () -> open(p));
      assertTrue(e.getMessage().startsWith("macro-enabled document"), e.getMessage());
    }
  }

  @Test
  void open_notAZip_namedReason() throws Exception {
    Path p = dir.resolve("fake.docx");
    Files.writeString(p, "Lee Park plain text");

    ExtractionException e = assertThrows(ExtractionException.class, () -> open(p));

    assertTrue(e.getMessage().startsWith("not an Office Open XML package"), e.getMessage());
    assertFalse(e.getMessage().contains("Lee"));
  }

  @Test
  void open_overSizeLimit_refused() throws Exception {
    Path p = poiMemo();

    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new DocxDocumentRedactor().open(p, OpenOptions.of(100)));

    assertTrue(e.getMessage().contains("100-byte limit"), e.getMessage());
  }
}
