package org.piishield.recognizers.us;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/**
 * SSNs in the tables are synthetic: areas, groups and serials drawn to satisfy the SSA rules, not issued
 * numbers. The rejected examples 078-05-1120, 219-09-9999 and 123-45-6789 are published (SSA).
 */
class UsSsnRecognizerTest {

  private static final PiiEngine ENGINE = UsTables.engine(new UsSsnRecognizer());
  private static final PiiEngine ALL = UsTables.allCandidates(new UsSsnRecognizer());

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "SSN 536-22-8107 on file | 4 | 15",
      "call 536 22 8107 now | 5 | 16",
      "ssn: 536228107 | 5 | 14",
      "Social Security Number: 412-09-3381. | 24 | 35",
      "número de seguro social 536-22-8107 | 24 | 35",
      "(772-41-0093) | 1 | 12",
      "SS# 001-01-0001 | 4 | 15",
      "area 665-99-9999 is the last below 666 | 5 | 16",
      "soc sec 899 12 3456 | 8 | 19",
      "seguro social: 667010001 | 15 | 24",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    UsTables.assertOneSpan(ENGINE, text, start, end, EntityType.US_SSN);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "ssn 123-45-6789",                 // the canonical sample
      "ssn 078-05-1120",                 // Woolworth wallet card
      "ssn 219-09-9999",                 // SSA advertising card
      "ssn 111-11-1111",                 // all digits the same
      "ssn 000-12-3456",                 // area 000
      "ssn 666-12-3456",                 // area 666
      "ssn 900-12-3456",                 // area 9xx
      "ssn 536-00-8107",                 // group 00
      "ssn 536-22-0000",                 // serial 0000
      "ref 536228107",                   // bare nine digits need SSN context
      "order 536228107 placed",
      "invoice 536-22-8107",             // negative context pulls 0.5 below the threshold
      "id 12-536-22-8107",               // tail of a longer run
      "id 536-22-8107-4",                // head of a longer run
      "ssn 536-22 8107",                 // mixed separators
      "ssn 5362-22-8107",
      "call 555-123-4567",               // phone layout 3-3-4
      "filed 2019-01-12",                // ISO date
      "pages 211-227 (2003)",            // page range
      "ssn ٥٣٦-٢٢-٨١٠٧",                 // non-ASCII digits
      "ssn 536-22-8107.5",               // decimal tail
      "[US_SSN] 536228107",              // a redaction label is not context
      "[US_SSN] x 536-22-8107 case",     // ... so the negative context wins
  })
  void detect_nearMiss_findsNothing(String text) {
    UsTables.assertNothing(ENGINE, text);
  }

  @Test
  void detect_dashedWithoutContext_scoresHalf() {
    Detection d = ALL.detect("on file: 536-22-8107").get(0);
    assertEquals(0.5, d.score(), 1e-9);
  }

  @Test
  void detect_bareWithoutContext_reportsNothingEvenAtThresholdZero() {
    assertEquals(0, ALL.detect("536228107").size());
  }

  @Test
  void detect_dashedWithContext_isBoosted() {
    Detection d = ENGINE.detect("SSN: 536-22-8107").get(0);
    assertEquals(0.85, d.score(), 1e-9);
  }
}
