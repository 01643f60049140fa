package org.piishield.formats.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the text of cleaned story parts into one string and remembers, for every character that lives in the
 * file, the node it lives in ({@link TextSlot}).
 *
 * <p>Layout: every paragraph ({@code w:p}, in document order, including those in table cells, text boxes,
 * footnotes) gives its text and {@code '\n'}; a paragraph's nested paragraphs (a text box anchored in it) follow
 * it. {@code w:tab} reads as {@code '\t'}, {@code w:br}/{@code w:cr} as {@code '\n'}, {@code w:noBreakHyphen} as
 * {@code '-'}: those characters are not in any slot and stay when a span covers them. Field instructions
 * ({@code w:instrText}, {@code w:fldSimple/@w:instr}) are read where they stand. After each part's paragraphs
 * come its external relationship targets (hyperlinks), one a line, then one more {@code '\n'}.
 *
 * <p>{@code <w:p><w:r><w:t>Call </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Ana</w:t></w:r></w:p>} reads as
 * {@code "Call Ana\n\n"} with slots {@code [0,5)} and {@code [5,8)}. Not thread-safe.
 */
final class StoryText {

  private final StringBuilder text = new StringBuilder();
  private final List<TextSlot> slots = new ArrayList<>();

  /** Appends one story part; {@code rels} is its relationships part, or null. */
  void addPart(Document story, Document rels) {
    Set<Node> seen = new HashSet<>();
    for (Element p : Dom.elements(story, Ooxml.W, "p")) {
      walk(p, seen);
      text.append('\n');
    }
    boolean stray = false;
    for (String[] kind : new String[][] {{Ooxml.W, "t"}, {Ooxml.W, "instrText"}, {Ooxml.MATH, "t"}}) {
      for (Element t : Dom.elements(story, kind[0], kind[1])) {
        if (!seen.contains(t)) {
          slot(t, false); // text outside any paragraph (not written by Word, but possible): still read
          stray = true;
        }
      }
    }
    if (stray) {
      text.append('\n');
    }
    if (rels != null) {
      for (Element rel : Relationships.all(rels)) {
        if (Relationships.isExternal(rel)) {
          slot(rel.getAttributeNode("Target"), true);
          text.append('\n');
        }
      }
    }
    text.append('\n');
  }

  String text() {
    return text.toString();
  }

  List<TextSlot> slots() {
    return slots;
  }

  private void walk(Element e, Set<Node> seen) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      Element el = (Element) c;
      String ns = el.getNamespaceURI();
      String local = el.getLocalName();
      if (Ooxml.W.equals(ns)) {
        switch (local) {
          case "p" -> { } // a nested paragraph (text box) is read after this one
          case "t", "instrText" -> {
            slot(el, false);
            seen.add(el);
          }
          case "tab", "ptab" -> text.append('\t');
          case "br", "cr" -> text.append('\n');
          case "noBreakHyphen" -> text.append('-');
          case "fldSimple" -> {
            Attr instr = el.getAttributeNodeNS(Ooxml.W, "instr");
            if (instr != null) {
              slot(instr, false);
            }
            walk(el, seen);
          }
          default -> walk(el, seen);
        }
      } else if (Ooxml.MATH.equals(ns) && "t".equals(local)) {
        slot(el, false);
        seen.add(el);
      } else {
        walk(el, seen);
      }
    }
  }

  private void slot(Node node, boolean uri) {
    String value = node.getTextContent();
    if (value.isEmpty()) {
      return;
    }
    slots.add(new TextSlot(node, text.length(), value.length(), uri));
    text.append(value);
  }
}
