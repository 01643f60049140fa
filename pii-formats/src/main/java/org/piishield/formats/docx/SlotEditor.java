package org.piishield.formats.docx;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.piishield.formats.redact.WithheldSpan;
import org.w3c.dom.Element;

/**
 * Replaces the withheld characters of the document text in the nodes that hold them, in one forward pass over the
 * slots and the sorted spans. Each span's characters are removed from every slot they fall in; its label, in
 * brackets, is written once, where the span's first character was. Everything else in the slot stays, and the run
 * around each slot (its formatting) is not touched.
 *
 * <p>Text {@code "Call Ana Ruiz\n"} from slots {@code "Call An"} (plain) and {@code "a Ruiz"} (bold) with the span
 * {@code [5, 13)} labelled {@code (b)(6)} becomes slots {@code "Call [(b)(6)]"} and {@code ""}: the bold run is
 * kept, empty. Characters outside slots (tabs, breaks, paragraph ends) are never removed.
 */
final class SlotEditor {

  private SlotEditor() {}

  static void apply(List<TextSlot> slots, List<WithheldSpan> spans, int textLength) {
    List<WithheldSpan> sorted = new ArrayList<>(spans);
    for (WithheldSpan s : sorted) {
      if (s.start() < 0 || s.start() >= s.end() || s.end() > textLength) {
        throw new IllegalArgumentException("span [" + s.start() + ", " + s.end() + ") outside the text (length "
            + textLength + ")");
      }
    }
    sorted.sort(Comparator.comparingInt(WithheldSpan::start).thenComparingInt(WithheldSpan::end));
    boolean[] labelled = new boolean[sorted.size()];
    int first = 0; // first span that may still reach the current slot
    for (TextSlot slot : slots) {
      while (first < sorted.size() && sorted.get(first).end() <= slot.start()) {
        first++;
      }
      String value = slot.node().getTextContent();
      StringBuilder out = null;
      int pos = slot.start(); // next text offset of the slot not yet copied
      for (int i = first; i < sorted.size() && sorted.get(i).start() < slot.end(); i++) {
        WithheldSpan s = sorted.get(i);
        int a = Math.max(s.start(), slot.start());
        int b = Math.min(s.end(), slot.end());
        if (b <= pos) {
          continue; // overlapping spans: already removed by an earlier one
        }
        if (out == null) {
          out = new StringBuilder(value.length() + 16);
        }
        a = Math.max(a, pos);
        out.append(value, pos - slot.start(), a - slot.start());
        if (!labelled[i]) {
          out.append(slot.uri() ? encoded(s.label()) : "[" + s.label() + "]");
          labelled[i] = true;
        }
        pos = b;
      }
      if (out != null) {
        out.append(value, pos - slot.start(), value.length());
        slot.node().setTextContent(out.toString());
        if (slot.node() instanceof Element e && Ooxml.W.equals(e.getNamespaceURI())) {
          e.setAttributeNS(Ooxml.XML, "xml:space", "preserve"); // keep the spaces next to the label
        }
      }
    }
  }

  /** The label for a URI target: {@code (b)(6)} becomes {@code %5B%28b%29%286%29%5D}. */
  private static String encoded(String label) {
    return "%5B" + URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20") + "%5D";
  }
}
