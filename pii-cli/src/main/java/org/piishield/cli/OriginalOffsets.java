package org.piishield.cli;

import java.util.ArrayList;
import java.util.List;
import org.piishield.detect.Detection;
import org.piishield.extract.ExtractedText;
import org.piishield.text.OffsetMap;

/**
 * Moves detections from the extracted text into the document as read, so every offset the command line
 * prints or logs points into the original file. For {@code <p>Mail <b>ana@example.org</b></p>} the extracted
 * text is {@code Mail ana@example.org}; the e-mail at {@code [5, 20)} there is at {@code [11, 26)} in the
 * markup. The map is monotonic, so sorted, non-overlapping input stays sorted and non-overlapping.
 */
final class OriginalOffsets {

  private OriginalOffsets() {}

  static List<Detection> map(List<Detection> found, ExtractedText doc) {
    OffsetMap map = doc.offsets();
    List<Detection> out = new ArrayList<>(found.size());
    for (Detection d : found) {
      int start = map.toOriginal(d.start());
      int end = map.toOriginalEnd(d.end());
      out.add(start == d.start() && end == d.end() ? d
          : new Detection(start, end, d.type(), d.score(), d.recognizer(), d.explanation()));
    }
    return out;
  }
}
