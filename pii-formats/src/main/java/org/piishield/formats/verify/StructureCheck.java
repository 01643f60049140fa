package org.piishield.formats.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;

/**
 * Structure checks on a redacted PDF: things that can hide content or identify people even when the page text is
 * clean. Each check has a stable name and passes with no residues:
 *
 * <ul>
 *   <li>{@code single-revision}: exactly one {@code startxref} and one {@code %%EOF} in the bytes (an incremental
 *       update keeps the older revision, with its text, in the file);
 *   <li>{@code embedded-files}: no {@code /EmbeddedFiles}, {@code /EF} or {@code /Type /EmbeddedFile};
 *   <li>{@code scripts}: no {@code /JavaScript}, {@code /JS}, {@code /OpenAction} or {@code /AA};
 *   <li>{@code annotations}: no annotation other than {@code /Link};
 *   <li>{@code forms}: no {@code /AcroForm}; {@code layers}: no {@code /OCProperties} or {@code /OC};
 *       {@code outlines}: no {@code /Outlines};
 *   <li>{@code info}: the Info dictionary holds at most {@code /Producer};
 *   <li>{@code metadata}: no XMP {@code /Metadata} anywhere.
 * </ul>
 *
 * Every object in the cross-reference table is looked at, not only those reachable from the catalog.
 */
final class StructureCheck {

  private static final COSName EF = COSName.getPDFName("EF");
  private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
  private static final COSName JS = COSName.getPDFName("JS");

  private final List<String> embedded = new ArrayList<>();
  private final TreeSet<String> scripts = new TreeSet<>();
  private int annotations;
  private int forms;
  private int layers;
  private int outlines;
  private int metadata;

  private StructureCheck() {}

  static List<CheckResult> run(byte[] bytes, COSDocument doc) {
    StructureCheck c = new StructureCheck();
    for (Map.Entry<COSObjectKey, Long> e : doc.getXrefTable().entrySet()) {
      c.visit(doc.getObjectFromPool(e.getKey()).getObject(), 0);
    }
    c.visit(doc.getTrailer(), 0);
    List<CheckResult> out = new ArrayList<>();
    int revisions = Math.max(count(bytes, "startxref"), count(bytes, "%%EOF"));
    out.add(CheckResult.of("single-revision", revisions == 1 ? List.of()
        : List.of(revisions == 0 ? "has no startxref/%%EOF (damaged)"
            : "has an incremental update (" + revisions + " revisions)")));
    out.add(CheckResult.of("embedded-files", c.embedded.isEmpty() ? List.of()
        : List.of("has embedded files (" + c.embedded.size() + " entries: " + String.join(", ", new TreeSet<>(c.embedded)) + ")")));
    out.add(CheckResult.of("scripts", c.scripts.isEmpty() ? List.of()
        : List.of("has scripts or automatic actions (" + String.join(", ", c.scripts) + ")")));
    out.add(CheckResult.of("annotations", c.annotations == 0 ? List.of()
        : List.of("has " + c.annotations + " annotation(s) other than links")));
    out.add(CheckResult.of("forms", c.forms == 0 ? List.of() : List.of("has form fields (/AcroForm)")));
    out.add(CheckResult.of("layers", c.layers == 0 ? List.of()
        : List.of("has optional content (/OCProperties or /OC: hidden layers)")));
    out.add(CheckResult.of("outlines", c.outlines == 0 ? List.of() : List.of("has outlines (bookmarks)")));
    out.add(CheckResult.of("info", info(doc)));
    out.add(CheckResult.of("metadata", c.metadata == 0 ? List.of()
        : List.of("has XMP metadata (" + c.metadata + " /Metadata entries)")));
    return out;
  }

  private static List<String> info(COSDocument doc) {
    if (!(doc.getTrailer().getDictionaryObject(COSName.INFO) instanceof COSDictionary info)) {
      return List.of();
    }
    TreeSet<String> extra = new TreeSet<>();
    for (COSName key : info.keySet()) {
      if (!key.equals(COSName.PRODUCER)) {
        extra.add(key.getName());
      }
    }
    return extra.isEmpty() ? List.of() : List.of("document information has keys other than Producer: " + String.join(", ", extra));
  }

  /** Looks at direct objects only; indirect ones are each visited once from the xref. */
  private void visit(COSBase base, int depth) {
    if (base == null || base instanceof COSObject || depth > 64) {
      return;
    }
    if (base instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        visit(array.get(i), depth + 1);
      }
    } else if (base instanceof COSDictionary dict) {
      inspect(dict);
      for (COSBase v : dict.getValues()) {
        visit(v, depth + 1);
      }
    }
  }

  private void inspect(COSDictionary dict) {
    if (dict.containsKey(COSName.EMBEDDED_FILES)) {
      embedded.add("/EmbeddedFiles");
    }
    if (dict.containsKey(EF)) {
      embedded.add("/EF");
    }
    if (EMBEDDED_FILE.equals(dict.getCOSName(COSName.TYPE))) {
      embedded.add("/Type /EmbeddedFile");
    }
    for (COSName key : List.of(COSName.JAVA_SCRIPT, JS, COSName.OPEN_ACTION, COSName.AA)) {
      if (dict.containsKey(key)) {
        scripts.add("/" + key.getName());
      }
    }
    if (COSName.JAVA_SCRIPT.equals(dict.getCOSName(COSName.S))) {
      scripts.add("/S /JavaScript");
    }
    COSName subtype = dict.getCOSName(COSName.SUBTYPE);
    boolean annot = COSName.ANNOT.equals(dict.getCOSName(COSName.TYPE))
        || (dict.containsKey(COSName.RECT) && subtype != null && !dict.containsKey(COSName.BBOX));
    if (annot && !COSName.LINK.equals(subtype)) {
      annotations++;
    }
    if (dict.containsKey(COSName.ACRO_FORM)) {
      forms++;
    }
    if (dict.containsKey(COSName.OCPROPERTIES) || dict.containsKey(COSName.OC)) {
      layers++;
    }
    if (dict.containsKey(COSName.OUTLINES)) {
      outlines++;
    }
    if (dict.containsKey(COSName.METADATA)) {
      metadata++;
    }
  }

  private static int count(byte[] bytes, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
    int count = 0;
    outer:
    for (int i = 0; i + n.length <= bytes.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (bytes[i + j] != n[j]) {
          continue outer;
        }
      }
      count++;
    }
    return count;
  }
}
