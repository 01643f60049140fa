package org.piishield.formats.verify;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.piishield.extract.ExtractionException;

/**
 * One XML part of an Office output decoded with StAX (no DTDs, no external entities), independently of the code
 * that wrote it: all its character data joined without separators (so a value split over runs,
 * {@code <w:t>Ana R</w:t><w:t>uiz</w:t>}, reads whole), every attribute value apart, and the qualified names of
 * its elements with their text (for the structure checks).
 *
 * <p>{@code <w:p><w:r><w:t>Ana</w:t></w:r><w:hyperlink w:anchor="x"/></w:p>} gives text {@code "Ana"},
 * attributes {@code ["x"]} and elements {@code [p, r, t, hyperlink]} (namespace URI + local name).
 */
record XmlPartText(String text, List<String> attributes, List<Element> elements) {

  /** An element of the part: namespace URI, local name and its own direct text. */
  record Element(String ns, String local, String ownText) {}

  static XmlPartText read(byte[] bytes, String partName) throws ExtractionException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    StringBuilder text = new StringBuilder();
    List<String> attributes = new ArrayList<>();
    List<Element> elements = new ArrayList<>();
    List<StringBuilder> open = new ArrayList<>();
    List<int[]> index = new ArrayList<>();
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.add(r.getAttributeValue(i));
          }
          elements.add(new Element(nz(r.getNamespaceURI()), r.getLocalName(), ""));
          index.add(new int[] {elements.size() - 1});
          open.add(new StringBuilder());
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          text.append(r.getText());
          if (!open.isEmpty()) {
            open.get(open.size() - 1).append(r.getText());
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          int at = index.remove(index.size() - 1)[0];
          Element e = elements.get(at);
          elements.set(at, new Element(e.ns(), e.local(), open.remove(open.size() - 1).toString().strip()));
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new ExtractionException("malformed XML in output part " + partName + "; cannot verify it");
    }
    return new XmlPartText(text.toString(), attributes, elements);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
