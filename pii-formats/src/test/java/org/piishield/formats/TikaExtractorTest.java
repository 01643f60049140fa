package org.piishield.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.ExtractionException;

/** Office and e-mail text through Tika, on files written in the test (Apache POI, and MIME by hand). */
class TikaExtractorTest {

  private static ExtractedText extract(byte[] bytes, String name) throws Exception {
    return new TikaExtractor().extract(new ByteArrayInputStream(bytes), name, 64 << 20);
  }

  static byte[] docx(String... paragraphs) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void extract_docxFromPoi_paragraphsInOrder() throws Exception {
    ExtractedText t = extract(docx("Memo to Sgt. Ana Ruiz", "Home: 12 Elm St, Dayton"), "memo.docx");

    assertEquals("Memo to Sgt. Ana Ruiz\nHome: 12 Elm St, Dayton\n", t.text());
    assertEquals(t.text(), t.original());
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", t.mediaType());
  }

  @Test
  void extract_xlsxFromPoi_cellText() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var row = wb.createSheet("Roster").createRow(0);
      row.createCell(0).setCellValue("Judge Eva Soto");
      row.createCell(1).setCellValue("555-0199");
      wb.write(out);
      xlsx = out.toByteArray();
    }

    String text = extract(xlsx, "roster.xlsx").text();

    assertTrue(text.contains("Roster") && text.contains("Judge Eva Soto\t555-0199"), text);
  }

  @Test
  void extract_pptxFromPoi_slideText() throws Exception {
    byte[] pptx;
    try (org.apache.poi.xslf.usermodel.XMLSlideShow show = new org.apache.poi.xslf.usermodel.XMLSlideShow();
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var box = show.createSlide().createTextBox();
      box.setText("Briefing: Deputy Omar Haddad, cell 555-0177");
      show.write(out);
      pptx = out.toByteArray();
    }

    String text = extract(pptx, "brief.pptx").text();

    assertTrue(text.contains("Briefing: Deputy Omar Haddad, cell 555-0177"), text);
  }

  @Test
  void extract_rtf_text() throws Exception {
    byte[] rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 Call Pablo Ib\\'e1\\'f1ez at home.\\par}"
        .getBytes(StandardCharsets.US_ASCII);

    assertEquals("Call Pablo Ibáñez at home.\n", extract(rtf, "note.rtf").text());
  }

  @Test
  void extract_emlWithAttachments_bodyThenEachAttachmentUnderAHeader() throws Exception {
    String docx = Base64.getMimeEncoder().encodeToString(docx("Attached roster: Officer Lee Park"));
    String eml = "From: clerk@example.org\r\nTo: desk@example.org\r\nSubject: roster\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
        + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee the files for Sgt. Ruiz.\r\n"
        + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=\"notes.txt\"\r\n\r\n"
        + "Ruiz lives at 9 Oak Rd.\r\n"
        + "--b1\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n"
        + "Content-Disposition: attachment; filename=\"roster.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + docx + "\r\n--b1--\r\n";

    ExtractedText t = extract(eml.getBytes(StandardCharsets.UTF_8), "mail.eml");

    String text = t.text();
    assertEquals("message/rfc822", t.mediaType());
    assertTrue(text.startsWith("From: clerk@example.org\nTo: desk@example.org\nroster\n\nSee the files for Sgt. Ruiz.\n"),
        text);
    int notes = text.indexOf("\n--- attachment: /notes.txt ---\nRuiz lives at 9 Oak Rd.");
    int roster = text.indexOf("\n--- attachment: /roster.docx ---\nAttached roster: Officer Lee Park");
    assertTrue(notes > 0 && roster > notes, text);
  }

  @Test
  void extract_textOverCharLimit_refusedNotTruncated() throws Exception {
    byte[] bytes = docx("x".repeat(500));

    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new TikaExtractor(100).extract(new ByteArrayInputStream(bytes), "big.docx", 1 << 20));

    assertEquals("more than 100 chars of text, the limit", e.getMessage());
  }

  @Test
  void extract_garbageDocx_refusedAsDamaged() {
    byte[] junk = "PK\u0003\u0004 this is not a zip at all".getBytes(StandardCharsets.ISO_8859_1);

    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(junk, "broken.docx"));

    assertTrue(e.getMessage().startsWith("damaged or unsupported document"), e.getMessage());
  }

  @Test
  void accepts_officeAndMailExtensions_notPdfOrHtml() {
    TikaExtractor t = new TikaExtractor();

    for (String name : new String[] {"a.DOCX", "b.xlsx", "c.pptx", "d.odt", "e.rtf", "f.eml", "g.msg", "h.doc"}) {
      assertTrue(t.accepts(name), name);
    }
    for (String name : new String[] {"a.pdf", "b.html", "c.txt", "docx", "d.png"}) {
      assertTrue(!t.accepts(name), name);
    }
  }
}
