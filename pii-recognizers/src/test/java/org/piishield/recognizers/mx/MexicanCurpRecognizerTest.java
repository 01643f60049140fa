package org.piishield.recognizers.mx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/**
 * {@code HEGG560427MVZRRL04} is RENAPO's published sample CURP (check digit verified against it); the others
 * are synthetic with check digits computed here: GOMA850101HDFRRN00, LOPM040229MJCPRRA9 (2004-02-29, letter
 * homoclave so born in 2000s), RUAL991231XNEZZZ09 (sex X, born abroad), SAPE000101HNLNRD03.
 */
class MexicanCurpRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new MexicanCurpRecognizer())).build();

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CURP: HEGG560427MVZRRL04 | 6 | 24",
      "GOMA850101HDFRRN00 | 0 | 18",
      "clave LOPM040229MJCPRRA9. | 6 | 24",
      "(RUAL991231XNEZZZ09) | 1 | 19",
      "sape000101hnlnrd03 | 0 | 18",
      "curp HEGG560427MVZRRL05 | 5 | 23",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.MX_CURP, found.get(0).type());
    assertEquals(start, found.get(0).start(), () -> "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), () -> "end in '" + text + "'");
  }

  // near misses
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "HEGG560427MVZRRL05",      // wrong check digit, no context
      "HEGG561327MVZRRL04",      // month 13
      "HEGG560431MVZRRL04",      // 31 April
      "LOPM020229MJCPRRA5",      // 29 February 2002
      "HEGG560427MQQRRL04",      // state QQ
      "HEGG560427KVZRRL04",      // sex K
      "HEGG560427MVZRAL04",      // vowel among the consonants
      "HEGG560427MVZRRL0X",      // check char not a digit
      "HEGG560427MVZRRL041",     // 19 chars
      "XHEGG560427MVZRRL04",     // inside a longer code
      "HEG-560427-MVZRRL04",     // separators are not part of a CURP
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_validCheckDigit_scores095() {
    List<Detection> found = ENGINE.detect("HEGG560427MVZRRL04");
    assertEquals(MexicanCurpRecognizer.SCORE_VALID, found.get(0).score(), 1e-9);
  }

  @Test
  void detect_badCheckDigitWithContext_scores05() {
    List<Detection> found = ENGINE.detect("CURP HEGG560427MVZRRL05");
    assertEquals(MexicanCurpRecognizer.SCORE_LABELLED, found.get(0).score(), 1e-9);
  }

  @Test
  void curpCheckDigit_renapoSample_is4() {
    assertEquals(4, MexicanIdChecks.curpCheckDigit("HEGG560427MVZRRL04", 0));
  }
}
