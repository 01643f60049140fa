package org.piishield.formats;

/**
 * Limits and OCR choices for {@link PdfExtractor}.
 *
 * @param maxPages documents with more pages are refused (named), before any page is read
 * @param ocr whether pages with (almost) no text but an image are rendered and OCR'd
 * @param ocrMinChars a page with fewer non-blank chars than this, and at least one image, is OCR'd
 * @param ocrDpi resolution pages are rendered at for OCR (lowered for huge pages to stay under
 *     {@code maxPixels})
 * @param maxPixels the most pixels a page is rendered with
 */
public record PdfSettings(int maxPages, boolean ocr, int ocrMinChars, int ocrDpi, long maxPixels) {

  public PdfSettings {
    if (maxPages < 1 || ocrMinChars < 0 || ocrDpi < 36 || maxPixels < 1) {
      throw new IllegalArgumentException("maxPages >= 1, ocrMinChars >= 0, ocrDpi >= 36 and maxPixels >= 1");
    }
  }

  /** 5,000 pages, OCR on for pages with under 10 chars, 300 dpi, 50 megapixels. */
  public static PdfSettings defaults() {
    return new PdfSettings(5_000, true, 10, 300, 50_000_000L);
  }

  public PdfSettings withMaxPages(int pages) {
    return new PdfSettings(pages, ocr, ocrMinChars, ocrDpi, maxPixels);
  }

  public PdfSettings withOcr(boolean on) {
    return new PdfSettings(maxPages, on, ocrMinChars, ocrDpi, maxPixels);
  }
}
