package org.piishield.formats.pdf.redact;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the printable annotations' appearances (stamps, free text, ink, shapes) into their pages before
 * redaction, so what a printout shows survives the sanitiser's removal of annotations and areas redact it like
 * other content. Links, widgets (see {@link FormFlattener}) and pop-ups are not drawn; neither are annotations
 * that are hidden or not printed. Only the appearance is kept: {@code /Contents}, replies and pop-up text go.
 *
 * <p>Placement follows PDF 32000-1 §12.5.5: the appearance's BBox, transformed by its Matrix, is mapped onto the
 * annotation's Rect. Example: a stamp with BBox {@code [0 0 100 20]} and Rect {@code [300 700 400 720]} is drawn
 * with {@code 1 0 0 1 300 700 cm}.
 */
final class AnnotationFlattener {
  private static final List<String> SKIPPED = List.of("Link", "Widget", "Popup");

  private AnnotationFlattener() {}

  /** Draws each eligible annotation's normal appearance into its page and returns how many were drawn. */
  static int flatten(PDDocument document) throws IOException {
    int drawn = 0;
    for (PDPage page : document.getPages()) {
      List<PDAnnotation> eligible = new ArrayList<>();
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (!SKIPPED.contains(annotation.getSubtype()) && annotation.isPrinted() && !annotation.isHidden()
            && annotation.getRectangle() != null && annotation.getNormalAppearanceStream() != null) {
          eligible.add(annotation);
        }
      }
      if (eligible.isEmpty()) {
        continue;
      }
      try (PDPageContentStream cs = new PDPageContentStream(document, page,
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        for (PDAnnotation annotation : eligible) {
          PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
          AffineTransform placement = placement(appearance, annotation.getRectangle());
          if (placement == null) {
            continue;
          }
          cs.saveGraphicsState();
          cs.transform(new Matrix(placement));
          cs.drawForm(new PDFormXObject(appearance.getCOSObject()));
          cs.restoreGraphicsState();
          drawn++;
        }
      }
    }
    return drawn;
  }

  /** The matrix mapping the appearance's transformed BBox onto {@code rect}; null for an empty BBox. */
  static AffineTransform placement(PDAppearanceStream appearance, PDRectangle rect) {
    PDRectangle bbox = appearance.getBBox();
    if (bbox == null || bbox.getWidth() == 0 || bbox.getHeight() == 0) {
      return null;
    }
    Rectangle2D box = appearance.getMatrix().createAffineTransform().createTransformedShape(
        new Rectangle2D.Float(bbox.getLowerLeftX(), bbox.getLowerLeftY(), bbox.getWidth(), bbox.getHeight()))
        .getBounds2D();
    AffineTransform a = AffineTransform.getTranslateInstance(rect.getLowerLeftX(), rect.getLowerLeftY());
    a.scale(rect.getWidth() / box.getWidth(), rect.getHeight() / box.getHeight());
    a.translate(-box.getMinX(), -box.getMinY());
    return a;
  }
}
