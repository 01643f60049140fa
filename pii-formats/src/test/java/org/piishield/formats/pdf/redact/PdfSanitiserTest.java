package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.Calendar;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything outside the page content that can hold a withheld value, or run code, is gone from the output. */
class PdfSanitiserTest {
  private static final String NAME = PdfRedactorTextTest.NAME;

  @TempDir Path dir;

  @Test
  void redact_documentFullOfSideChannels_leavesOnlyProducerAndUriLink() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        area = Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 72, 700, "Filed by ", NAME, " today.", 0,
            "(b)(6)");
        Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 72, 400, "See the public docket.", "", "", 0, "");
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setAuthor(NAME);
      info.setTitle("Statement of " + NAME);
      info.setCustomMetadataValue("Witness", NAME);
      info.setCreationDate(Calendar.getInstance());
      PDMetadata xmp = new PDMetadata(doc, new ByteArrayInputStream(("<?xpacket begin=''?><x:xmpmeta "
          + "xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
          + "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>" + NAME
          + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
          .getBytes(StandardCharsets.UTF_8)));
      doc.getDocumentCatalog().setMetadata(xmp);
      // Embedded file in the name tree.
      PDEmbeddedFile data = new PDEmbeddedFile(doc, new ByteArrayInputStream(
          ("notes on " + NAME).getBytes(StandardCharsets.UTF_8)));
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("notes.txt");
      spec.setEmbeddedFile(data);
      PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
      files.setNames(Map.of("notes.txt", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(files);
      PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
      scripts.setNames(Map.of("hello", new PDActionJavaScript("app.alert('" + NAME + "');")));
      names.setJavascript(scripts);
      doc.getDocumentCatalog().setNames(names);
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('" + NAME + "');"));
      // Outline and page labels.
      PDDocumentOutline outline = new PDDocumentOutline();
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle("Interview with " + NAME);
      item.setDestination(page);
      outline.addLast(item);
      doc.getDocumentCatalog().setDocumentOutline(outline);
      PDPageLabels labels = new PDPageLabels(doc);
      PDPageLabelRange range = new PDPageLabelRange();
      range.setPrefix(NAME);
      labels.setLabelItem(0, range);
      doc.getDocumentCatalog().setPageLabels(labels);
      // Annotations: a note, a file attachment, a URI link elsewhere and a URI link under the area.
      PDAnnotationText note = new PDAnnotationText();
      note.setContents("Call " + NAME);
      note.setRectangle(new PDRectangle(400, 600, 20, 20));
      PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
      attachment.setFile(spec);
      attachment.setRectangle(new PDRectangle(400, 550, 20, 20));
      PDAnnotationLink docket = link("https://example.org/docket", new PDRectangle(72, 395, 130, 14));
      PDAnnotationLink profile = link("https://example.org/people/" + NAME.replace(' ', '-'),
          new PDRectangle(area.x0(), area.y0(), area.width(), area.height()));
      page.getAnnotations().addAll(List.of(note, attachment, docket, profile));
      // A filled AcroForm text field.
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDResources dr = new PDResources();
      dr.put(COSName.getPDFName("Helv"), PdfRedactorTextTest.HELVETICA);
      form.setDefaultResources(dr);
      form.setDefaultAppearance("/Helv 12 Tf 0 g");
      PDTextField field = new PDTextField(form);
      field.setPartialName("officer");
      field.setDefaultAppearance("/Helv 12 Tf 0 g");
      form.getFields().add(field);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(72, 500, 250, 20));
      widget.setPage(page);
      page.getAnnotations().add(widget);
      field.setValue(NAME);
      page.getCOSObject().setItem(COSName.PIECE_INFO, info.getCOSObject());
      doc.save(in.toFile());
    }
    assertTrue(PdfEvidence.bytesContain(in, "notes on " + NAME), "the input must carry the attachment");
    String attached = ExternalTools.run("pdfdetach", "-list", in.toString());
    assertTrue(attached.contains("2 embedded files"), "name tree and annotation: " + attached);

    RedactionOptions removeForms = RedactionOptions.newBuilder().flattenForms(false).build();
    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), removeForms);

    PdfEvidence.assertGone(out, NAME);
    SanitiseReport s = report.sanitised();
    assertEquals(1, s.embeddedFilesRemoved());
    assertEquals(1, s.scriptsRemoved());
    assertEquals(1, s.formFieldsRemoved());
    assertEquals(4, s.annotationsRemoved(), "note, attachment, widget and the link under the area");
    assertEquals(1, s.linksKept());
    assertTrue(s.outlineRemoved());
    assertTrue(s.metadataStreamsRemoved() >= 1);
    assertTrue(ExternalTools.run("pdfdetach", "-list", out.toString()).contains("0 embedded files"));
    String pdfinfo = ExternalTools.run("pdfinfo", out.toString());
    assertTrue(pdfinfo.matches("(?s).*Producer:\\s+PII Shield\n.*"), pdfinfo);
    assertFalse(pdfinfo.contains("Author") || pdfinfo.contains("Title:") || pdfinfo.contains("CreationDate"), pdfinfo);
    assertTrue(pdfinfo.matches("(?s).*Form:\\s+none\n.*"), pdfinfo);
    assertTrue(pdfinfo.matches("(?s).*JavaScript:\\s+no\n.*"), pdfinfo);
    assertTrue(pdfinfo.matches("(?s).*Metadata Stream:\\s+no\n.*"), pdfinfo);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      var catalog = doc.getDocumentCatalog().getCOSObject();
      for (COSName key : List.of(COSName.OUTLINES, COSName.PAGE_LABELS, COSName.OPEN_ACTION, COSName.ACRO_FORM,
          COSName.METADATA)) {
        assertNull(catalog.getItem(key), key.getName());
      }
      List<PDAnnotation> annotations = doc.getPage(0).getAnnotations();
      assertEquals(1, annotations.size());
      PDAnnotationLink kept = (PDAnnotationLink) annotations.get(0);
      assertEquals("https://example.org/docket", ((PDActionURI) kept.getAction()).getURI());
      assertNull(doc.getPage(0).getCOSObject().getItem(COSName.PIECE_INFO));
      assertEquals(Map.of("Producer", "PII Shield"), Map.of("Producer",
          doc.getDocumentInformation().getProducer()));
      assertEquals(1, doc.getDocumentInformation().getMetadataKeys().size());
    }
  }

  @Test
  void redact_incrementalUpdateHidingAnOlderRevision_writesOnlyTheLatest() throws Exception {
    Path first = dir.resolve("first.pdf");
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 72, 700, "Draft one names ", NAME, " as source.", 0, "");
      }
      doc.getDocumentInformation().setAuthor(NAME);
      doc.save(first.toFile());
    }
    RedactionArea area;
    try (PDDocument doc = Loader.loadPDF(first.toFile())) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE,
          true)) {
        area = Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 72, 650, "Final version: ", NAME, " signed.", 0,
            "(b)(6)");
      }
      doc.getDocumentInformation().setAuthor("Records Office");
      page.getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      try (OutputStream o = new FileOutputStream(in.toFile())) {
        doc.saveIncremental(o);
      }
    }
    String latest = ExternalTools.pdftotext(in, true, 0);
    assertFalse(latest.contains("Draft one"), "the latest revision no longer shows the draft: " + latest);
    assertTrue(PdfEvidence.bytesContain(in, "Draft one names " + NAME), "the older revision is still in the file");

    PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    PdfEvidence.assertGone(out, NAME);
    assertFalse(PdfEvidence.bytesContain(out, "Draft one"), "no object of the older revision survives");
    assertTrue(ExternalTools.pdftotext(out, true, 0).contains("Final version:"));
    assertEquals(1, countStartXref(out), "a single revision");
  }

  private static int countStartXref(Path pdf) throws IOException {
    byte[] bytes = Files.readAllBytes(pdf);
    byte[] needle = "startxref".getBytes(StandardCharsets.US_ASCII);
    int count = 0;
    for (int i = PdfEvidence.indexOf(bytes, needle); i >= 0; ) {
      count++;
      byte[] rest = Arrays.copyOfRange(bytes, i + 1, bytes.length);
      int next = PdfEvidence.indexOf(rest, needle);
      i = next < 0 ? -1 : i + 1 + next;
    }
    return count;
  }

  private static PDAnnotationLink link(String uri, PDRectangle rect) {
    PDAnnotationLink link = new PDAnnotationLink();
    PDActionURI action = new PDActionURI();
    action.setURI(uri);
    link.setAction(action);
    link.setRectangle(rect);
    return link;
  }

  @Test
  void redact_filledFormFlattened_redactsFieldUnderAreaKeepsTheOther() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    PDRectangle officerBox = new PDRectangle(72, 500, 250, 20);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDResources dr = new PDResources();
      dr.put(COSName.getPDFName("Helv"), PdfRedactorTextTest.HELVETICA);
      form.setDefaultResources(dr);
      form.setDefaultAppearance("/Helv 12 Tf 0 g");
      addField(form, page, "officer", officerBox, NAME);
      addField(form, page, "unit", new PDRectangle(72, 460, 250, 20), "Traffic Division");
      doc.save(in.toFile());
    }
    RedactionArea area = new RedactionArea(0, officerBox.getLowerLeftX(), officerBox.getLowerLeftY(),
        officerBox.getUpperRightX(), officerBox.getUpperRightY(), "(b)(6)");

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(area), RedactionOptions.defaults());

    assertEquals(2, report.sanitised().formFieldsFlattened());
    assertEquals(0, report.sanitised().formFieldsRemoved());
    assertEquals(NAME.length(), report.glyphsRemoved());
    PdfEvidence.assertGone(out, NAME);
    String text = ExternalTools.pdftotext(out, true, 0);
    assertTrue(text.contains("Traffic Division"), "the other field's value is now page text: " + text);
    String pdfinfo = ExternalTools.run("pdfinfo", out.toString());
    assertTrue(pdfinfo.matches("(?s).*Form:\\s+none\n.*"), pdfinfo);
  }

  private static void addField(PDAcroForm form, PDPage page, String name, PDRectangle box, String value)
      throws IOException {
    PDTextField field = new PDTextField(form);
    field.setPartialName(name);
    field.setDefaultAppearance("/Helv 12 Tf 0 g");
    form.getFields().add(field);
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(box);
    widget.setPage(page);
    widget.setPrinted(true);
    page.getAnnotations().add(widget);
    field.setValue(value);
  }

  @Test
  void redact_stampsFlattened_keepPrintedAppearanceAndRedactTheOneUnderTheArea() throws Exception {
    Path in = dir.resolve("in.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      page.getAnnotations().add(stamp(doc, new PDRectangle(300, 600, 220, 20), "Approved by " + NAME));
      page.getAnnotations().add(stamp(doc, new PDRectangle(300, 500, 220, 20), "Reviewed in March"));
      doc.save(in.toFile());
    }
    // The appearance draws its text at (2, 6) of a BBox the size of the Rect, so the page sees it at (302, 606).
    RedactionArea area = Planted.area(PdfRedactorTextTest.HELVETICA, 10, 302, 606, "Approved by ", NAME, 0,
        "(b)(6)");
    Path flattened = dir.resolve("flattened.pdf");
    Path removed = dir.resolve("removed.pdf");

    PdfRedactionReport report = PdfRedactor.redact(in, flattened, List.of(area),
        RedactionOptions.newBuilder().flattenAnnotations(true).build());
    PdfRedactor.redact(in, removed, List.of(area), RedactionOptions.defaults());

    assertEquals(2, report.sanitised().annotationsFlattened());
    assertEquals(NAME.length(), report.glyphsRemoved());
    PdfEvidence.assertGone(flattened, NAME);
    String text = ExternalTools.pdftotext(flattened, true, 0);
    assertTrue(text.contains("Approved by") && text.contains("Reviewed in March"), text);
    try (PDDocument doc = Loader.loadPDF(flattened.toFile())) {
      assertEquals(0, doc.getPage(0).getAnnotations().size());
    }
    PdfEvidence.assertGone(removed, NAME);
    assertFalse(ExternalTools.pdftotext(removed, true, 0).contains("Reviewed"), "by default stamps are removed");
  }

  private static PDAnnotationRubberStamp stamp(PDDocument doc, PDRectangle rect, String text) throws IOException {
    PDAppearanceStream appearance = new PDAppearanceStream(doc);
    appearance.setBBox(new PDRectangle(0, 0, rect.getWidth(), rect.getHeight()));
    appearance.setResources(new PDResources());
    try (PDAppearanceContentStream cs = new PDAppearanceContentStream(appearance)) {
      cs.beginText();
      cs.setFont(PdfRedactorTextTest.HELVETICA, 10);
      cs.newLineAtOffset(2, 6);
      cs.showText(text);
      cs.endText();
    }
    PDAppearanceDictionary appearances = new PDAppearanceDictionary();
    appearances.setNormalAppearance(appearance);
    PDAnnotationRubberStamp stamp = new PDAnnotationRubberStamp();
    stamp.setRectangle(rect);
    stamp.setAppearance(appearances);
    stamp.setPrinted(true);
    stamp.setContents(text);
    return stamp;
  }
}
