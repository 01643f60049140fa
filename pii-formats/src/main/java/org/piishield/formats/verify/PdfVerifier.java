package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentVerifier;
import org.piishield.formats.redact.FileFormat;

/**
 * Verifies one redacted PDF against the values its redaction withheld, without using any of the redaction code:
 *
 * <ol>
 *   <li>{@code pdfbox-text}: PDFBox's plain {@code PDFTextStripper} text;
 *   <li>{@code pdftotext}: poppler's text, when {@link PopplerText#isInstalled() installed} (otherwise this check,
 *       {@code box-pixels} and {@code image-ocr} are reported as not run, with a note);
 *   <li>{@code objects}: every decoded stream and string of every object ({@link ObjectGraphScan});
 *   <li>{@code box-labels}: every redaction box ({@link BoxScan}) shows a label the log gives
 *       ({@link BoxLabelCheck});
 *   <li>{@code box-pixels}: nothing is drawn over a box ({@link BoxPixelCheck}: every page whose content may
 *       cover a box, by {@link BoxScan}'s conservative analysis, is rendered and its boxes' pixels checked; a page
 *       where the boxes are painted opaque and last is not rendered);
 *   <li>{@code image-ocr}: images big enough to hold text are read by Tesseract ({@link ImageOcrCheck}); pages
 *       without such images are not rendered or OCR'd;
 *   <li>{@code withheld-pages}: pages withheld in full are bare placeholders ({@link WithheldPageCheck});
 *   <li>the structure checks of {@link StructureCheck}.
 * </ol>
 *
 * Each withheld value is searched case- and accent-folded without whitespace, and in the text and OCR checks also
 * by its digits alone when it has at least {@link SearchText#MIN_DIGITS} ({@link SearchText}). A residue names the
 * log row and type, e.g. {@code withheld value of row 3 (EMAIL) still extractable (pdftotext)}, or the page and
 * box, never the value.
 *
 * <p>Thread-safe (stateless). Reads the output file and writes only private temporary files, deleted before it
 * returns.
 */
public final class PdfVerifier implements DocumentVerifier {

  private final boolean usePoppler;
  private final boolean useTesseract;
  private final boolean renderEveryBoxPage;

  /** Uses poppler and Tesseract when they are installed. */
  public PdfVerifier() {
    this(PopplerText.isInstalled(), ToolProcess.isInstalled("tesseract"));
  }

  PdfVerifier(boolean usePoppler) {
    this(usePoppler, usePoppler && ToolProcess.isInstalled("tesseract"));
  }

  PdfVerifier(boolean usePoppler, boolean useTesseract) {
    this(usePoppler, useTesseract, false);
  }

  /**
   * {@code renderEveryBoxPage}: render every page with boxes for {@code box-pixels}, not only those whose content
   * may cover a box ({@link BoxScan.Result#mayBeCovered()}).
   */
  PdfVerifier(boolean usePoppler, boolean useTesseract, boolean renderEveryBoxPage) {
    this.usePoppler = usePoppler;
    this.useTesseract = useTesseract;
    this.renderEveryBoxPage = renderEveryBoxPage;
  }

  @Override
  public FileFormat format() {
    return FileFormat.PDF;
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
    List<WithheldValue> texts = new ArrayList<>(withheld.size());
    List<WithheldValue> pages = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (WithheldValue w : withheld) {
      (w.isPage() ? pages : texts).add(w);
      labels.add(w.label().isEmpty() ? w.type() : w.label());
    }
    ValueMatcher values = ValueMatcher.ofWithheld(texts);
    List<CheckResult> checks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      checks.add(textCheck("pdfbox-text", "pdfbox", PdfBoxText.read(doc), texts, values));
      if (usePoppler) {
        checks.add(textCheck("pdftotext", "pdftotext", PopplerText.read(output), texts, values));
      } else {
        checks.add(new CheckResult("pdftotext", false, List.of()));
        notes.add("poppler not installed, checked with PDFBox only (no pdftotext, no pixel check, no OCR); "
            + PopplerText.INSTALL_HINT);
      }
      ObjectGraphScan.Result scan = ObjectGraphScan.scan(doc.getDocument(), values);
      checks.add(CheckResult.of("objects", Residues.named(scan.found(), texts, "in the PDF's objects")));
      if (scan.undecodableStreams() > 0) {
        notes.add(scan.undecodableStreams() + " stream(s) could not be decoded and were not searched");
      }
      Map<Integer, List<RedactionBox>> boxes = new TreeMap<>();
      List<RedactionBox> allBoxes = new ArrayList<>();
      int[] images = new int[doc.getNumberOfPages()];
      for (int i = 0; i < images.length; i++) {
        BoxScan.Result page = BoxScan.scan(doc.getPage(i), i);
        images[i] = page.images();
        if (!page.boxes().isEmpty()) {
          allBoxes.addAll(page.boxes());
          if (page.mayBeCovered() || renderEveryBoxPage) {
            boxes.put(i, page.boxes());
          }
        }
      }
      if (withheld.isEmpty() && !allBoxes.isEmpty()) {
        checks.add(new CheckResult("box-labels", false, List.of()));
        notes.add(allBoxes.size() + " redaction box(es) but no log rows: their labels were not checked");
      } else {
        checks.add(BoxLabelCheck.run(allBoxes, labels));
      }
      checks.add(usePoppler ? BoxPixelCheck.run(output, doc, boxes) : new CheckResult("box-pixels", false, List.of()));
      checks.add(ocr(output, texts, values, notes));
      checks.add(WithheldPageCheck.run(doc, pages, images));
      checks.addAll(StructureCheck.run(bytes, doc.getDocument()));
    } catch (InvalidPasswordException e) {
      throw new ExtractionException("encrypted PDF; cannot verify it");
    } catch (IOException e) {
      // PDFBox's and the tools' messages can quote bytes of the file, so only the exception's class is named
      throw new ExtractionException("damaged PDF (" + e.getClass().getSimpleName() + ")");
    }
    return new VerificationReport(checks, notes);
  }

  private CheckResult ocr(Path output, List<WithheldValue> texts, ValueMatcher values, List<String> notes)
      throws IOException {
    if (texts.isEmpty()) {
      return CheckResult.of("image-ocr", List.of()); // nothing to look for
    }
    if (!usePoppler) {
      return new CheckResult("image-ocr", false, List.of());
    }
    List<ImageOcrCheck.ListedImage> images = ImageOcrCheck.listImages(output);
    if (!ImageOcrCheck.anyMayHoldText(images)) {
      return CheckResult.of("image-ocr", List.of());
    }
    if (!useTesseract) {
      long count = images.stream().filter(ImageOcrCheck.ListedImage::mayHoldText).count();
      notes.add("tesseract not installed: " + count + " image(s) that may hold text were not read; "
          + ImageOcrCheck.INSTALL_HINT);
      return new CheckResult("image-ocr", false, List.of());
    }
    return ImageOcrCheck.run(output, images, texts, values);
  }

  private static CheckResult textCheck(String name, String label, String text, List<WithheldValue> withheld,
      ValueMatcher values) {
    boolean[] found = values.newFound();
    values.markFoundInText(SearchText.of(text), found);
    return CheckResult.of(name, Residues.named(found, withheld, label));
  }
}
