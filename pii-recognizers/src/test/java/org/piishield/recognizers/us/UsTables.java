package org.piishield.recognizers.us;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.engine.PiiEngine;

/** Shared assertions for the recognizer tables: exactly one span, or nothing, at the default threshold. */
final class UsTables {

  private UsTables() {}

  /** An engine with only {@code recognizer} and the default threshold (0.4). */
  static PiiEngine engine(Recognizer recognizer) {
    return PiiEngine.newBuilder().recognizers(List.of(recognizer)).build();
  }

  /** An engine with only {@code recognizer} that reports every candidate (threshold 0). */
  static PiiEngine allCandidates(Recognizer recognizer) {
    return PiiEngine.newBuilder().recognizers(List.of(recognizer)).scoreThreshold(0).build();
  }

  /** Table rows write a line break as a literal backslash-n. */
  static String unescape(String row) {
    return row.replace("\\n", "\n");
  }

  static Detection assertOneSpan(PiiEngine engine, String row, int start, int end, EntityType type) {
    String text = unescape(row);
    List<Detection> found = engine.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    Detection d = found.get(0);
    assertEquals(start, d.start(), () -> "start in '" + text + "': " + d);
    assertEquals(end, d.end(), () -> "end in '" + text + "': " + d);
    assertEquals(type, d.type(), () -> "type in '" + text + "': " + d);
    return d;
  }

  static void assertNothing(PiiEngine engine, String row) {
    String text = unescape(row);
    assertEquals(List.of(), engine.detect(text), () -> "in '" + text + "'");
  }
}
