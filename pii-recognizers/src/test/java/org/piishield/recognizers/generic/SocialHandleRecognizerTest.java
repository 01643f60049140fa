package org.piishield.recognizers.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

class SocialHandleRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new SocialHandleRecognizer())).scoreThreshold(0).build();

  // positives: text | start | end  (synthetic handles)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "follow @ana_ruiz. | 7 | 16",
      "(@j.doe) | 1 | 7",
      "@Agent_007 | 0 | 10",
      "sígueme: @luis.pena... | 9 | 19",
      "[@x] | 1 | 3",
      "@_ | 0 | 2",
      "@abcdefghijklmnopqrstuvwxyz1234 | 0 | 31",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.SOCIAL_HANDLE, found.get(0).type());
    assertEquals(start, found.get(0).start(), "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), "end in '" + text + "'");
  }

  // near misses: e-mails, prices, times, URL paths, over-long names
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ana@example.org",
      "ana.ruiz@example.org",
      "meet @ 5pm",
      "price 3@5",
      "@12",
      "@.hidden",
      "@abcdefghijklmnopqrstuvwxyz12345",
      "@user@mastodon.social",
      "twitter.com/@user",
      "@josé",
      "@user-name",
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_alone_scoresBelowDefaultThreshold() {
    assertEquals(0.3, ENGINE.detect("see @ana_ruiz").get(0).score(), 1e-9);
    PiiEngine defaults = PiiEngine.newBuilder().recognizers(List.of(new SocialHandleRecognizer())).build();
    assertEquals(List.of(), defaults.detect("see @ana_ruiz"));
  }

  @Test
  void detect_redactionLabelBefore_isNotContext() {
    assertEquals(0.3, ENGINE.detect("[SOCIAL_HANDLE] @ana_ruiz").get(0).score(), 1e-9);
    assertEquals(0.65, ENGINE.detect("my handle: @ana_ruiz").get(0).score(), 1e-9);
  }

  @Test
  void detect_platformContext_raisesScore() {
    assertEquals(0.65, ENGINE.detect("sígueme en Instagram: @ana_ruiz").get(0).score(), 1e-9);
    assertEquals(0.65, ENGINE.detect("DM @ana_ruiz on x.com").get(0).score(), 1e-9);
    assertEquals(0.65, ENGINE.detect("su cuenta en red social es @ana_ruiz").get(0).score(), 1e-9);
  }
}
