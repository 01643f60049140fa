package org.piishield.recognizers.us;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

/** Badge and employee numbers are synthetic. */
class BadgeNumberRecognizerTest {

  private static final PiiEngine ENGINE = UsTables.engine(new BadgeNumberRecognizer());
  private static final PiiEngine ALL = UsTables.allCandidates(new BadgeNumberRecognizer());

  // text | start | end | type
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Badge #4521 was on the report | 7 | 11 | BADGE_NUMBER",
      "Employee ID: E20931 | 13 | 19 | EMPLOYEE_ID",
      "placa número 1234 | 13 | 17 | BADGE_NUMBER",
      "placa número A1234 | 13 | 18 | BADGE_NUMBER",
      "número de placa 1234 | 16 | 20 | BADGE_NUMBER",
      "número de empleado 88231 | 19 | 24 | EMPLOYEE_ID",
      "Star No. 14432 | 9 | 14 | BADGE_NUMBER",
      "shield 3321 | 7 | 11 | BADGE_NUMBER",
      "emp. no. 4410 | 9 | 13 | EMPLOYEE_ID",
      "nómina 123456 | 7 | 13 | EMPLOYEE_ID",
      "badge number is PD-4521 | 16 | 23 | BADGE_NUMBER",
      "personnel no. 00731 | 14 | 19 | EMPLOYEE_ID",
      "insignia 5521 | 9 | 13 | BADGE_NUMBER",
      "employee #4410 | 10 | 14 | EMPLOYEE_ID",
      "Emp # 12 | 6 | 8 | EMPLOYEE_ID",
  })
  void detect_positive_findsExactSpanAndType(String text, int start, int end, String type) {
    UsTables.assertOneSpan(ENGINE, text, start, end, EntityType.of(type));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "badge 7",                     // one digit
      "a 5 star hotel",              // no phrase before the number
      "badge issued 2019",           // non-filler word between
      "employee 12345",              // 'employee' alone is not a label
      "placa 1234",                  // 'placa' alone: plate or badge, undecided
      "badge ABC123",                // three-letter prefix
      "badge 12345678901",           // 11 digits
      "badge 4521-7",                // longer id
      "4521",
      "emp 4410",                    // 'emp' and 'employee' need a '#'
      "[BADGE_NUMBER] 3695",         // a redaction label is not context
  })
  void detect_nearMiss_findsNothing(String text) {
    UsTables.assertNothing(ALL, text);
  }
}
