package org.piishield.formats.docx;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Part-name arithmetic of Office packages: the relationships part of a part and the part a relative target
 * names. {@code relsOf("word/document.xml")} is {@code "word/_rels/document.xml.rels"};
 * {@code resolve("word/_rels/document.xml.rels", "../customXml/item1.xml")} is {@code "customXml/item1.xml"}.
 */
final class PartNames {

  private PartNames() {}

  static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** Whether {@code name} is a relationships part ({@code .../_rels/x.rels}). */
  static boolean isRels(String name) {
    return name.endsWith(".rels") && (name.startsWith("_rels/") || name.contains("/_rels/"));
  }

  /** The part a relationship in {@code relsPart} with the internal {@code target} points at. */
  static String resolve(String relsPart, String target) {
    String base;
    if (target.startsWith("/")) {
      base = "";
      target = target.substring(1);
    } else {
      // "word/_rels/document.xml.rels" -> source folder "word/"
      int r = relsPart.lastIndexOf("_rels/");
      base = relsPart.substring(0, r);
    }
    Deque<String> out = new ArrayDeque<>();
    for (String seg : (base + target).split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        out.pollLast();
      } else {
        out.addLast(seg);
      }
    }
    return String.join("/", out);
  }
}
