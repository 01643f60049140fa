package org.piishield.formats.docx;

import org.w3c.dom.Node;

/**
 * A stretch of the document text that lives in one node of a part: the content of a {@code w:t},
 * {@code w:instrText} or {@code m:t} element, a field instruction attribute, or an external relationship target
 * ({@code uri}: replacements are percent-encoded there). {@code [start, start + length)} indexes the document text.
 *
 * <p>For {@code <w:r><w:t>Ana</w:t></w:r>} read at text offset 12: {@code TextSlot(t, 12, 3, false)}.
 */
record TextSlot(Node node, int start, int length, boolean uri) {

  int end() {
    return start + length;
  }
}
