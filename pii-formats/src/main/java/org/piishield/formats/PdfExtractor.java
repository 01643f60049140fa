package org.piishield.formats;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.ExtractionException;

/**
 * PDF text with the page and user-space box of every char (PDFBox), and OCR of scanned pages (Tesseract).
 *
 * <p>Text: pages in order; within a page, lines as PDFBox's stripper finds them (content-stream order,
 * words separated by a space, lines by {@code '\n'}); every non-empty page ends with {@code "\n\f"}, an
 * empty one with {@code "\f"}. So page {@code k} of a document is between the {@code k}-th and
 * {@code k+1}-th form feed. Text in Form XObjects is included where the form is drawn; {@code /ActualText}
 * is not substituted (the glyphs' own Unicode mappings are used).
 *
 * <p>Scanned pages: a page with fewer than {@link PdfSettings#ocrMinChars} non-blank chars and at least one
 * image is rendered (grey, {@link PdfSettings#ocrDpi}) and OCR'd; the words follow the page's own text with
 * their boxes mapped back into user space. OCR needs Tesseract; without it such a page is an
 * {@link ExtractionException} with install instructions (turn OCR off with {@link PdfSettings#withOcr}).
 *
 * <p>Bad input: a PDF needing a password is refused ("encrypted") unless {@link #withPassword} gives one that
 * opens it; a damaged one is repaired by PDFBox's
 * lenient parser (rebuilding the cross-reference table) or refused, named "damaged"; more than
 * {@link PdfSettings#maxPages} pages is refused before any page is read.
 *
 * <p>Memory: the input is copied to a private temporary file and read from there, PDFBox's scratch
 * buffers live in temporary files, and only the current page's glyph positions are held (each page's
 * are turned into the layout's primitive arrays before the next is read). What stays in memory grows with
 * the document: the text, the layout (16 bytes per char) and the PDF objects PDFBox has parsed.
 *
 * <p>Thread-safe; the caller owns the stream.
 */
public final class PdfExtractor implements LayoutExtractor {

  public static final String NAME = "pdf";

  private final PdfSettings settings;
  private final String password;

  /** With {@link PdfSettings#defaults()}; the constructor {@link java.util.ServiceLoader} uses. */
  public PdfExtractor() {
    this(PdfSettings.defaults());
  }

  public PdfExtractor(PdfSettings settings) {
    this(settings, null);
  }

  private PdfExtractor(PdfSettings settings, String password) {
    this.settings = settings;
    this.password = password;
  }

  /**
   * The same extractor opening encrypted PDFs with {@code password} (user or owner password; null for none). The
   * password is held in memory only and never shown.
   */
  public PdfExtractor withPassword(String password) {
    return new PdfExtractor(settings, password);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Above the text extractors (0) and {@link TikaExtractor}. */
  @Override
  public int priority() {
    return 100;
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  @Override
  public PositionedText extractWithLayout(InputStream in, String fileName, long maxBytes)
      throws IOException, ExtractionException {
    try (ScratchFile copy = ScratchFile.copy(in, maxBytes, ".pdf")) {
      return extract(copy);
    }
  }

  private PositionedText extract(ScratchFile copy) throws ExtractionException {
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(copy.path().toFile()),
        password == null ? "" : password, null, null,
        IOUtils.createTempFileOnlyStreamCache())) {
      int pages = doc.getNumberOfPages();
      if (pages > settings.maxPages()) {
        throw new ExtractionException("PDF has " + pages + " pages, more than the limit of " + settings.maxPages());
      }
      TextLayout.Builder layout = TextLayout.newBuilder(TextLayout.Units.PDF_POINTS);
      PositionStripper stripper = new PositionStripper(layout, settings.ocr() ? new ScannedPageOcr(doc) : null);
      stripper.writeText(doc, new LayoutWriter(layout));
      String text = layout.text().toString();
      return new PositionedText(ExtractedText.plain(text, "application/pdf"), layout.build());
    } catch (InvalidPasswordException e) {
      throw new ExtractionException(password == null ? "encrypted PDF; a password is needed to open it"
          : "encrypted PDF; the password given does not open it");
    } catch (OcrFailure e) {
      throw e.reason;
    } catch (IOException e) {
      // PDFBox's messages can quote bytes of the file, so only the exception's class is named
      throw new ExtractionException("damaged PDF that could not be repaired (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Carries an OCR {@link ExtractionException} out through PDFBox's {@code IOException}-only callbacks. */
  private static final class OcrFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient ExtractionException reason;

    OcrFailure(ExtractionException reason) {
      super(reason.getMessage());
      this.reason = reason;
    }
  }

  /** Renders and OCRs pages that have images but (almost) no text. */
  private final class ScannedPageOcr implements PositionStripper.PageOcr {
    private final PDDocument doc;
    private PDFRenderer renderer;
    private OcrEngine engine;

    ScannedPageOcr(PDDocument doc) {
      this.doc = doc;
    }

    @Override
    public void appendIfScanned(PDPage page, int pageIndex, int textChars, TextLayout.Builder layout)
        throws IOException {
      if (textChars >= settings.ocrMinChars() || !hasImage(page.getResources(), 0)) {
        return;
      }
      try {
        if (engine == null) {
          engine = OcrEngine.system();
          renderer = new PDFRenderer(doc);
        }
        PDRectangle crop = page.getCropBox();
        double points = (double) crop.getWidth() * crop.getHeight();
        double fit = 72 * Math.sqrt(settings.maxPixels() / Math.max(points, 1));
        int dpi = (int) Math.max(36, Math.min(settings.ocrDpi(), Math.floor(fit)));
        BufferedImage image = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
        List<OcrWord> words = engine.recognize(image, dpi);
        OcrText.append(words, layout, pixelsToUserSpace(crop, page.getRotation(), 72f / dpi));
      } catch (ExtractionException e) {
        throw new OcrFailure(e);
      }
    }
  }

  /**
   * Maps pixels of a page rendered by {@link PDFRenderer} (crop box, rotated by {@code /Rotate}, {@code s}
   * points per pixel) back to the page's unrotated user space.
   */
  static AffineTransform pixelsToUserSpace(PDRectangle crop, int rotation, float s) {
    float llx = crop.getLowerLeftX();
    float lly = crop.getLowerLeftY();
    float urx = crop.getUpperRightX();
    float ury = crop.getUpperRightY();
    switch (((rotation % 360) + 360) % 360) {
      case 90:
        return new AffineTransform(0, s, s, 0, llx, lly);
      case 180:
        return new AffineTransform(-s, 0, 0, s, urx, lly);
      case 270:
        return new AffineTransform(0, -s, -s, 0, urx, ury);
      default:
        return new AffineTransform(s, 0, 0, -s, llx, ury);
    }
  }

  /** Whether the resources hold an image XObject, directly or in a Form XObject up to three levels down. */
  private static boolean hasImage(PDResources resources, int depth) throws IOException {
    if (resources == null) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.isImageXObject(name)) {
        return true;
      }
      if (depth < 3) {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
