package org.piishield.recognizers.us;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/**
 * Addresses are synthetic (invented numbers on common street names) or published addresses of public
 * buildings: 1600 Pennsylvania Avenue NW (White House), 350 Fifth Avenue (Empire State Building),
 * 77 Massachusetts Ave. (MIT), 1 Infinite Loop (Apple), 10 Downing Street; 742 Evergreen Terrace is fictional.
 * A line break in a row is written {@code \n}.
 */
class UsStreetAddressRecognizerTest {

  private static final PiiEngine ENGINE = UsTables.engine(new UsStreetAddressRecognizer());
  private static final PiiEngine ALL = UsTables.allCandidates(new UsStreetAddressRecognizer());

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "He lives at 123 Main St, Springfield, IL 62701 with family | 12 | 46",
      "1600 Pennsylvania Avenue NW, Washington, DC 20500 | 0 | 49",
      "Mail it to 12 1/2 N. Main St. Apt 4B today | 11 | 36",
      "farm at 4500 County Road 12 | 8 | 27",
      "8800 Highway 101 North, Arcata | 0 | 22",
      "123 N MAIN ST APT 4 | 0 | 19",
      "P.O. Box 4417, Austin, TX 78711 | 0 | 31",
      "write to PO Box 12 | 9 | 18",
      "Post Office Box 99, Salem, OR 97301 | 0 | 35",
      "He went to 10 Downing Street. | 11 | 28",
      "123 Lake Shore Dr | 0 | 17",
      "5 St. Charles Ave | 0 | 17",
      "lives at 12 oak st and walks to the park | 9 | 18",
      "I live at 12 Oak St. The Park is nice | 10 | 20",
      "123 Main St\\nSpringfield, IL 62701 | 0 | 33",
      "123 Main Street Suite 200 | 0 | 25",
      "55 W 45th St #4 | 0 | 15",
      "350 Fifth Avenue, New York, NY 10118-0110 | 0 | 41",
      "742 Evergreen Terrace, Springfield | 0 | 21",
      "221B Baker Street | 0 | 17",
      "77 Massachusetts Ave., Cambridge, Massachusetts 02139 | 0 | 53",
      "12 O'Connor Blvd Ste. 300 | 0 | 25",
      "domicilio: 45 Oak Park, Fairview, TX | 11 | 36",
      "1 Infinite Loop, Cupertino, CA 95014 | 0 | 36",
      "400 S. Martin Luther King Jr Blvd | 0 | 33",
      "2019 Main Street is our office | 0 | 16",
      "she resides at 88 Forest Hills | 15 | 30",
      "2321 Church Place, Austin, CA 78701 | 0 | 35",
      "123 N MAIN ST APT 4, SPRINGFIELD, IL 62701 | 0 | 42",
      "9 Elm St, Apt. #12, Salem, OR 97301-1234 | 0 | 40",
      "PSC 1234, Box 5678\\nAPO AE 09012 | 0 | 31",
      "mail to Unit 2050 Box 4190, DPO AP 96522 now | 8 | 40",
      "44 Oak Road\\nApt 7\\nSalem, OR 97301 | 0 | 33",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    UsTables.assertOneSpan(ENGINE, text, start, end, EntityType.US_STREET_ADDRESS);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "5 Street lamps were broken",          // no name before the suffix
      "in 2019 Main Street was repaved",     // a year after "in" (documented decision)
      "since 1998 Oak Avenue has flooded",
      "Chapter 12 Court rules apply",        // reference word
      "see page 3 Main Street Journal",
      "Section 5 Park Avenue",
      "the 9 Supreme Court justices",        // determiner
      "May 5 Park Avenue gala",              // month
      "10 Best Ski Hills",                   // uncommon suffix alone scores 0.35
      "at 10:30 Main St",                    // time
      "pages 210-215 Lake Drive",            // range
      "$5 Main Street",                      // money
      "0 Main St",                           // house numbers do not start with 0
      "1234567 Main St",                     // seven digits
      "12 main st",                          // lower case without context
      "123 Calle Ocho",                      // no USPS suffix
      "12 Angry Men",
      "PO Box office hours",
  })
  void detect_nearMiss_findsNothing(String text) {
    UsTables.assertNothing(ENGINE, text);
  }

  @Test
  void detect_commonSuffixAlone_scoresPointSeven() {
    assertEquals(0.7, ALL.detect("12 Oak St").get(0).score(), 1e-9);
  }

  @Test
  void detect_stateAndZip_scoresPointEight() {
    assertEquals(0.8, ALL.detect("12 Oak St, Salem, OR 97301").get(0).score(), 1e-9);
  }

  @Test
  void detect_uncommonSuffixAlone_staysBelowThreshold() {
    Detection d = ALL.detect("10 Best Ski Hills").get(0);
    assertEquals(0.35, d.score(), 1e-9);
  }
}
