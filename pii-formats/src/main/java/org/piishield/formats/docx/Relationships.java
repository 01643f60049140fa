package org.piishield.formats.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reading a relationships part: {@code <Relationship Id="rId4" Type=".../hyperlink" Target="mailto:a@b.org"
 * TargetMode="External"/>} is an external hyperlink.
 */
final class Relationships {

  /** The namespace of {@code r:id} attributes in the parts. */
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String HYPERLINK = R + "/hyperlink";

  private Relationships() {}

  static List<Element> all(Document rels) {
    NodeList l = rels.getElementsByTagNameNS(Ooxml.RELS, "Relationship");
    List<Element> out = new ArrayList<>(l.getLength());
    for (int i = 0; i < l.getLength(); i++) {
      out.add((Element) l.item(i));
    }
    return out;
  }

  static boolean isExternal(Element rel) {
    return "External".equals(rel.getAttribute("TargetMode"));
  }
}
