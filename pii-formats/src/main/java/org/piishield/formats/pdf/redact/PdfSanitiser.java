package org.piishield.formats.pdf.redact;

import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Removes from a document everything that can carry withheld text outside the page content, or run code.
 *
 * <ol>
 *   <li>Info dictionary: replaced by one holding only {@code /Producer (PII Shield)}.</li>
 *   <li>Catalog: XMP metadata, OpenAction and AA, the AcroForm (what {@link FormFlattener} left: fields are
 *       removed with their values, and their appearances go with their widget annotations), outlines, page labels,
 *       optional content (OCProperties: every layer becomes plain content, so nothing stays hidden), the structure
 *       tree and MarkInfo (its /Alt, /ActualText and /E may spell out withheld text; dropping it loses tagging),
 *       threads,
 *       collections, associated files, named destinations and the whole Names tree (JavaScript, EmbeddedFiles;
 *       kept links only use explicit destinations, and destination names are free text).</li>
 *   <li>Annotations: all but links are removed (file attachments, notes, widgets, pop-ups, with their appearance
 *       streams). A link is kept, rebuilt with only its rectangle, a zero border and a URI action or an explicit
 *       destination array, when {@link RedactionOptions#keepLinks()}, its rectangle touches no area and its URI
 *       holds no withheld value ({@link WithheldUris}: {@code mailto:}, {@code tel:}, query strings).</li>
 *   <li>Every object reachable from the catalog loses {@code /Metadata}, {@code /PieceInfo}, {@code /AA},
 *       {@code /AF}, {@code /ActualText}, {@code /Alt}, {@code /OC} and {@code /Thumb}; pages also lose
 *       {@code /StructParents} and article beads ({@code /B}).</li>
 *   <li>The trailer keeps only /Root, /Info and /ID, so a full save writes no earlier revision.</li>
 * </ol>
 */
final class PdfSanitiser {
  static final String PRODUCER = "PII Shield";

  private static final List<COSName> CATALOG_KEYS = List.of(COSName.OPEN_ACTION, COSName.AA, COSName.OCPROPERTIES,
      COSName.PAGE_LABELS, COSName.STRUCT_TREE_ROOT, COSName.MARK_INFO, COSName.getPDFName("Threads"),
      COSName.getPDFName("Collection"), COSName.getPDFName("SpiderInfo"), COSName.PERMS,
      COSName.getPDFName("Legal"), COSName.URI, COSName.PAGE_MODE, COSName.getPDFName("DPartRoot"), COSName.DESTS);
  private static final List<COSName> ANYWHERE_KEYS = List.of(COSName.PIECE_INFO, COSName.AA, COSName.AF,
      COSName.ACTUAL_TEXT, COSName.ALT, COSName.OC, COSName.THUMB);

  private int infoEntries;
  private int metadata;
  private int annotations;
  private int links;
  private int fields;
  private int embeddedFiles;
  private int scripts;
  private boolean outline;
  private int keys;
  private final WithheldUris withheld;

  PdfSanitiser(WithheldUris withheld) {
    this.withheld = withheld;
  }

  /** Sanitises {@code document} in place; {@code areasByPage} decides which links are kept. */
  SanitiseReport sanitise(PDDocument document, Map<Integer, PageAreas> areasByPage, RedactionOptions options,
      int formFieldsFlattened, int annotationsFlattened) {
    COSDictionary trailer = document.getDocument().getTrailer();
    if (trailer.getDictionaryObject(COSName.INFO) instanceof COSDictionary info) {
      infoEntries = info.size();
    }
    PDDocumentInformation fresh = new PDDocumentInformation();
    fresh.setProducer(PRODUCER);
    document.setDocumentInformation(fresh);
    for (COSName key : List.copyOf(trailer.keySet())) {
      if (!key.equals(COSName.ROOT) && !key.equals(COSName.INFO) && !key.equals(COSName.ID)) {
        trailer.removeItem(key);
      }
    }
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    sanitiseCatalog(catalog);
    int index = 0;
    for (PDPage page : document.getPages()) {
      sanitisePage(page, areasByPage.get(index++), options);
    }
    scrubGraph(catalog);
    return new SanitiseReport(infoEntries, metadata, annotationsFlattened, annotations, links, formFieldsFlattened,
        fields, embeddedFiles, scripts, outline, keys);
  }

  private void sanitiseCatalog(COSDictionary catalog) {
    if (catalog.containsKey(COSName.METADATA)) {
      catalog.removeItem(COSName.METADATA);
      metadata++;
    }
    if (catalog.containsKey(COSName.OUTLINES)) {
      catalog.removeItem(COSName.OUTLINES);
      outline = true;
    }
    if (catalog.getDictionaryObject(COSName.ACRO_FORM) instanceof COSDictionary form
        && form.getDictionaryObject(COSName.FIELDS) instanceof COSArray list) {
      fields = list.size();
    }
    catalog.removeItem(COSName.ACRO_FORM);
    for (COSName key : CATALOG_KEYS) {
      if (catalog.containsKey(key)) {
        catalog.removeItem(key);
        keys++;
      }
    }
    if (catalog.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names) {
      scripts = countNameTree(names.getDictionaryObject(COSName.JAVA_SCRIPT), 0);
      embeddedFiles = countNameTree(names.getDictionaryObject(COSName.EMBEDDED_FILES), 0);
      keys += names.size() - (names.containsKey(COSName.JAVA_SCRIPT) ? 1 : 0)
          - (names.containsKey(COSName.EMBEDDED_FILES) ? 1 : 0);
      catalog.removeItem(COSName.NAMES);
    }
  }

  private void sanitisePage(PDPage page, PageAreas areas, RedactionOptions options) {
    COSDictionary dict = page.getCOSObject();
    for (COSName key : List.of(COSName.STRUCT_PARENTS, COSName.B)) {
      if (dict.containsKey(key)) {
        dict.removeItem(key);
        keys++;
      }
    }
    if (!(dict.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots)) {
      dict.removeItem(COSName.ANNOTS);
      return;
    }
    COSArray kept = new COSArray();
    for (int i = 0; i < annots.size(); i++) {
      COSDictionary link = annots.getObject(i) instanceof COSDictionary a && options.keepLinks()
          ? strippedLink(a, areas, withheld) : null;
      if (link != null) {
        kept.add(link);
        links++;
      } else {
        annotations++;
      }
    }
    if (kept.size() == 0) {
      dict.removeItem(COSName.ANNOTS);
    } else {
      dict.setItem(COSName.ANNOTS, kept);
    }
  }

  /** A new link annotation with only rectangle, border and URI or explicit destination; null to drop it. */
  private static COSDictionary strippedLink(COSDictionary annot, PageAreas areas, WithheldUris withheld) {
    if (!COSName.LINK.equals(annot.getCOSName(COSName.SUBTYPE))
        || !(annot.getDictionaryObject(COSName.RECT) instanceof COSArray rectArray) || rectArray.size() < 4) {
      return null;
    }
    PDRectangle rect = new PDRectangle(rectArray);
    if (areas != null && areas.hitsBounds(new Rectangle2D.Float(rect.getLowerLeftX(),
        rect.getLowerLeftY(), rect.getWidth(), rect.getHeight()))) {
      return null;
    }
    COSDictionary out = new COSDictionary();
    out.setItem(COSName.TYPE, COSName.ANNOT);
    out.setItem(COSName.SUBTYPE, COSName.LINK);
    out.setItem(COSName.RECT, rect.getCOSArray());
    COSArray border = new COSArray();
    border.add(COSInteger.ZERO);
    border.add(COSInteger.ZERO);
    border.add(COSInteger.ZERO);
    out.setItem(COSName.BORDER, border);
    if (annot.getDictionaryObject(COSName.A) instanceof COSDictionary action
        && COSName.URI.equals(action.getCOSName(COSName.S)) && action.getDictionaryObject(COSName.URI) != null) {
      if (!(action.getDictionaryObject(COSName.URI) instanceof COSString uriString)
          || withheld.holdsWithheld(uriString.getString())) {
        return null;
      }
      COSDictionary uri = new COSDictionary();
      uri.setItem(COSName.S, COSName.URI);
      uri.setItem(COSName.URI, action.getDictionaryObject(COSName.URI));
      out.setItem(COSName.A, uri);
      return out;
    }
    if (annot.getDictionaryObject(COSName.DEST) instanceof COSArray) {
      out.setItem(COSName.DEST, annot.getItem(COSName.DEST));
      return out;
    }
    return null;
  }

  private static int countNameTree(COSBase node, int depth) {
    if (!(node instanceof COSDictionary dict) || depth > 32) {
      return 0;
    }
    int count = dict.getDictionaryObject(COSName.NAMES) instanceof COSArray names ? names.size() / 2 : 0;
    if (dict.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
      for (int i = 0; i < kids.size(); i++) {
        count += countNameTree(kids.getObject(i), depth + 1);
      }
    }
    return count;
  }

  /** Removes {@link #ANYWHERE_KEYS} and /Metadata from every dictionary and stream reachable from the catalog. */
  private void scrubGraph(COSDictionary catalog) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> todo = new ArrayDeque<>();
    todo.push(catalog);
    while (!todo.isEmpty()) {
      COSBase next = todo.pop();
      if (next instanceof COSObject ref) {
        next = ref.getObject();
      }
      if (next == null || !seen.add(next)) {
        continue;
      }
      if (next instanceof COSDictionary dict) {
        if (dict.containsKey(COSName.METADATA)) {
          dict.removeItem(COSName.METADATA);
          metadata++;
        }
        for (COSName key : ANYWHERE_KEYS) {
          if (dict.containsKey(key)) {
            dict.removeItem(key);
            keys++;
          }
        }
        List<COSBase> values = new ArrayList<>(dict.getValues());
        for (COSBase value : values) {
          todo.push(value);
        }
        if (next instanceof COSStream) {
          continue; // stream data is page content or binary; content is handled by the rewriter
        }
      } else if (next instanceof COSArray array) {
        for (int i = 0; i < array.size(); i++) {
          todo.push(array.get(i));
        }
      }
    }
  }
}
