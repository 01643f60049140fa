package org.piishield.formats.pdf.redact;

import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Private resource dictionaries for the streams being redacted. A page (or a redacted form copy) gets its own
 * shallow copy, so adding redacted XObjects and pruning the originals never touches resources that other pages or
 * forms share (resources are often inherited from the page tree, or one dictionary serves every page).
 */
final class ResourceCopies {
  private ResourceCopies() {}

  /**
   * A shallow copy of {@code resources} (a new dictionary, and a new XObject sub-dictionary) sharing the fonts,
   * images and forms themselves; an empty one for null. Fonts are cached through the document's resource cache.
   */
  static PDResources privateCopy(PDResources resources, PDDocument document) {
    COSDictionary copy = resources == null ? new COSDictionary() : new COSDictionary(resources.getCOSObject());
    if (copy.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
      copy.setItem(COSName.XOBJECT, new COSDictionary(xobjects));
    }
    return new PDResources(copy, document.getResourceCache());
  }

  /** Removes the XObject entries no {@code Do} of the stream that owns {@code resources} names any more. */
  static void prune(PDResources resources, Set<COSName> used) {
    if (resources.getCOSObject().getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
      for (COSName key : List.copyOf(xobjects.keySet())) {
        if (!used.contains(key)) {
          xobjects.removeItem(key);
        }
      }
    }
  }
}
