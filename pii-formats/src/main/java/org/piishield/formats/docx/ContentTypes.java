package org.piishield.formats.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.piishield.extract.ExtractionException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code [Content_Types].xml} of a package: the content type of each part (its {@code Override}, else the
 * {@code Default} of its extension). {@code contentType("word/document.xml")} gives e.g.
 * {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml}. Not thread-safe.
 */
final class ContentTypes {

  static final String PREFIX = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  static final String MAIN = PREFIX + "document.main+xml";
  static final String HEADER = PREFIX + "header+xml";
  static final String FOOTER = PREFIX + "footer+xml";
  static final String FOOTNOTES = PREFIX + "footnotes+xml";
  static final String ENDNOTES = PREFIX + "endnotes+xml";
  static final String SETTINGS = PREFIX + "settings+xml";
  static final String STYLES = PREFIX + "styles+xml";

  private final Document doc;
  private final Map<String, Element> overrides = new HashMap<>();
  private final Map<String, String> defaults = new HashMap<>();

  ContentTypes(Document doc) {
    this.doc = doc;
    NodeList o = doc.getElementsByTagNameNS(Ooxml.CONTENT_TYPES, "Override");
    for (int i = 0; i < o.getLength(); i++) {
      Element e = (Element) o.item(i);
      overrides.put(stripSlash(e.getAttribute("PartName")), e);
    }
    NodeList d = doc.getElementsByTagNameNS(Ooxml.CONTENT_TYPES, "Default");
    for (int i = 0; i < d.getLength(); i++) {
      Element e = (Element) d.item(i);
      defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
    }
  }

  static ContentTypes of(OfficePackage pkg) throws ExtractionException {
    return new ContentTypes(SafeXml.parse(pkg.part(Ooxml.CONTENT_TYPES_PART), Ooxml.CONTENT_TYPES_PART));
  }

  /** The content type of {@code part} (no leading slash), or "" when none is declared. */
  String contentType(String part) {
    Element e = overrides.get(part);
    if (e != null) {
      return e.getAttribute("ContentType");
    }
    int dot = part.lastIndexOf('.');
    return dot < 0 ? "" : defaults.getOrDefault(part.substring(dot + 1).toLowerCase(Locale.ROOT), "");
  }

  /** The parts among {@code names} of the given type, in the order given. */
  List<String> partsOfType(Iterable<String> names, String type) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (type.equals(contentType(n))) {
        out.add(n);
      }
    }
    return out;
  }

  void removeOverride(String part) {
    Element e = overrides.remove(part);
    if (e != null) {
      e.getParentNode().removeChild(e);
    }
  }

  byte[] write() throws ExtractionException {
    return SafeXml.write(doc);
  }

  private static String stripSlash(String s) {
    return s.startsWith("/") ? s.substring(1) : s;
  }
}
