package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.verify.PdfVerifier;
import org.piishield.formats.verify.WithheldValue;

/** Links whose URI holds a withheld value go even when they touch no area; other links stay. */
class PdfRedactorLinksTest {
  private static final String EMAIL = "m.quintanilla@example.org";
  private static final String PHONE = "(312) 555-0142";

  @TempDir Path dir;

  @Test
  void redact_linksHoldingWithheldValuesOutsideEveryArea_removedOthersKept() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    RedactionArea area;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        area = Planted.line(cs, PdfRedactorTextTest.HELVETICA, 12, 72, 700, "Write to ", EMAIL, ".", 0, "(b)(6)");
      }
      link(page, 100, "mailto:" + EMAIL);
      link(page, 140, "MAILTO:M.Quintanilla%40example.org?subject=hi");
      link(page, 180, "tel:+1-312-555-0142");
      link(page, 220, "https://example.org/search?q=m.quintanilla%40example.org");
      link(page, 260, "https://example.org/about");
      link(page, 300, "tel:+1-312-555-0199");
      doc.save(in.toFile());
    }
    PdfRedactionPlan plan = new PdfRedactionPlan(List.of(area), Map.of(), List.of(EMAIL, PHONE));

    PdfRedactionReport report = PdfRedactor.redact(in, null, out, plan, RedactionOptions.defaults());

    assertEquals(2, report.sanitised().linksKept());
    List<String> kept = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
        kept.add(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI());
      }
    }
    assertEquals(List.of("https://example.org/about", "tel:+1-312-555-0199"), kept);
    PdfEvidence.assertGone(out, EMAIL);
    assertFalse(PdfEvidence.bytesContain(out, "3125550142") || PdfEvidence.bytesContain(out, "312-555-0142"));
    assertEquals(List.of(), new PdfVerifier().verify(out, List.of(new WithheldValue(1, "EMAIL", EMAIL, "(b)(6)"),
        new WithheldValue(2, "PHONE_NUMBER", PHONE, "(b)(6)"))).residues());
  }

  @Test
  void redact_areasOnlyWithoutValues_keepsLinksOutsideAreasAsBefore() throws Exception {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      link(page, 100, "mailto:" + EMAIL);
      doc.save(in.toFile());
    }

    PdfRedactionReport report = PdfRedactor.redact(in, out, List.of(), RedactionOptions.defaults());

    assertEquals(1, report.sanitised().linksKept());
    assertTrue(PdfEvidence.bytesContain(out, EMAIL), "without the values the redactor cannot know");
  }

  private static void link(PDPage page, float y, String uri) throws Exception {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(72, y, 200, 20));
    PDActionURI action = new PDActionURI();
    action.setURI(uri);
    link.setAction(action);
    page.getAnnotations().add(link);
  }
}
