package org.piishield.recognizers.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

class DateRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new DateRecognizer())).scoreThreshold(0).build();

  // positives: text | start | end | type  (synthetic dates)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "born 3/4/1975. | 5 | 13 | DATE_OF_BIRTH",
      "DOB: 12-31-1975 | 5 | 15 | DATE_OF_BIRTH",
      "Fecha de nacimiento: 5/03/1975 | 21 | 30 | DATE_OF_BIRTH",
      "D.O.B. 7/4/1980 | 7 | 15 | DATE_OF_BIRTH",
      "F.N.: 07/04/1980 | 6 | 16 | DATE_OF_BIRTH",
      "f. nac. 07-04-1980 | 8 | 18 | DATE_OF_BIRTH",
      "Smith, b. 3 May 1975 | 10 | 20 | DATE_OF_BIRTH",
      "nació el 3 de marzo de 1975 | 9 | 27 | DATE_OF_BIRTH",
      "birthday: March 3rd, 1975 | 10 | 25 | DATE_OF_BIRTH",
      "3/4/1975 (date of birth) | 0 | 8 | DATE_OF_BIRTH",
      "on 31.12.1999 | 3 | 13 | DATE",
      "filed 3/4/75 | 6 | 12 | DATE",
      "at 1975-03-04T10:30:00Z | 3 | 13 | DATE",
      "at 2020-06-20 14:11:22 | 3 | 13 | DATE",
      "2000/02/29 | 0 | 10 | DATE",
      "2/29/2000 | 0 | 9 | DATE",
      "March 3, 1975 | 0 | 13 | DATE",
      "on Mar. 3 1975 | 3 | 14 | DATE",
      "3 March 1975 | 0 | 12 | DATE",
      "3rd of March, 1975 | 0 | 18 | DATE",
      "3 Sept. 1975 | 0 | 12 | DATE",
      "1º de mayo del 2001 | 0 | 19 | DATE",
      "03-mar-1975 | 0 | 11 | DATE",
      "3/marzo/1975 | 0 | 12 | DATE",
      "23-febrero-1931 | 0 | 15 | DATE",
      "March 1975 | 0 | 10 | DATE",
      "en marzo de 2016 | 3 | 16 | DATE",
      "Mayo del 2000 | 0 | 13 | DATE",
      "in May 2020 | 3 | 11 | DATE",
      "Fecha de Ingreso:02/02/2015. | 17 | 27 | DATE",
  })
  void detect_positive_findsExactSpan(String text, int start, int end, String type) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.of(type), found.get(0).type(), () -> "type in '" + text + "'");
    assertEquals(start, found.get(0).start(), "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), "end in '" + text + "'");
  }

  // near misses: impossible days, page ranges, times, versions, fractions, scores, phone fragments
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2/30/1975",
      "13/13/1975",
      "2/29/1900",
      "1975-13-01",
      "pages 12-15",
      "at 10:30",
      "version 2.4.1",
      "1.2.3.2010",
      "v2.4.2010",
      "3/4",
      "won 3-1",
      "555-12-2020",
      "call 202-555-0143",
      "12-05-20",
      "12.05.20",
      "they may 5 2020",
      "12/05/1799",
      "12/05/2020/3",
      "12/05-2020",
      "March 32, 1975",
      "Mar 1975",
      "3 March",
      "ref 2024-0012",
      "10:12/05/2020",
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_impossibleDayWithMonthName_keepsMonthAndYear() {
    List<Detection> found = ENGINE.detect("31 February 1975");
    assertEquals(1, found.size(), found::toString);
    assertEquals(3, found.get(0).start());
    assertEquals(16, found.get(0).end());
  }

  @Test
  void detect_birthContext_doesNotReachPastPreviousDate() {
    List<Detection> found = ENGINE.detect("DOB 3/4/1975, hired 5/6/2001");
    assertEquals(2, found.size(), found::toString);
    assertEquals(EntityType.DATE_OF_BIRTH, found.get(0).type());
    assertEquals(EntityType.DATE, found.get(1).type());
    assertEquals(20, found.get(1).start());
  }

  @Test
  void detect_scores_followBirthContext() {
    assertEquals(0.85, ENGINE.detect("born 3/4/1975").get(0).score(), 1e-9);
    assertEquals(0.35, ENGINE.detect("on 3/4/1975").get(0).score(), 1e-9);
    PiiEngine defaults = PiiEngine.newBuilder().recognizers(List.of(new DateRecognizer())).build();
    assertEquals(List.of(), defaults.detect("filed on 3/4/1975"));
  }

  @Test
  void detect_redactionLabelBefore_isNotBirthContext() {
    assertEquals(EntityType.DATE, ENGINE.detect("born [DATE_OF_BIRTH] and 5/6/2001").get(0).type());
    assertEquals(EntityType.DATE, ENGINE.detect("5/6/2001 [DATE_OF_BIRTH]").get(0).type());
  }

  @Test
  void detect_foiaExemptionB_isNotBirthAbbreviation() {
    assertEquals(EntityType.DATE, ENGINE.detect("(b)(6) 3/4/1975").get(0).type());
  }

  @Test
  void isValidDate_leapYears_followGregorianRules() {
    assertEquals(true, DateRecognizer.isValidDate(2000, 2, 29));
    assertEquals(false, DateRecognizer.isValidDate(1900, 2, 29));
    assertEquals(true, DateRecognizer.isValidDate(2024, 2, 29));
    assertEquals(false, DateRecognizer.isValidDate(2023, 4, 31));
  }
}
