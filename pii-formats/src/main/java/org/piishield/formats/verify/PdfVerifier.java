package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentVerifier;

/**
 * Verifies one redacted PDF against the values its redaction withheld, without using any of the redaction code:
 *
 * <ol>
 *   <li>{@code pdfbox-text}: PDFBox's plain {@code PDFTextStripper} text;
 *   <li>{@code pdftotext}: poppler's text, when {@link PopplerText#isInstalled() installed} (otherwise the check is
 *       reported as not run, with a note);
 *   <li>{@code objects}: every decoded stream and string of every object ({@link ObjectGraphScan});
 *   <li>the structure checks of {@link StructureCheck}.
 * </ol>
 *
 * Each withheld value is searched case- and accent-folded without whitespace, and in the two text checks also by
 * its digits alone when it has at least {@link SearchText#MIN_DIGITS} ({@link SearchText}). A residue names the log
 * row and type, e.g. {@code withheld value of row 3 (EMAIL) still extractable (pdftotext)}, never the value.
 *
 * <p>Thread-safe (stateless). Reads the output file; writes nothing.
 */
public final class PdfVerifier implements DocumentVerifier {

  private final boolean usePoppler;

  /** Uses pdftotext when it is installed. */
  public PdfVerifier() {
    this(PopplerText.isInstalled());
  }

  PdfVerifier(boolean usePoppler) {
    this.usePoppler = usePoppler;
  }

  @Override
  public String name() {
    return "pdf";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  /** Whether poppler's pdftotext is on the PATH. */
  public static boolean popplerInstalled() {
    return PopplerText.isInstalled();
  }

  /**
   * Runs every check on {@code output}. Fails with an {@link ExtractionException} (no content quoted) when the
   * output cannot be parsed as a PDF.
   */
  @Override
  public VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException {
    byte[] bytes = Files.readAllBytes(output);
    ValueMatcher values = ValueMatcher.ofWithheld(withheld);
    List<CheckResult> checks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      checks.add(textCheck("pdfbox-text", "pdfbox", PdfBoxText.read(doc), withheld, values));
      if (usePoppler) {
        checks.add(textCheck("pdftotext", "pdftotext", PopplerText.read(output), withheld, values));
      } else {
        checks.add(new CheckResult("pdftotext", false, List.of()));
        notes.add("pdftotext not installed, checked with PDFBox only; " + PopplerText.INSTALL_HINT);
      }
      ObjectGraphScan.Result scan = ObjectGraphScan.scan(doc.getDocument(), values);
      checks.add(CheckResult.of("objects", residues(scan.found(), withheld, "in the PDF's objects")));
      if (scan.undecodableStreams() > 0) {
        notes.add(scan.undecodableStreams() + " stream(s) could not be decoded and were not searched");
      }
      checks.addAll(StructureCheck.run(bytes, doc.getDocument()));
    } catch (InvalidPasswordException e) {
      throw new ExtractionException("encrypted PDF; cannot verify it");
    } catch (IOException e) {
      // PDFBox's messages can quote bytes of the file, so only the exception's class is named
      throw new ExtractionException("damaged PDF (" + e.getClass().getSimpleName() + ")");
    }
    return new VerificationReport(checks, notes);
  }

  private static CheckResult textCheck(String name, String label, String text, List<WithheldValue> withheld,
      ValueMatcher values) {
    boolean[] found = values.newFound();
    values.markFoundInText(SearchText.of(text), found);
    return CheckResult.of(name, residues(found, withheld, label));
  }

  private static List<String> residues(boolean[] found, List<WithheldValue> withheld, String where) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < found.length; i++) {
      if (found[i]) {
        WithheldValue w = withheld.get(i);
        out.add("withheld value of row " + w.row() + " (" + w.type() + ") still extractable (" + where + ")");
      }
    }
    return out;
  }
}
