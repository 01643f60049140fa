package org.piishield.formats.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.WithheldSpan;
import org.w3c.dom.Document;

/**
 * A Word package loaded, scrubbed ({@link PackageScrub}) and with its story parts cleaned ({@link StoryCleaner})
 * and read ({@link StoryText}), ready to take withheld spans and be written.
 *
 * <ol>
 *   <li>{@link #load}: read the zip, refuse macros and Strict Open XML, scrub the package, clean and read the story
 *       parts: the main document, then headers, footers, footnotes and endnotes (each kind in part-name order);
 *   <li>{@link #text()}: the text those parts read as;
 *   <li>{@link #redact}: replace the spans in the parts' nodes;
 *   <li>{@link #write}: write the edited parts into a fresh zip at the target.
 * </ol>
 *
 * Loading the same file twice gives the same text. Not thread-safe; use once.
 */
final class DocxModel {

  private static final List<String> STORY_TYPES = List.of(ContentTypes.MAIN, ContentTypes.HEADER,
      ContentTypes.FOOTER, ContentTypes.FOOTNOTES, ContentTypes.ENDNOTES);

  private final OfficePackage pkg;
  private final Map<String, Document> edited;
  private final StoryText text;

  private DocxModel(OfficePackage pkg, Map<String, Document> edited, StoryText text) {
    this.pkg = pkg;
    this.edited = edited;
    this.text = text;
  }

  static DocxModel load(Path file, long maxBytes) throws IOException, ExtractionException {
    OfficePackage pkg = OfficePackage.read(file, maxBytes);
    ContentTypes types = ContentTypes.of(pkg);
    PackageScrub.refuseMacros(pkg, types);
    if (types.partsOfType(pkg.names(), ContentTypes.MAIN).isEmpty()) {
      throw new ExtractionException("not a Word document (no main document part; templates and Strict Open XML"
          + " are not supported)");
    }
    PackageScrub.run(pkg, types);
    Map<String, Document> edited = new LinkedHashMap<>();
    StoryText text = new StoryText();
    for (String type : STORY_TYPES) {
      List<String> parts = new ArrayList<>(types.partsOfType(pkg.names(), type));
      parts.sort(null);
      for (String part : parts) {
        Document story = SafeXml.parse(pkg.part(part), part);
        if (!Ooxml.W.equals(story.getDocumentElement().getNamespaceURI())) {
          throw new ExtractionException("part " + part + " is not transitional WordprocessingML (Strict Open XML"
              + " is not supported; save as a Word document)");
        }
        StoryCleaner.clean(story);
        edited.put(part, story);
        String relsName = PartNames.relsOf(part);
        Document rels = null;
        if (pkg.has(relsName)) {
          rels = SafeXml.parse(pkg.part(relsName), relsName);
          edited.put(relsName, rels);
        }
        text.addPart(story, rels);
      }
    }
    return new DocxModel(pkg, edited, text);
  }

  String text() {
    return text.text();
  }

  void redact(List<WithheldSpan> spans) {
    String t = text.text();
    SlotEditor.apply(text.slots(), spans, t.length());
  }

  void write(Path target) throws IOException, ExtractionException {
    for (Map.Entry<String, Document> e : edited.entrySet()) {
      pkg.put(e.getKey(), SafeXml.write(e.getValue()));
    }
    pkg.write(target);
  }
}
