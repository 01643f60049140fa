package org.piishield.formats.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Structure checks on a redacted Word package: what can hide or identify content even when the visible text is
 * clean. Each check has a stable name and passes with no residues (residues name parts and element names, never
 * content):
 *
 * <ul>
 *   <li>{@code comments}: no comments part ({@code word/comments*.xml}), no people part, no comment anchors;
 *   <li>{@code tracked-changes}: no {@code w:del}, {@code w:ins}, {@code w:moveFrom}, {@code w:moveTo},
 *       {@code w:delText} anywhere;
 *   <li>{@code hidden-text}: no {@code w:vanish} or {@code w:specVanish} anywhere (styles included);
 *   <li>{@code custom-xml}: no {@code customXml/} part, no {@code w:customXml} element, no custom properties;
 *   <li>{@code properties}: core properties, if present, name no creator, last modifier, title, subject,
 *       keywords, description, category, status or identifier (language, revision and dates may stay); extended
 *       properties name no company, manager, template or hyperlink base;
 *   <li>{@code extras}: no macros ({@code vbaProject.bin}), embedded objects or ActiveX controls (packages of their
 *       own that are neither redacted nor read), glossary document, thumbnail or document variables.
 * </ul>
 */
final class DocxStructureCheck {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Set<String> COMMENT_ANCHORS = Set.of("commentRangeStart", "commentRangeEnd",
      "commentReference");
  private static final Set<String> REVISION_ELEMENTS = Set.of("del", "ins", "moveFrom", "moveTo", "delText");
  private static final Set<String> CORE_IDENTIFYING = Set.of("creator", "lastModifiedBy", "title", "subject",
      "keywords", "description", "category", "contentStatus", "identifier");
  private static final Set<String> APP_IDENTIFYING = Set.of("Company", "Manager", "Template", "HyperlinkBase");

  private final Set<String> comments = new TreeSet<>();
  private final Set<String> revisions = new TreeSet<>();
  private final Set<String> hidden = new TreeSet<>();
  private final Set<String> customXml = new TreeSet<>();
  private final Set<String> properties = new TreeSet<>();
  private final Set<String> extras = new TreeSet<>();

  private DocxStructureCheck() {}

  static List<CheckResult> run(Map<String, XmlPartText> xmlParts, Set<String> allParts) {
    DocxStructureCheck c = new DocxStructureCheck();
    for (String name : allParts) {
      c.partName(name);
    }
    for (Map.Entry<String, XmlPartText> e : xmlParts.entrySet()) {
      c.elements(e.getKey(), e.getValue());
    }
    List<CheckResult> out = new ArrayList<>();
    out.add(CheckResult.of("comments", List.copyOf(c.comments)));
    out.add(CheckResult.of("tracked-changes", List.copyOf(c.revisions)));
    out.add(CheckResult.of("hidden-text", List.copyOf(c.hidden)));
    out.add(CheckResult.of("custom-xml", List.copyOf(c.customXml)));
    out.add(CheckResult.of("properties", List.copyOf(c.properties)));
    out.add(CheckResult.of("extras", List.copyOf(c.extras)));
    return out;
  }

  private void partName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String file = n.substring(n.lastIndexOf('/') + 1);
    if (file.startsWith("comments") && file.endsWith(".xml")) {
      comments.add("has a comments part " + name);
    }
    if (file.equals("people.xml")) {
      comments.add("has a people part (authors) " + name);
    }
    if (n.startsWith("customxml/")) {
      customXml.add("has a custom XML part " + name);
    }
    if (n.equals("docprops/custom.xml")) {
      customXml.add("has custom document properties " + name);
    }
    if (file.equals("vbaproject.bin")) {
      extras.add("has macros " + name);
    }
    if (n.contains("/glossary/")) {
      extras.add("has a glossary document part " + name);
    }
    if (n.contains("/embeddings/") || n.contains("/activex/")) {
      // an embedded workbook or document is a package of its own, neither redacted nor read here
      extras.add("has an embedded object " + name);
    }
    if (n.startsWith("docprops/thumbnail")) {
      extras.add("has a thumbnail " + name);
    }
  }

  private void elements(String part, XmlPartText xml) {
    String n = part.toLowerCase(Locale.ROOT);
    for (XmlPartText.Element e : xml.elements()) {
      if (W.equals(e.ns())) {
        String l = e.local();
        if (REVISION_ELEMENTS.contains(l)) {
          revisions.add("tracked change w:" + l + " in " + part);
        } else if (l.equals("vanish") || l.equals("specVanish")) {
          hidden.add("hidden text (w:" + l + ") in " + part);
        } else if (COMMENT_ANCHORS.contains(l)) {
          comments.add("comment anchor w:" + l + " in " + part);
        } else if (l.equals("customXml")) {
          customXml.add("custom XML element in " + part);
        } else if (l.equals("docVars")) {
          extras.add("document variables in " + part);
        }
      }
      if (n.equals("docprops/core.xml") && CORE_IDENTIFYING.contains(e.local()) && !e.ownText().isEmpty()) {
        properties.add("core property " + e.local() + " is set");
      }
      if (n.equals("docprops/app.xml") && APP_IDENTIFYING.contains(e.local()) && !e.ownText().isEmpty()) {
        properties.add("extended property " + e.local() + " is set");
      }
    }
  }
}
