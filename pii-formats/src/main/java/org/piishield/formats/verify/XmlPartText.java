package org.piishield.formats.verify;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.piishield.extract.ExtractionException;

/**
 * One XML part of an Office output decoded with StAX (no DTDs, no external entities), independently of the code
 * that wrote it: all its character data joined without separators but a line break after each paragraph,
 * cell, row, tab and break (so a value split over runs, {@code <w:t>Ana R</w:t><w:t>uiz</w:t>}, reads whole, and
 * two cells do not run into one word), every attribute value apart, and the qualified names of
 * its elements with their text (for the structure checks).
 *
 * <p>{@code <w:p><w:r><w:t>Ana</w:t></w:r><w:hyperlink w:anchor="x"/></w:p>} gives text {@code "Ana\n"},
 * attributes {@code ["x"]} and elements {@code [p, r, t, hyperlink]} (namespace URI + local name).
 */
record XmlPartText(String text, List<String> attributes, List<Element> elements) {

  /**
   * Elements whose end is a word boundary in the joined text: paragraphs, table cells and rows (WordprocessingML
   * and DrawingML), tabs and breaks. Runs are not, so {@code An|a R|uiz} still reads {@code Ana Ruiz}.
   */
  private static final Set<String> BOUNDARIES = Set.of("p", "tc", "tr", "tab", "br", "cr", "txbxContent");
  /**
   * Namespaces whose elements can split one word over several (runs, proofing marks, bookmarks): Word, math and
   * DrawingML. The end of any other element (a property in {@code docProps/core.xml}, a custom XML node) is a
   * word boundary, so {@code <dc:creator>Ana Ruiz</dc:creator><cp:revision>0</cp:revision>} reads
   * {@code "Ana Ruiz\n0\n"}.
   */
  private static final Set<String> INLINE_NAMESPACES = Set.of(
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "http://schemas.openxmlformats.org/officeDocument/2006/math",
      "http://schemas.openxmlformats.org/drawingml/2006/main");

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
        } else if (ev == XMLStreamConstants.END_ELEMENT
            && (BOUNDARIES.contains(r.getLocalName()) || !INLINE_NAMESPACES.contains(nz(r.getNamespaceURI())))) {
          text.append('\n');
          closeElement(elements, index, open);
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          closeElement(elements, index, open);
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new ExtractionException("malformed XML in output part " + partName + "; cannot verify it");
    }
    return new XmlPartText(text.toString(), attributes, elements);
  }

  private static void closeElement(List<Element> elements, List<int[]> index, List<StringBuilder> open) {
    int at = index.remove(index.size() - 1)[0];
    Element e = elements.get(at);
    elements.set(at, new Element(e.ns(), e.local(), open.remove(open.size() - 1).toString().strip()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
