package org.piishield.recognizers.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

class UrlRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new UrlRecognizer())).scoreThreshold(0).build();

  // positives: text | start | end  (example.org/.com are reserved by RFC 2606)
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "see https://www.example.com/a?b=1#c. | 4 | 35",
      "ftp://files.example.org | 0 | 23",
      "visit www.example.org, then | 6 | 21",
      "at example.org/path. | 3 | 19",
      "agency.gob.mx/tramites | 0 | 22",
      "(see https://example.org/a). | 5 | 26",
      "https://en.wikipedia.org/wiki/Foo_(bar) | 0 | 39",
      "http://192.168.1.1:8080/admin | 0 | 29",
      "HTTPS://EXAMPLE.ORG | 0 | 19",
      "<https://example.org/x> | 1 | 22",
      "'https://example.org' | 1 | 20",
      "**www.example.es/perfil** | 2 | 23",
      "https://es.example.org/wiki/Año! | 0 | 31",
      "http://user:pw@example.org/ | 0 | 27",
      "my-site.example.co.uk/~ana | 0 | 26",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.URL, found.get(0).type());
    assertEquals(start, found.get(0).start(), "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), "end in '" + text + "'");
  }

  // near misses: bare domains without a path, file names, e-mails, incomplete schemes
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "example.org",
      "bought it on Amazon.com today",
      "notes.txt/2",
      "ana@www.example.org",
      "ana@example.org/x",
      "http:// nothing",
      "http:/example.org",
      "www.example",
      "e.g./i.e.",
      "and/or",
      "3.5/10",
      "the .com/ bubble",
      "hello.world/x",
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_twoUrls_findsBoth() {
    List<Detection> found = ENGINE.detect("http://a.example.org/x, www.b.example.org.");
    assertEquals(2, found.size(), found::toString);
    assertEquals(0, found.get(0).start());
    assertEquals(22, found.get(0).end());
    assertEquals(24, found.get(1).start());
    assertEquals(41, found.get(1).end());
  }

  @Test
  void detect_contextWord_raisesScore() {
    assertEquals(0.85, ENGINE.detect("su página: https://example.org/ana").get(0).score(), 1e-9);
    assertEquals(0.5, ENGINE.detect("x example.org/ana").get(0).score(), 1e-9);
  }
}
