package org.piishield.formats.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM helpers: snapshots of live node lists, removal and unwrapping of elements. */
final class Dom {

  private Dom() {}

  /** The elements {@code ns:local} of {@code doc} in document order, as a list that removals do not change. */
  static List<Element> elements(Document doc, String ns, String local) {
    NodeList l = doc.getElementsByTagNameNS(ns, local);
    List<Element> out = new ArrayList<>(l.getLength());
    for (int i = 0; i < l.getLength(); i++) {
      out.add((Element) l.item(i));
    }
    return out;
  }

  /**
   * Every element of {@code doc} in namespace {@code ns}, by local name, each list in document order: one walk of
   * the tree instead of one per name. Removing or unwrapping elements later does not change the lists.
   */
  static Map<String, List<Element>> index(Document doc, String ns) {
    Map<String, List<Element>> out = new HashMap<>();
    index(doc.getDocumentElement(), ns, out);
    return out;
  }

  private static void index(Element e, String ns, Map<String, List<Element>> out) {
    if (ns.equals(e.getNamespaceURI())) {
      out.computeIfAbsent(e.getLocalName(), k -> new ArrayList<>()).add(e);
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.ELEMENT_NODE) {
        index((Element) c, ns, out);
      }
    }
  }

  /** Removes every {@code ns:local} element (with its content); returns how many were still attached. */
  static int removeAll(Document doc, String ns, String local) {
    int n = 0;
    for (Element e : elements(doc, ns, local)) {
      n += detach(e) ? 1 : 0;
    }
    return n;
  }

  /** Removes {@code e} from its parent; false when an earlier removal already took it (or an ancestor) away. */
  static boolean detach(Node e) {
    Node parent = e.getParentNode();
    if (parent == null || !isAttached(e)) {
      return false;
    }
    parent.removeChild(e);
    return true;
  }

  /** Replaces {@code e} by its children: {@code <w:ins><w:r/></w:ins>} becomes {@code <w:r/>}. */
  static void unwrap(Element e) {
    Node parent = e.getParentNode();
    if (parent == null) {
      return;
    }
    while (e.getFirstChild() != null) {
      parent.insertBefore(e.getFirstChild(), e);
    }
    parent.removeChild(e);
  }

  static boolean is(Node n, String ns, String local) {
    return n != null && n.getNodeType() == Node.ELEMENT_NODE && ns.equals(n.getNamespaceURI())
        && local.equals(n.getLocalName());
  }

  static boolean hasChild(Element e, String ns, String local) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (is(c, ns, local)) {
        return true;
      }
    }
    return false;
  }

  /** A WordprocessingML on/off property: absent {@code w:val}, or anything but 0/false/off, is on. */
  static boolean isOn(Element toggle) {
    String v = toggle.getAttributeNS(Ooxml.W, "val");
    return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
  }

  private static boolean isAttached(Node n) {
    Node p = n;
    while (p.getParentNode() != null) {
      p = p.getParentNode();
    }
    return p.getNodeType() == Node.DOCUMENT_NODE;
  }
}
