package org.piishield.formats.docx;

/** Namespace URIs and content types of the Office Open XML (transitional) parts this package reads and edits. */
final class Ooxml {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
  static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  static final String VML = "urn:schemas-microsoft-com:vml";
  static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String XML = "http://www.w3.org/XML/1998/namespace";

  static final String CONTENT_TYPES_PART = "[Content_Types].xml";

  private Ooxml() {}
}
