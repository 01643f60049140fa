package org.piishield.recognizers.us;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/** ZIP codes are those of public places (Springfield IL 62701, Austin TX 78701, Cambridge MA 02139) or synthetic. */
class UsZipRecognizerTest {

  private static final PiiEngine ENGINE = UsTables.engine(new UsZipRecognizer());
  private static final PiiEngine ALL = UsTables.allCandidates(new UsZipRecognizer());

  // text | start | end
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Springfield, IL 62701 | 16 | 21",
      "zip code 62701 | 9 | 14",
      "Austin, Texas 78701-1234 | 14 | 24",
      "código postal 62701 | 14 | 19",
      "ZIP: 02139. | 5 | 10",
      "Salem OR 97301 | 9 | 14",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    UsTables.assertOneSpan(ENGINE, text, start, end, EntityType.US_ZIP);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "62701",                     // alone: 0.3, below the threshold
      "order 62701 shipped",
      "price $62701",              // money
      "price $ 62701",
      "62701 USD",
      "zip 62701.50",              // decimal
      "zip 1462701",               // longer run
      "zip 62701-12",              // not ZIP+4
      "zip 62701-123456",
      "born in 62701",             // lower-case 'in' is not Indiana
      "IL\\n62701",                // state on another line
      "zip 62701%",
      "[US_ZIP] 62701",            // a redaction label is not context
      "[EMPLOYEE_ID] 62701",       // ID inside a label is not Idaho
      "Salem, IL US_ZIP_1. her phone born 42193 x", // a pseudonym is not context
      "EMPLOYEE_ID_2 62701",       // ID inside a pseudonym is not Idaho
  })
  void detect_nearMiss_findsNothing(String text) {
    UsTables.assertNothing(ENGINE, text);
  }

  @Test
  void detect_alone_scoresPointThree() {
    assertEquals(0.3, ALL.detect("62701").get(0).score(), 1e-9);
  }

  @Test
  void detect_afterStateCode_scoresPointSeven() {
    assertEquals(0.7, ALL.detect("Springfield, IL 62701").get(0).score(), 1e-9);
  }
}
