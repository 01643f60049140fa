package org.piishield.formats.pdf.redact;

import java.awt.Color;
import java.util.Objects;

/**
 * How {@link PdfRedactor} draws its boxes and what it keeps while sanitising.
 *
 * <p>Example: {@code RedactionOptions.defaults()} draws black boxes with the exemption code in white, keeps
 * URI links outside every area and flattens filled forms;
 * {@code RedactionOptions.newBuilder().fill(Color.DARK_GRAY).keepLinks(false).build()} draws grey boxes and drops
 * every annotation.
 *
 * @param fill colour of each box and of erased image pixels
 * @param labelColor colour of the exemption code printed in the box
 * @param keepLinks keep link annotations (stripped to their rectangle and URI or destination) that touch no area
 * @param flattenForms draw filled AcroForm fields into the page before redacting (areas then redact their values
 *     like other text); when false, or when flattening fails, fields are removed with their values
 * @param flattenAnnotations draw printable annotations' appearances (stamps, free text, ink) into the page before
 *     redacting; when false (the default) they are removed with everything else in them
 */
public record RedactionOptions(Color fill, Color labelColor, boolean keepLinks, boolean flattenForms,
    boolean flattenAnnotations) {

  public RedactionOptions {
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(labelColor, "labelColor");
  }

  /** Black boxes, white labels, URI links kept, forms flattened, other annotations removed. */
  public static RedactionOptions defaults() {
    return new RedactionOptions(Color.BLACK, Color.WHITE, true, true, false);
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  /** Fluent builder starting from {@link #defaults()}. */
  public static final class Builder {
    private Color fill = Color.BLACK;
    private Color labelColor = Color.WHITE;
    private boolean keepLinks = true;
    private boolean flattenForms = true;
    private boolean flattenAnnotations;

    private Builder() {}

    public Builder fill(Color fill) {
      this.fill = fill;
      return this;
    }

    public Builder labelColor(Color labelColor) {
      this.labelColor = labelColor;
      return this;
    }

    public Builder keepLinks(boolean keepLinks) {
      this.keepLinks = keepLinks;
      return this;
    }

    public Builder flattenForms(boolean flattenForms) {
      this.flattenForms = flattenForms;
      return this;
    }

    public Builder flattenAnnotations(boolean flattenAnnotations) {
      this.flattenAnnotations = flattenAnnotations;
      return this;
    }

    public RedactionOptions build() {
      return new RedactionOptions(fill, labelColor, keepLinks, flattenForms, flattenAnnotations);
    }
  }
}
