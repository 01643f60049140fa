package org.piishield.formats.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.piishield.extract.ExtractionException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Package-level scrubbing of a Word document, before its text is read:
 *
 * <ol>
 *   <li>refuses macro-enabled packages (a {@code vbaProject.bin} or a macro-enabled content type): macros are code
 *       that can carry or fetch anything, and are not redacted;
 *   <li>removes the parts that hold no body content but can identify people or carry removed content: document
 *       properties ({@code docProps/}: core, app, custom, thumbnail), custom XML data ({@code customXml/}), the
 *       glossary document ({@code word/glossary/}), comments (with their extended, ids and extensible parts) and
 *       the people part (authors of comments and revisions);
 *   <li>drops every relationship that pointed at a removed part and every content-type override of one;
 *   <li>in the settings part drops document variables, the attached template's path (its relationship
 *       too) and revision tracking; in the styles part drops every {@code w:vanish}, so no style hides text.
 * </ol>
 *
 * Example: a package with {@code docProps/core.xml} (creator "A. Ruiz") and {@code word/comments.xml} comes out
 * without either part, {@code _rels/.rels} without the core-properties relationship and
 * {@code word/_rels/document.xml.rels} without the comments relationship.
 */
final class PackageScrub {

  private static final Set<String> REMOVED_TYPES = Set.of(
      ContentTypes.PREFIX + "comments+xml",
      ContentTypes.PREFIX + "commentsExtended+xml",
      ContentTypes.PREFIX + "commentsIds+xml",
      ContentTypes.PREFIX + "commentsExtensible+xml",
      ContentTypes.PREFIX + "people+xml",
      "application/vnd.ms-word.commentsExtended+xml",
      "application/vnd.ms-word.commentsIds+xml",
      "application/vnd.ms-word.commentsExtensible+xml",
      "application/vnd.ms-word.people+xml");

  private PackageScrub() {}

  static void refuseMacros(OfficePackage pkg, ContentTypes types) throws ExtractionException {
    for (String name : pkg.names()) {
      String type = types.contentType(name).toLowerCase(Locale.ROOT);
      if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin") || type.contains("macroenabled")
          || type.contains("vbaproject")) {
        throw new ExtractionException("macro-enabled document refused: macros are not redacted; save it as a"
            + " .docx without macros first");
      }
    }
  }

  static void run(OfficePackage pkg, ContentTypes types) throws ExtractionException {
    Set<String> removed = new HashSet<>();
    for (String name : List.copyOf(pkg.names())) {
      if (isRemoved(name, types.contentType(name))) {
        removed.add(name);
        pkg.remove(name);
        types.removeOverride(name);
        String rels = PartNames.relsOf(name);
        if (pkg.has(rels)) {
          removed.add(rels);
          pkg.remove(rels);
        }
      }
    }
    for (String settings : types.partsOfType(pkg.names(), ContentTypes.SETTINGS)) {
      scrubSettings(pkg, settings);
    }
    for (String name : List.copyOf(pkg.names())) {
      if (PartNames.isRels(name)) {
        dropRelationships(pkg, name, removed);
      }
    }
    for (String styles : types.partsOfType(pkg.names(), ContentTypes.STYLES)) {
      Document doc = SafeXml.parse(pkg.part(styles), styles);
      if (Dom.removeAll(doc, Ooxml.W, "vanish") > 0) {
        pkg.put(styles, SafeXml.write(doc));
      }
    }
    pkg.put(Ooxml.CONTENT_TYPES_PART, types.write());
  }

  private static boolean isRemoved(String name, String type) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("docprops/") || lower.startsWith("customxml/") || lower.startsWith("word/glossary/")
        || REMOVED_TYPES.contains(type);
  }

  /** Drops docVars, the attached template (and its relationship) and revision tracking. */
  private static void scrubSettings(OfficePackage pkg, String settings) throws ExtractionException {
    Document doc = SafeXml.parse(pkg.part(settings), settings);
    List<String> templateIds = new ArrayList<>();
    NodeList t = doc.getElementsByTagNameNS(Ooxml.W, "attachedTemplate");
    for (int i = 0; i < t.getLength(); i++) {
      templateIds.add(((Element) t.item(i)).getAttributeNS(Relationships.R, "id"));
    }
    int n = Dom.removeAll(doc, Ooxml.W, "docVars") + Dom.removeAll(doc, Ooxml.W, "attachedTemplate")
        + Dom.removeAll(doc, Ooxml.W, "trackRevisions");
    if (n > 0) {
      pkg.put(settings, SafeXml.write(doc));
    }
    String rels = PartNames.relsOf(settings);
    if (!templateIds.isEmpty() && pkg.has(rels)) {
      Document r = SafeXml.parse(pkg.part(rels), rels);
      for (Element rel : Relationships.all(r)) {
        if (templateIds.contains(rel.getAttribute("Id"))) {
          rel.getParentNode().removeChild(rel);
        }
      }
      pkg.put(rels, SafeXml.write(r));
    }
  }

  private static void dropRelationships(OfficePackage pkg, String relsName, Set<String> removed)
      throws ExtractionException {
    Document doc = SafeXml.parse(pkg.part(relsName), relsName);
    boolean changed = false;
    for (Element rel : Relationships.all(doc)) {
      if (!Relationships.isExternal(rel)
          && removed.contains(PartNames.resolve(relsName, rel.getAttribute("Target")))) {
        rel.getParentNode().removeChild(rel);
        changed = true;
      }
    }
    if (changed) {
      pkg.put(relsName, SafeXml.write(doc));
    }
  }
}
