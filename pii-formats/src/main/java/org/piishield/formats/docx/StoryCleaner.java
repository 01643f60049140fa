package org.piishield.formats.docx;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Removes from one story part (body, header, footer, footnotes, endnotes) everything that is not the visible,
 * final text, before that text is read, so that what is withheld and what is written agree:
 *
 * <ol>
 *   <li>tracked changes are accepted: insertions and move destinations are kept as plain content, deletions and
 *       move sources (with their text) are removed, a deleted table row goes, formatting-change records go;
 *   <li>comment anchors and comment-reference runs are removed (the comments parts go in {@link PackageScrub});
 *   <li>hidden text is removed: every run whose own properties carry {@code w:vanish} goes with its text, and
 *       every other {@code w:vanish}/{@code w:specVanish} (paragraph marks) is dropped;
 *   <li>a markup-compatibility {@code mc:Fallback} is removed where its {@code mc:Choice} is present (Word writes
 *       text boxes twice, as DrawingML and as a VML fallback; one copy is kept and redacted);
 *   <li>custom XML and smart-tag wrappers are unwrapped (their content kept, their properties dropped),
 *       data bindings to custom XML are dropped;
 *   <li>alternative text of pictures, shapes and tables ({@code descr}, {@code title}, {@code alt},
 *       {@code w:tblCaption}, {@code w:tblDescription}) is dropped.
 * </ol>
 *
 * So {@code <w:p><w:ins><w:r><w:t>new</w:t></w:r></w:ins><w:del><w:r><w:delText>old</w:delText></w:r></w:del></w:p>}
 * becomes {@code <w:p><w:r><w:t>new</w:t></w:r></w:p>}. Hidden and deleted text is thus withheld whole, by
 * removal, and is not part of the document's text.
 */
final class StoryCleaner {

  private static final List<String> REMOVED = List.of("del", "moveFrom", "delText", "delInstrText",
      "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "rPrChange", "pPrChange",
      "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblPrExChange", "tblGridChange",
      "numberingChange", "cellIns", "cellDel", "cellMerge", "commentRangeStart", "commentRangeEnd",
      "customXmlPr", "smartTagPr", "dataBinding", "tblCaption", "tblDescription",
      "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
      "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
      "customXmlMoveToRangeEnd");

  private StoryCleaner() {}

  static void clean(Document doc) {
    Map<String, List<Element>> w = Dom.index(doc, Ooxml.W);
    for (Element del : w.getOrDefault("del", List.of())) {
      Node trPr = del.getParentNode();
      if (Dom.is(trPr, Ooxml.W, "trPr")) {
        Dom.detach(trPr.getParentNode()); // a deleted table row
      }
    }
    for (String local : REMOVED) {
      w.getOrDefault(local, List.of()).forEach(Dom::detach);
    }
    for (String local : List.of("ins", "moveTo")) {
      for (Element e : w.getOrDefault(local, List.of())) {
        Node parent = e.getParentNode();
        if (Dom.is(parent, Ooxml.W, "rPr") || Dom.is(parent, Ooxml.W, "trPr")) {
          Dom.detach(e); // a marker on a paragraph mark or row, not a container
        } else {
          Dom.unwrap(e);
        }
      }
    }
    for (Element ref : w.getOrDefault("commentReference", List.of())) {
      Node run = ref.getParentNode();
      Dom.detach(Dom.is(run, Ooxml.W, "r") ? run : ref);
    }
    removeHiddenRuns(w);
    for (Element fallback : Dom.elements(doc, Ooxml.MC, "Fallback")) {
      if (Dom.hasChild((Element) fallback.getParentNode(), Ooxml.MC, "Choice")) {
        Dom.detach(fallback);
      }
    }
    for (String local : List.of("customXml", "smartTag")) {
      for (Element e : w.getOrDefault(local, List.of())) {
        Dom.unwrap(e);
      }
    }
    dropAltText(doc.getDocumentElement());
  }

  private static void removeHiddenRuns(Map<String, List<Element>> w) {
    for (Element vanish : w.getOrDefault("vanish", List.of())) {
      Node rPr = vanish.getParentNode();
      Node run = rPr == null ? null : rPr.getParentNode();
      boolean runProps = Dom.is(rPr, Ooxml.W, "rPr")
          && (Dom.is(run, Ooxml.W, "r") || Dom.is(run, Ooxml.MATH, "r"));
      Dom.detach(runProps && Dom.isOn(vanish) ? run : vanish);
    }
    w.getOrDefault("specVanish", List.of()).forEach(Dom::detach);
  }

  private static void dropAltText(Element e) {
    String local = e.getLocalName();
    if ("docPr".equals(local) || "cNvPr".equals(local)) {
      e.removeAttribute("descr");
      e.removeAttribute("title");
    }
    if (Ooxml.VML.equals(e.getNamespaceURI())) {
      e.removeAttribute("alt");
      e.removeAttribute("title");
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = attrs.getLength() - 1; i >= 0; i--) {
      Attr a = (Attr) attrs.item(i);
      // o:title on VML image data names the original picture file
      if ("title".equals(a.getLocalName()) && "urn:schemas-microsoft-com:office:office".equals(a.getNamespaceURI())) {
        e.removeAttributeNode(a);
      }
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.ELEMENT_NODE) {
        dropAltText((Element) c);
      }
    }
  }
}
