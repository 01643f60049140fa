package org.piishield.formats.pdf.redact;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The state of redacting one page: its areas, the shared geometry cache, the options and the running counts.
 * Not thread-safe; one per page.
 */
final class PageRun {
  final PDDocument document;
  final PageAreas areas;
  final GlyphGeometry geometry;
  final RedactionOptions options;
  final TextShowRewriter text;
  int formsRewritten;
  int imagesErased;

  PageRun(PDDocument document, PageAreas areas, GlyphGeometry geometry, RedactionOptions options) {
    this.document = document;
    this.areas = areas;
    this.geometry = geometry;
    this.options = options;
    this.text = new TextShowRewriter(geometry, areas);
  }
}
