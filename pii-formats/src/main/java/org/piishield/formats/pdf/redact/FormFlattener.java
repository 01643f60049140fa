package org.piishield.formats.pdf.redact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Turns filled AcroForm fields into page content before redaction, so a field's value is redacted by the areas
 * over its box like any other text and the values that are not withheld stay visible.
 *
 * <p>Uses PDFBox's {@link PDAcroForm#flatten()}: each visible widget's normal appearance is drawn into its page as
 * a Form XObject, then the fields and widgets are removed. Appearances are regenerated first when the form asks
 * for it ({@code /NeedAppearances true}). Hidden widgets draw nothing. A form that cannot be flattened (damaged
 * appearance streams) is left to {@link PdfSanitiser}, which removes it.
 */
final class FormFlattener {
  private FormFlattener() {}

  /** Flattens the document's form and returns how many top-level fields it had; 0 when none or on failure. */
  static int flatten(PDDocument document) {
    PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
    if (form == null || form.getFields().isEmpty()) {
      return 0;
    }
    try {
      List<PDField> fields = new ArrayList<>();
      form.getFieldTree().forEach(fields::add);
      int count = form.getFields().size();
      form.flatten(fields, form.getNeedAppearances());
      return count;
    } catch (IOException | RuntimeException e) {
      return 0; // the sanitiser removes what is left, values included
    }
  }
}
