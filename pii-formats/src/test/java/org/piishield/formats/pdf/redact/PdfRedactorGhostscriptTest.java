package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A producer other than PDFBox: Ghostscript's pdfwrite, from PostScript with a base-14 font and a Type 3 font.
 * The areas come from poppler's own word boxes of the input, so neither the geometry nor the check is ours.
 */
class PdfRedactorGhostscriptTest {
  private static final String POSTSCRIPT = """
      %!PS
      << /PageSize [612 792] >> setpagedevice
      /Helvetica findfont 12 scalefont setfont
      72 700 moveto (Officer Marisol Quintanilla filed the report on Tuesday.) show
      72 680 moveto (Nothing to withhold here.) show
      /T3 8 dict def
      T3 begin
        /FontType 3 def /FontMatrix [0.001 0 0 0.001 0 0] def /FontBBox [0 0 600 700] def
        /Encoding StandardEncoding def
        /BuildChar { 600 0 0 0 500 700 setcachedevice pop
          50 0 moveto 450 0 lineto 450 700 lineto 50 700 lineto closepath fill } def
      end
      /Boxes T3 definefont pop
      /Boxes findfont 10 scalefont setfont
      72 640 moveto (Badge Marisol Quintanilla kept) show
      showpage
      """;

  @TempDir Path dir;

  @Test
  void redact_ghostscriptPdfWithType1AndType3Fonts_removesValueKeepsNeighbours() throws Exception {
    Path ps = dir.resolve("memo.ps");
    Path in = dir.resolve("memo.pdf");
    Path out = dir.resolve("out.pdf");
    Files.writeString(ps, POSTSCRIPT, StandardCharsets.US_ASCII);
    ExternalTools.run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
        "-sOutputFile=" + in, ps.toString());
    List<PdfEvidence.Word> before = PdfEvidence.words(in);
    List<RedactionArea> areas = new ArrayList<>();
    // One area per line: from "Marisol" to "Quintanilla", poppler's top-down boxes turned to user space.
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i).text().equals("Marisol") && before.get(i + 1).text().equals("Quintanilla")) {
        PdfEvidence.Word a = before.get(i);
        PdfEvidence.Word b = before.get(i + 1);
        areas.add(new RedactionArea(0, (float) a.xMin(), (float) (792 - Math.max(a.yMax(), b.yMax())),
            (float) b.xMax(), (float) (792 - Math.min(a.yMin(), b.yMin())), "(b)(6)"));
      }
    }
    assertEquals(2, areas.size(), "the name is drawn in both fonts");

    PdfRedactionReport report = PdfRedactor.redact(in, out, areas, RedactionOptions.defaults());

    assertEquals(2 * "Marisol Quintanilla".length(), report.glyphsRemoved());
    PdfEvidence.assertGone(out, "Marisol Quintanilla");
    PdfEvidence.assertKeptInPlace(before, PdfEvidence.words(out), PdfRedactorTextTest.WITHHELD_WORDS);
    String text = ExternalTools.pdftotext(out, true, 0);
    assertTrue(text.contains("filed the report on Tuesday.") && text.contains("kept"), text);
  }
}
